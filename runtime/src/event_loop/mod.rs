//! Phase 4, the event loop: node's loop as libuv runs it, on `mio::Poll`.
//!
//! After the main script, each iteration runs the phases in node's order:
//! **timers** (due `setTimeout`/`setInterval` callbacks) → **pending** (deferred
//! I/O callbacks) → **poll** (wait for I/O, at most until the nearest timer, not
//! at all if immediates wait) → **check** (`setImmediate`) → **close**. After the
//! main script and after every callback, the `process.nextTick` queue drains,
//! then the promise-job queue, repeatedly until both are empty (node ≥ 11); then
//! rejected promises still without a handler end the process, as node's default
//! `--unhandled-rejections=throw` does. The process ends when no referenced
//! handle (timer, immediate, file request in flight) is left.
//!
//! The interpreter never sees the loop: the loop is the interpreter's [`Host`],
//! and the host functions (`setTimeout`, `process.nextTick`, … in
//! `host_functions.rs`) reach its state through [`Host::as_any`].

mod clock;
mod host_functions;
mod immediates;
mod interactive;
mod next_tick;
mod timeline;
mod timers;
mod trace;
mod wait;

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use nodelet_interp::host_api::{CallError, ObjRef};
use nodelet_interp::{Host, Interpreter, StdHost, Uncaught, Value};
use nodelet_parser::ast;

use clock::Clock;
pub(crate) use host_functions::wall_clock_ms;
use immediates::ImmediateQueue;
pub use interactive::{drain_queues, next_timer_due, run_without_waiting};
use next_tick::TickQueue;
use timers::TimerHeap;
use trace::Trace;
use wait::{Wait, WaitInputs};

/// How the loop runs, from the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoopOptions {
    /// `--trace-loop`: describe every phase, callback and drain on stderr.
    pub trace: bool,
    /// `--virtual-time`: a clock that jumps to the next timer instead of waiting;
    /// `Date.now`, `performance.now` follow it and `Math.random` is seeded.
    pub virtual_time: bool,
    /// `--trace-loop=FILE.svg`: record the trace to draw it after the run
    /// ([`timeline_svg`]).
    pub timeline: bool,
}

/// What can be ready in one turn of the loop: the closed set of events `tick`
/// handles.
enum Ready {
    /// A timer came due (its `Timeout` object, and where it was scheduled).
    Timer {
        object: ObjRef,
        site: Option<Rc<str>>,
    },
    /// A `setImmediate` callback's turn in the check phase.
    Immediate {
        object: ObjRef,
        site: Option<Rc<str>>,
    },
    /// A file request finished on the thread pool (run in the poll phase).
    File(crate::fs::Completion),
    /// Socket work (poll phase): a connection to accept, bytes (or the end,
    /// or an error) to read, a connect that finished or room for queued
    /// writes, or what an HTTP parser held back.
    Socket(crate::net::Work),
    /// A chunk of standard input (or its end) for `process.stdin` (poll phase).
    Stdin(Value, crate::stdin::Chunk),
}

/// Why the loop stopped early.
type Stop = CallError;

/// A promise rejected with no handler, and its rejection id.
pub(crate) struct PendingRejection {
    pub promise: Value,
    pub id: u64,
}

/// How a program ended with an exception: what to report, and the exit code
/// (1, or 7 when an 'uncaughtException' listener threw).
pub struct Fatal {
    pub uncaught: Uncaught,
    pub code: i32,
}

/// The prototypes of the loop's host objects.
pub(crate) struct HostShapes {
    pub timeout_proto: ObjRef,
    pub immediate_proto: ObjRef,
}

