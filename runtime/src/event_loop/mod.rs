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
mod next_tick;
mod timers;
mod trace;

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use nodelet_interp::host_api::{CallError, ObjRef};
use nodelet_interp::{Host, Interpreter, StdHost, Uncaught, Value};
use nodelet_parser::ast;

use clock::Clock;
use immediates::ImmediateQueue;
use next_tick::TickQueue;
use timers::TimerHeap;
use trace::Trace;

/// How the loop runs, from the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoopOptions {
    /// `--trace-loop`: describe every phase, callback and drain on stderr.
    pub trace: bool,
    /// `--virtual-time`: a clock that jumps to the next timer instead of waiting;
    /// `Date.now`, `performance.now` follow it and `Math.random` is seeded.
    pub virtual_time: bool,
}

/// What can be ready in one turn of the loop: the closed set of events `tick`
/// handles. Sockets will add their variants here.
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
}

/// Why the loop stopped early.
type Stop = CallError;

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
    pub rejections: Vec<Value>,
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
        if handled {
            // A handler arrived in time: forget the rejection.
            self.state.rejections.retain(|p| !same_object(*p, promise));
        } else {
            self.state.rejections.push(promise);
        }
    }

    fn trace_roots(&self, visit: &mut dyn FnMut(Value)) {
        let s = &self.state;
        s.timers.objects().for_each(|o| visit(Value::Object(o)));
        s.immediates.objects().for_each(|o| visit(Value::Object(o)));
        s.ticks.values().for_each(&mut *visit);
        s.rejections.iter().for_each(|&v| visit(v));
        s.known_ids.values().for_each(|&o| visit(Value::Object(o)));
        s.fs.roots().for_each(&mut *visit);
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
) -> Result<i32, Uncaught> {
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
            known_ids: HashMap::new(),
            next_id: 1,
            trace: Trace {
                enabled: options.trace,
            },
            shapes: None,
            random_state: 0x2545_F491_4F6C_DD1D,
            fs: crate::fs::FsState::default(),
        },
    }));
    host_functions::install(cx, options);
    let outcome = cx
        .run_module(program, source, filename)
        .map_err(|u| match u.exit {
            Some(code) => CallError::Exit(code),
            None => CallError::Uncaught(u),
        })
        .and_then(|_| {
            trace(cx, format_args!("main script done"));
            drain(cx)
        })
        .and_then(|()| run_loop(cx));
    match outcome {
        Ok(()) => Ok(0),
        Err(CallError::Exit(code)) => Ok(code),
        Err(CallError::Uncaught(u)) => Err(u),
    }
}

fn trace(cx: &mut Interpreter, text: std::fmt::Arguments<'_>) {
    if let Some(s) = state(cx) {
        s.trace.line(text);
    }
}

/// The loop proper (libuv's `uv_run` in default mode).
fn run_loop(cx: &mut Interpreter) -> Result<(), Stop> {
    let mut poll = mio::Poll::new().ok();
    let mut events = mio::Events::with_capacity(64);
    let mut iteration: u64 = 0;
    if let (Some(p), Some(s)) = (poll.as_ref(), state(cx)) {
        s.fs.attach_waker(p.registry());
    }
    while is_alive(cx) {
        iteration += 1;
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
        run_poll(cx, poll.as_mut(), &mut events)?;
        run_check(cx)?;
        trace(cx, format_args!("phase close"));
    }
    trace(cx, format_args!("exit: no referenced handles"));
    Ok(())
}

/// Whether a referenced handle remains (libuv's `uv_loop_alive`).
fn is_alive(cx: &mut Interpreter) -> bool {
    state(cx).is_some_and(|s| {
        s.timers.refed_count() > 0 || s.immediates.refed > 0 || s.fs.in_flight() > 0
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

/// The longest the poll phase sleeps while file requests are in flight before
/// looking at the completion queue again (a safety net: workers also wake it).
const FILE_POLL_CAP: Duration = Duration::from_millis(50);

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
    Ok(())
}

fn wait_for_io(cx: &mut Interpreter, poll: Option<&mut mio::Poll>, events: &mut mio::Events) {
    let Some(s) = state(cx) else { return };
    if !s.immediates.is_empty() {
        return;
    }
    let files = s.fs.waiting();
    let due = s.timers.peek_due();
    if s.clock.is_virtual() {
        if files {
            s.fs.block(None);
            return;
        }
        let Some(due) = due else { return };
        if due > s.clock.now() {
            s.trace
                .line(format_args!("poll: virtual clock advances to t={due}ms"));
        }
        s.clock.advance_to(due);
        return;
    }
    let wait = match due {
        Some(due) => {
            s.clock.update();
            let wait = Duration::from_millis(due.saturating_sub(s.clock.now()));
            if wait.is_zero() {
                return;
            }
            wait
        }
        None if files => FILE_POLL_CAP,
        None => return,
    };
    let wait = if files { wait.min(FILE_POLL_CAP) } else { wait };
    match poll {
        // Until sockets arrive, the only source registered is the pool's waker.
        Some(p) => {
            let _ = p.poll(events, Some(wait));
        }
        None if files => s.fs.block(Some(wait)),
        None => std::thread::sleep(wait),
    }
    if let Some(s) = state(cx) {
        s.clock.update();
    }
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

/// Handles one ready event: runs its callback, then drains the queues.
fn tick(cx: &mut Interpreter, ready: Ready) -> Result<(), Stop> {
    let ran = match ready {
        Ready::Timer { object, site } => host_functions::fire_timer(cx, object, site)?,
        Ready::Immediate { object, site } => host_functions::fire_immediate(cx, object, site)?,
        Ready::File(completion) => crate::fs::complete(cx, completion)?,
    };
    if ran {
        drain(cx)?;
    }
    Ok(())
}

/// After a callback: all `nextTick`s, then all promise jobs, until both queues
/// are empty; then unhandled rejections end the program.
fn drain(cx: &mut Interpreter) -> Result<(), Stop> {
    loop {
        let mut ticks = 0usize;
        while let Some(t) = state(cx).and_then(|s| s.ticks.pop()) {
            ticks += 1;
            cx.call_function(t.callback, Value::Undefined, &t.args)?;
        }
        let mut jobs = 0usize;
        while let Some(r) = cx.run_next_job() {
            jobs += 1;
            r?;
        }
        if ticks + jobs > 0 {
            trace(cx, format_args!("drain nextTick={ticks} microtasks={jobs}"));
        }
        let Some(s) = state(cx) else { return Ok(()) };
        if !s.ticks.is_empty() {
            continue;
        }
        if let Some(&first) = s.rejections.first() {
            s.rejections.clear();
            return Err(CallError::Uncaught(cx.unhandled_rejection_report(first)));
        }
        return Ok(());
    }
}