/// Everything the loop owns: time, handles and queues.
pub(crate) struct LoopState {
    pub clock: Clock,
    pub timers: TimerHeap,
    pub immediates: ImmediateQueue,
    pub ticks: TickQueue,
    /// Promises rejected with no handler, in rejection order, until the next
    /// drain decides whether they are still unhandled.
    pub rejections: Vec<PendingRejection>,
    /// How many promises have been rejected with no handler: the last
    /// rejection id (node numbers them from 1 in its warnings).
    pub last_rejection_id: u64,
    /// Promises that got a handler after they were reported as unhandled,
    /// for the next drain to announce ('rejectionHandled').
    pub handled_late: Vec<Value>,
    /// Set when an 'uncaughtException' listener threw: node prints that error
    /// and exits with 7 (its `kExceptionInFatalExceptionHandler`).
    pub fatal_handler_failed: bool,
    /// `Timeout` objects whose id was read (`+timeout`), so `clearTimeout(id)`
    /// can find them, as node's `knownTimersById`.
    pub known_ids: HashMap<u64, ObjRef>,
    pub next_id: u64,
    pub trace: Trace,
    pub shapes: Option<HostShapes>,
    /// The seed of `Math.random` under `--virtual-time`.
    pub random_state: u64,
    /// File requests: the thread pool and the callbacks waiting on it.
    pub fs: crate::fs::FsState,
    /// Sockets: the poll they wait on, each open socket and its owner.
    pub net: crate::net::NetState,
    /// Standard input: the reader thread and the read JavaScript waits for.
    pub stdin: crate::stdin::StdinState,
}

/// The interpreter's host while the loop runs: output plus the loop's state.
pub(crate) struct LoopHost {
    out: StdHost,
    pub state: LoopState,
}

impl Host for LoopHost {
    fn write(&mut self, text: &str, to_stderr: bool) {
        self.out.write(text, to_stderr);
    }

    fn as_any(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(self)
    }

    fn promise_rejection_tracker(&mut self, promise: Value, handled: bool) {
        let s = &mut self.state;
        if handled {
            // A handler arrived in time: forget the rejection. Otherwise the
            // rejection was reported already (only a promise rejected with no
            // handler gets here), and the next drain says it was handled.
            let pending = s.rejections.len();
            s.rejections.retain(|r| !same_object(r.promise, promise));
            if s.rejections.len() == pending {
                s.handled_late.push(promise);
            }
        } else {
            s.last_rejection_id += 1;
            s.rejections.push(PendingRejection {
                promise,
                id: s.last_rejection_id,
            });
        }
    }

    fn trace_roots(&self, visit: &mut dyn FnMut(Value)) {
        let s = &self.state;
        s.timers.objects().for_each(|o| visit(Value::Object(o)));
        s.immediates.objects().for_each(|o| visit(Value::Object(o)));
        s.ticks.values().for_each(&mut *visit);
        s.rejections.iter().for_each(|r| visit(r.promise));
        s.handled_late.iter().for_each(|&v| visit(v));
        s.known_ids.values().for_each(|&o| visit(Value::Object(o)));
        s.fs.roots().for_each(&mut *visit);
        s.net.roots().for_each(&mut *visit);
        s.stdin.roots().for_each(&mut *visit);
        if let Some(shapes) = &s.shapes {
            visit(Value::Object(shapes.timeout_proto));
            visit(Value::Object(shapes.immediate_proto));
        }
    }
}

fn same_object(a: Value, b: Value) -> bool {
    matches!((a, b), (Value::Object(x), Value::Object(y)) if x == y)
}

/// The loop's state inside the interpreter's host, if the loop is running.
pub(crate) fn state(cx: &mut Interpreter) -> Option<&mut LoopState> {
    cx.host_mut()
        .as_any()?
        .downcast_mut::<LoopHost>()
        .map(|h| &mut h.state)
}

/// Runs the main module, then the event loop until nothing referenced is left.
/// Returns the exit code, or the uncaught exception that ended the program.
pub fn run_main(
    cx: &mut Interpreter,
    program: &ast::Program,
    source: &str,
    filename: &str,
    options: LoopOptions,
) -> Result<i32, Fatal> {
    run_main_with(cx, options, |cx| {
        cx.run_module(program, source, filename)
            .map(|_| ())
            .map_err(|u| match u.exit {
                Some(code) => CallError::Exit(code),
                None => CallError::Uncaught(u),
            })
    })
}

/// Like [`run_main`], with the main step given as a function (`-e` code, a
/// program read from stdin): install the loop, run `main`, then the loop.
pub fn run_main_with(
    cx: &mut Interpreter,
    options: LoopOptions,
    main: impl FnOnce(&mut Interpreter) -> Result<(), CallError>,
) -> Result<i32, Fatal> {
    install(cx, options);
    let main_outcome = main(cx);
    let outcome = recover(cx, main_outcome)
        .and_then(|()| {
            trace(cx, format_args!("main script done"));
            drain(cx)
        })
        .and_then(|()| run_loop(cx))
        .and_then(|()| match crate::process::call_hook(cx, "_emitExit", &[]) {
            // The program ends normally: 'exit' listeners run, and may still
            // change `process.exitCode`.
            Some(r) => r.map(|_| ()),
            None => Ok(()),
        });
    match outcome {
        Ok(()) => Ok(0),
        Err(CallError::Exit(code)) => Ok(code),
        Err(CallError::Uncaught(uncaught)) => {
            let failed = state(cx).is_some_and(|s| s.fatal_handler_failed);
            Err(Fatal {
                uncaught,
                code: if failed { 7 } else { 1 },
            })
        }
    }
}

/// After a run with [`LoopOptions::timeline`]: the recorded trace drawn as an
/// SVG timeline titled `title` (`None` if nothing was recorded).
pub fn timeline_svg(cx: &mut Interpreter, title: &str) -> Option<String> {
    let lines = state(cx)?.trace.take_recorded();
    (!lines.is_empty()).then(|| timeline::render_svg(&lines, title))
}

/// Makes the loop the interpreter's host and installs the host functions
/// (`setTimeout`, `process.nextTick`, …) before any code runs.
pub fn install(cx: &mut Interpreter, options: LoopOptions) {
    let mut clock = Clock::new(options.virtual_time);
    clock.update();
    cx.set_host(Box::new(LoopHost {
        out: StdHost,
        state: LoopState {
            clock,
            timers: TimerHeap::default(),
            immediates: ImmediateQueue::default(),
            ticks: TickQueue::default(),
            rejections: Vec::new(),
            last_rejection_id: 0,
            handled_late: Vec::new(),
            fatal_handler_failed: false,
            known_ids: HashMap::new(),
            next_id: 1,
            trace: Trace::new(options.trace, options.timeline),
            shapes: None,
            random_state: 0x2545_F491_4F6C_DD1D,
            fs: crate::fs::FsState::default(),
            net: crate::net::NetState::default(),
            stdin: crate::stdin::StdinState::default(),
        },
    }));
    host_functions::install(cx, options);
}

fn trace(cx: &mut Interpreter, text: std::fmt::Arguments<'_>) {
    if let Some(s) = state(cx) {
        s.trace.line(text);
    }
}

/// The loop proper (libuv's `uv_run` in default mode).
fn run_loop(cx: &mut Interpreter) -> Result<(), Stop> {
    // Sockets opened by the main script are registered with this poll already.
    let mut poll = state(cx)
        .and_then(|s| s.net.take_poll())
        .or_else(|| mio::Poll::new().ok());
    let mut events = mio::Events::with_capacity(64);
    let mut iteration: u64 = 0;
    if let (Some(p), Some(s)) = (poll.as_ref(), state(cx)) {
        s.fs.attach_waker(p.registry());
        s.stdin.attach_waker(p.registry());
    }
    loop {
        run_phases(cx, &mut poll, &mut events, &mut iteration)?;
        // The loop is empty: 'beforeExit' listeners may schedule more work,
        // and then it goes on (node's `EmitProcessBeforeExit`).
        if let Some(r) = crate::process::call_hook(cx, "_emitBeforeExit", &[]) {
            let r = r.map(|_| ());
            recover(cx, r)?;
            drain(cx)?;
        }
        if !is_alive(cx) {
            break;
        }
    }
    trace(cx, format_args!("exit: no referenced handles"));
    Ok(())
}

/// Iterations of the loop while a referenced handle remains.
fn run_phases(
    cx: &mut Interpreter,
    poll: &mut Option<mio::Poll>,
    events: &mut mio::Events,
    iteration: &mut u64,
) -> Result<(), Stop> {
    while is_alive(cx) {
        *iteration += 1;
        let iteration = *iteration;
        let Some(s) = state(cx) else { break };
        s.clock.update();
        if s.clock.is_virtual() {
            let now = s.clock.now();
            s.trace
                .line(format_args!("iteration {iteration} (t={now}ms)"));
        } else {
            s.trace.line(format_args!("iteration {iteration}"));
        }
        run_timers(cx)?;
        trace(cx, format_args!("phase pending"));
        run_poll(cx, poll.as_mut(), events)?;
        run_check(cx)?;
        run_close(cx)?;
    }
    Ok(())
}

/// Whether a referenced handle remains (libuv's `uv_loop_alive`).
fn is_alive(cx: &mut Interpreter) -> bool {
    state(cx).is_some_and(|s| {
        s.timers.refed_count() > 0
            || s.immediates.refed > 0
            || s.fs.in_flight() > 0
            || s.net.refed_count() > 0
            || s.stdin.in_flight()
    })
}

/// The timers phase: every timer due by the cached "now", earliest first.
fn run_timers(cx: &mut Interpreter) -> Result<(), Stop> {
    trace(cx, format_args!("phase timers"));
    // The phase measures against the time it started at: a timer scheduled by a
    // callback here starts later, so it cannot come due in the same phase.
    let Some(now) = state(cx).map(|s| s.clock.now()) else {
        return Ok(());
    };
    loop {
        let Some(s) = state(cx) else { return Ok(()) };
        let Some(timer) = s.timers.pop_due(now) else {
            return Ok(());
        };
        tick(
            cx,
            Ready::Timer {
                object: timer.object,
                site: timer.site,
            },
        )?;
    }
}

/// The poll phase: waits for I/O until the nearest timer is due; not at all when
/// immediates are queued. Under virtual time the clock jumps there instead
/// (file requests take no virtual time: the loop waits for them first). Then
/// the completed file requests run their callbacks.
fn run_poll(
    cx: &mut Interpreter,
    poll: Option<&mut mio::Poll>,
    events: &mut mio::Events,
) -> Result<(), Stop> {
    trace(cx, format_args!("phase poll"));
    wait_for_io(cx, poll, events);
    let ready = state(cx).map(|s| s.fs.take_ready()).unwrap_or_default();
    for completion in ready {
        tick(cx, Ready::File(completion))?;
    }
    while let Some((callback, chunk)) = state(cx).and_then(|s| s.stdin.take_ready()) {
        tick(cx, Ready::Stdin(callback, chunk))?;
    }
    run_socket_work(cx)
}

/// The most socket events one poll phase runs; the rest wait a turn so that
/// timers and immediates are not starved by a busy peer.
const SOCKET_WORK_BUDGET: usize = 1024;

/// Socket readiness, one event at a time: accept a connection, read a chunk,
/// finish a connect or flush writes. An event may queue a follow-up (more bytes
/// may be waiting); those run in this phase too, within the budget.
fn run_socket_work(cx: &mut Interpreter) -> Result<(), Stop> {
    for _ in 0..SOCKET_WORK_BUDGET {
        let Some(work) = state(cx).and_then(|s| s.net.next_work()) else {
            break;
        };
        tick(cx, Ready::Socket(work))?;
    }
    Ok(())
}

/// The poll phase's wait: gathers what it depends on, lets [`wait::decide`]
/// choose, and carries the choice out. A real clock is read again after any
/// wait, since the time slept counts.
fn wait_for_io(cx: &mut Interpreter, poll: Option<&mut mio::Poll>, events: &mut mio::Events) {
    let Some(inputs) = wait_inputs(cx, poll.is_some()) else {
        return;
    };
    let wait = wait::decide(&inputs);
    let waits = wait != Wait::Skip;
    carry_out(cx, poll, events, wait);
    if waits && !inputs.virtual_clock {
        if let Some(s) = state(cx) {
            s.clock.update();
        }
    }
}

/// What the wait depends on. The order matters a little: each look at the
/// fs and stdin queues first collects what has arrived.
fn wait_inputs(cx: &mut Interpreter, poll: bool) -> Option<WaitInputs> {
    let alive = is_alive(cx);
    let s = state(cx)?;
    let mut inputs = WaitInputs {
        virtual_clock: s.clock.is_virtual(),
        poll,
        alive,
        sockets: s.net.has_sockets(),
        busy: !s.immediates.is_empty() || s.net.has_work() || s.stdin.has_ready(),
        files: s.fs.waiting(),
        stdin: s.stdin.waiting(),
        due: s.timers.peek_due(),
        now: s.clock.now(),
    };
    if inputs.times_a_timer() {
        s.clock.update();
        inputs.now = s.clock.now();
    }
    Some(inputs)
}

/// Does what [`wait::decide`] chose.
fn carry_out(
    cx: &mut Interpreter,
    poll: Option<&mut mio::Poll>,
    events: &mut mio::Events,
    wait: Wait,
) {
    let Some(s) = state(cx) else { return };
    match wait {
        Wait::Skip => {}
        Wait::Poll { timeout, or_else } => {
            // The decision polls only when a poll exists.
            let Some(p) = poll else { return };
            if !poll_sockets(cx, p, events, timeout) {
                carry_out(cx, Some(p), events, *or_else);
            }
        }
        Wait::BlockOnFiles { timeout } => s.fs.block(timeout),
        Wait::BlockOnStdin => s.stdin.block(None),
        Wait::Sleep(d) => std::thread::sleep(d),
        Wait::AdvanceClock(t) => {
            s.trace
                .line(format_args!("poll: virtual clock advances to t={t}ms"));
            s.clock.advance_to(t);
        }
    }
}

/// Waits on the poll up to `wait` (forever with `None`) and turns socket
/// readiness into work. Returns whether any socket became ready.
fn poll_sockets(
    cx: &mut Interpreter,
    poll: &mut mio::Poll,
    events: &mut mio::Events,
    wait: Option<Duration>,
) -> bool {
    if poll.poll(events, wait).is_err() {
        // EINTR: nothing is ready; the loop simply goes round again.
        events.clear();
    }
    let Some(s) = state(cx) else { return false };
    s.net.note_events(events);
    s.net.has_work()
}

/// The check phase: the immediates queued before it began.
fn run_check(cx: &mut Interpreter) -> Result<(), Stop> {
    trace(cx, format_args!("phase check"));
    let count = state(cx).map_or(0, |s| s.immediates.len());
    for _ in 0..count {
        let Some(item) = state(cx).and_then(|s| s.immediates.pop()) else {
            break;
        };
        tick(
            cx,
            Ready::Immediate {
                object: item.object,
                site: item.site,
            },
        )?;
    }
    Ok(())
}

/// The close phase: the sockets closed before it began report their close
/// (node emits 'close' there), the last closed first, as libuv does.
fn run_close(cx: &mut Interpreter) -> Result<(), Stop> {
    trace(cx, format_args!("phase close"));
    let count = state(cx).map_or(0, |s| s.net.begin_close_phase());
    for _ in 0..count {
        tick(cx, Ready::Socket(crate::net::Work::Close))?;
    }
    Ok(())
}

/// Handles one ready event: runs its callback, then drains the queues.
fn tick(cx: &mut Interpreter, ready: Ready) -> Result<(), Stop> {
    let ran = match run_callback(cx, ready) {
        Ok(ran) => ran,
        Err(e) => {
            recover(cx, Err(e))?;
            true
        }
    };
    if ran {
        drain(cx)?;
    }
    Ok(())
}

/// Runs the callback of one ready event; whether JavaScript ran.
fn run_callback(cx: &mut Interpreter, ready: Ready) -> Result<bool, Stop> {
    Ok(match ready {
        Ready::Timer { object, site } => host_functions::fire_timer(cx, object, site)?,
        Ready::Immediate { object, site } => host_functions::fire_immediate(cx, object, site)?,
        Ready::File(completion) => crate::fs::complete(cx, completion)?,
        Ready::Socket(work) => crate::net::run(cx, work)?,
        Ready::Stdin(callback, chunk) => crate::stdin::deliver(cx, callback, chunk)?,
    })
}

/// An exception nobody caught: node's `process._fatalException` lets an
/// 'uncaughtException' listener take it (and the program goes on), or emits
/// 'exit' and the exception ends the program. `process.exit()` passes through.
fn recover(cx: &mut Interpreter, result: Result<(), Stop>) -> Result<(), Stop> {
    let Err(CallError::Uncaught(uncaught)) = result else {
        return result;
    };
    let error = cx.pending_exception();
    fatal_exception(cx, error, false, uncaught)
}

/// Hands `error` to `process._fatalException`; `uncaught` is what ends the
/// program if no listener takes it.
fn fatal_exception(
    cx: &mut Interpreter,
    error: Value,
    from_promise: bool,
    uncaught: Uncaught,
) -> Result<(), Stop> {
    let args = [error, Value::Bool(from_promise)];
    match crate::process::call_hook(cx, "_fatalException", &args) {
        Some(Ok(Value::Bool(true))) => Ok(()),
        // A listener that throws ends the program with its own error, exit
        // code 7 and no 'exit' event (node's `TryCatchScope` in `kFatal` mode).
        Some(Err(CallError::Uncaught(thrown))) => {
            if let Some(s) = state(cx) {
                s.fatal_handler_failed = true;
            }
            Err(CallError::Uncaught(thrown))
        }
        Some(Err(exit)) => Err(exit),
        _ => Err(CallError::Uncaught(uncaught)),
    }
}

/// A promise rejected with no handler by the end of a drain: an
/// 'unhandledRejection' or 'uncaughtException' listener may take it; else it
/// ends the program, as node's default `--unhandled-rejections=throw`. An
/// 'unhandledRejection' listener that throws raises an ordinary uncaught
/// exception.
fn unhandled_rejection(cx: &mut Interpreter, rejection: PendingRejection) -> Result<(), Stop> {
    let promise = rejection.promise;
    let reason = match cx.promise_state(promise) {
        Some(nodelet_interp::builtins::promise::PromiseState::Rejected(r)) => r,
        _ => Value::Undefined,
    };
    let id = Value::Number(rejection.id as f64);
    // The promise left the loop's roots: root it (and the error the hook
    // returns) until the report is made.
    let mark = cx.root_mark();
    cx.root(promise);
    let outcome = match crate::process::call_hook(cx, "_unhandledRejection", &[reason, promise, id])
    {
        Some(Ok(Value::Bool(true))) => Ok(()),
        Some(Ok(error)) => {
            cx.root(error);
            let uncaught = cx.unhandled_rejection_report(promise);
            fatal_exception(cx, error, true, uncaught)
        }
        Some(Err(e)) => recover(cx, Err(e)),
        None => Err(CallError::Uncaught(cx.unhandled_rejection_report(promise))),
    };
    cx.unroot_to(mark);
    outcome
}

/// Promises reported as unhandled that got a handler since: each is
/// announced ('rejectionHandled', or a warning). Returns whether there was one.
fn rejections_handled_late(cx: &mut Interpreter) -> Result<bool, Stop> {
    let Some(late) = state(cx).map(|s| std::mem::take(&mut s.handled_late)) else {
        return Ok(false);
    };
    // The list left the loop's roots: root it while listeners run.
    let mark = cx.root_mark();
    for &promise in &late {
        cx.root(promise);
    }
    let mut outcome = Ok(!late.is_empty());
    for &promise in &late {
        if let Some(r) = crate::process::call_hook(cx, "_rejectionHandled", &[promise]) {
            if let Err(stop) = recover(cx, r.map(|_| ())) {
                outcome = Err(stop);
                break;
            }
        }
    }
    cx.unroot_to(mark);
    outcome
}

/// After a callback: all `nextTick`s, then all promise jobs, until both queues
/// are empty; then unhandled rejections end the program.
fn drain(cx: &mut Interpreter) -> Result<(), Stop> {
    loop {
        let mut ticks = 0usize;
        while let Some(t) = state(cx).and_then(|s| s.ticks.pop()) {
            ticks += 1;
            if let Err(e) = cx.call_function(t.callback, Value::Undefined, &t.args) {
                // As in node, a tick that throws ends this drain even when a
                // listener takes the error: the other ticks and the promise
                // jobs wait for the next callback (the hook queues an
                // immediate so that there is one).
                return recover(cx, Err(e));
            }
        }
        let mut jobs = 0usize;
        while let Some(r) = cx.run_next_job() {
            jobs += 1;
            recover(cx, r)?;
        }
        if ticks + jobs > 0 {
            trace(cx, format_args!("drain nextTick={ticks} microtasks={jobs}"));
        }
        let Some(s) = state(cx) else { return Ok(()) };
        if !s.ticks.is_empty() {
            continue;
        }
        // As node's `processPromiseRejections`: late handlers first, then
        // the rejections still unhandled.
        if rejections_handled_late(cx)? {
            continue;
        }
        let Some(s) = state(cx) else { return Ok(()) };
        if !s.rejections.is_empty() {
            // One at a time: the rest stay in the list, where the collector
            // sees them, while listeners run.
            let rejection = s.rejections.remove(0);
            unhandled_rejection(cx, rejection)?;
            continue;
        }
        return Ok(());
    }
}
