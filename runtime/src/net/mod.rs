//! Phase 4, sockets: TCP servers and connections on the loop's `mio::Poll`, the
//! native half of node's `net` (its `tcp_wrap`). `lib/net.js` is the JavaScript
//! surface; it calls the hooks in `binding.rs`, which open, read, write and close
//! the sockets kept here under `mio` tokens. The poll phase turns readiness into
//! [`Work`] items ([`NetState::note_events`]); each item runs as one loop event
//! ([`run`]): accept one connection, read one chunk, or flush queued writes,
//! then calls net.js's dispatcher with what happened. Every referenced socket
//! keeps the loop alive.
//!
//! mio is edge-triggered: a socket reports readiness once, and only again after
//! a read or write has run into `WouldBlock`. So each socket remembers whether
//! it is still readable or writable, and readiness that arrives while
//! JavaScript has paused reading is kept until it resumes.

/// The loop's sockets, or (from the host function this is used in) a plain
/// error when the loop is not running. A macro, because a function cannot
/// hand back either a borrow of the interpreter or an error made with it.
macro_rules! net_state {
    ($cx:expr) => {
        match crate::event_loop::state($cx) {
            Some(s) => &mut s.net,
            None => return Err($cx.plain_error("net: the event loop is not running")),
        }
    };
}
pub(crate) use net_state;

pub(crate) mod binding;
mod errors;
pub(crate) mod idle;
mod listener;
mod reset;
mod stream;
mod uninit_read;

use std::collections::VecDeque;

use nodelet_interp::fxhash::FxHashMap;
use nodelet_interp::host_api::CallError;
use nodelet_interp::{Interpreter, Value};

use crate::event_loop::state;
use crate::http::Consumer;
use listener::Listener;
use stream::Stream;

/// A socket's key in the poll and in [`NetState`]; never reused in one run.
pub(crate) type Token = usize;

/// What a socket reports to net.js's dispatcher, as the second argument of
/// `dispatch(owner, event, ...args)`. Numbers, so no string is made per event.
mod event {
    /// A server accepted a connection: `(token)`.
    pub const CONNECTION: f64 = 0.0;
    /// A connect finished: `(errno)`, 0 on success.
    pub const CONNECT: f64 = 1.0;
    /// Bytes arrived: `(chunk)`, a Buffer.
    pub const DATA: f64 = 2.0;
    /// The peer ended its side (end of stream).
    pub const END: f64 = 3.0;
    /// A system call failed: `(errno, syscall)`.
    pub const ERROR: f64 = 4.0;
    /// Queued writes reached the kernel: `(requests done, bytes still queued)`.
    pub const WRITTEN: f64 = 5.0;
    /// The write side was shut down (`end()` done): `(errno)`, 0 on success.
    pub const SHUTDOWN: f64 = 6.0;
    /// The close phase reached a closed socket: its 'close' may be emitted.
    pub const CLOSE: f64 = 7.0;
}

/// One unit of socket work for the poll phase; each runs as one loop event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Work {
    /// Accept one connection on a listening socket.
    Accept(Token),
    /// Read one chunk (or the end, or an error) from a connection.
    Read(Token),
    /// Finish a connect, or flush queued writes.
    Write(Token),
    /// Deliver what a connection's HTTP parser holds (it was held back).
    Parse(Token),
    /// Shut a connection's write side down, its queued writes being out, and
    /// tell net.js. libuv completes a shutdown so, as a deferred callback
    /// after the poll phase's events (`uv__io_feed`), never inside `end()`.
    Shutdown(Token),
    /// Report the oldest-closed socket of the close phase's batch
    /// ([`NetState::begin_close_phase`]).
    Close,
}

enum Socket {
    Listener(Listener),
    Stream(Stream),
}

/// A socket with the JavaScript object it reports to.
struct Handle {
    /// net.js's `Socket` or `Server` (its events go through the dispatcher).
    owner: Value,
    /// Whether the socket keeps the loop alive (`ref()`/`unref()`).
    refed: bool,
    socket: Socket,
}

/// The loop's sockets: the poll they are registered with, every open socket by
/// token, and the work readiness has produced.
pub(crate) struct NetState {
    /// The loop's poll, until the loop takes it to wait on.
    poll: Option<mio::Poll>,
    /// A handle on the poll's registry, so scripts can open sockets any time.
    registry: Option<mio::Registry>,
    /// Keyed by token with the fast hasher: tokens are handed out in
    /// sequence, so nothing a peer sends can choose them.
    handles: FxHashMap<Token, Handle>,
    /// How many handles are referenced (kept as a count: checked every turn).
    refed: usize,
    next_token: Token,
    work: VecDeque<Work>,
    /// net.js's `dispatch(owner, event, ...args)`.
    dispatch: Option<Value>,
    /// The native half of http, once http.js has loaded.
    pub(crate) http: Option<crate::http::HttpState>,
    /// The buffer every read goes through.
    read_buf: Vec<u8>,
    /// How to tell that a Writable is idle, once writable.js has loaded.
    pub(crate) idle_test: Option<std::rc::Rc<idle::IdleTest>>,
    /// The owners of sockets closed since the last close phase, in closing
    /// order; they keep the loop alive, as libuv's closing handles do.
    closing: Vec<Value>,
    /// The close phase's batch, in the order their 'close' is reported.
    closing_now: VecDeque<Value>,
}

impl Default for NetState {
    fn default() -> NetState {
        let poll = mio::Poll::new().ok();
        let registry = poll.as_ref().and_then(|p| p.registry().try_clone().ok());
        NetState {
            poll,
            registry,
            handles: FxHashMap::default(),
            refed: 0,
            next_token: 1,
            work: VecDeque::new(),
            dispatch: None,
            http: None,
            read_buf: Vec::new(),
            idle_test: None,
            closing: Vec::new(),
            closing_now: VecDeque::new(),
        }
    }
}

impl NetState {
    /// Hands the poll to the loop (once); sockets keep using the registry.
    pub fn take_poll(&mut self) -> Option<mio::Poll> {
        self.poll.take()
    }

    /// Referenced sockets: each keeps the loop alive, as does a socket
    /// whose close has not been reported yet.
    pub fn refed_count(&self) -> usize {
        self.refed + self.closing.len() + self.closing_now.len()
    }

    /// Whether any socket is open (the poll phase must then look at the poll).
    pub fn has_sockets(&self) -> bool {
        !self.handles.is_empty()
    }

    /// Whether work is waiting, so the poll phase must not sleep (a close
    /// to report counts: the close phase follows this poll).
    pub fn has_work(&self) -> bool {
        !self.work.is_empty() || !self.closing.is_empty()
    }

    /// Starts the close phase: the sockets closed until now are reported in
    /// it, the last closed first, as libuv runs its closing handles (a list
    /// it pushes onto at the head). Sockets closed meanwhile wait for the
    /// next close phase. Returns how many are reported.
    pub fn begin_close_phase(&mut self) -> usize {
        self.closing_now.extend(self.closing.drain(..).rev());
        self.closing_now.len()
    }

    /// Queues `owner`'s close report for the next close phase.
    fn close_later(&mut self, owner: Value) {
        self.closing.push(owner);
    }

    /// The next work item, oldest first.
    pub fn next_work(&mut self) -> Option<Work> {
        self.work.pop_front()
    }

    /// Every JavaScript value the sockets hold (GC roots).
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        let consumers = self.handles.values().filter_map(|h| match &h.socket {
            Socket::Stream(s) => s.consumer.as_ref().map(|c| c.owner),
            Socket::Listener(_) => None,
        });
        self.handles
            .values()
            .map(|h| h.owner)
            .chain(consumers)
            .chain(self.dispatch)
            .chain(self.closing.iter().copied())
            .chain(self.closing_now.iter().copied())
            .chain(self.idle_test.as_ref().map(|t| t.state_key))
            .chain(self.http.iter().flat_map(|h| h.roots()))
    }

    /// The HTTP parser that consumes `token`'s reads, if any.
    pub(crate) fn consumer_mut(&mut self, token: Token) -> Option<&mut Consumer> {
        self.stream_mut(token)?.consumer.as_deref_mut()
    }

    /// Gives `token`'s reads to `consumer` from now on; false when there is
    /// no such connection.
    pub(crate) fn set_consumer(&mut self, token: Token, consumer: Consumer) -> bool {
        match self.stream_mut(token) {
            Some(s) => {
                s.consumer = Some(Box::new(consumer));
                true
            }
            None => false,
        }
    }

    /// Gives `token`'s reads back to net.js.
    pub(crate) fn take_consumer(&mut self, token: Token) -> Option<Box<Consumer>> {
        self.stream_mut(token)?.consumer.take()
    }

    /// The bytes read on `token` so far (0 for no such connection).
    pub(crate) fn bytes_read(&mut self, token: Token) -> u64 {
        self.stream_mut(token).map_or(0, |s| s.bytes_read)
    }

    /// The bytes handed to `write` on `token` so far, sent or queued.
    pub(crate) fn bytes_written(&mut self, token: Token) -> u64 {
        self.stream_mut(token).map_or(0, |s| s.bytes_written)
    }

    /// Queues the delivery of what `token`'s parser holds.
    pub(crate) fn queue_parse(&mut self, token: Token) {
        self.work.push_back(Work::Parse(token));
    }

    /// Turns what the poll reported into work: a listener with connections
    /// waiting, a connection with bytes or an error to read, a connect that
    /// finished or room for queued writes.
    pub fn note_events(&mut self, events: &mio::Events) {
        for ev in events.iter() {
            let token = ev.token().0;
            let Some(handle) = self.handles.get_mut(&token) else {
                continue;
            };
            let failed = ev.is_error();
            match &mut handle.socket {
                Socket::Listener(l) => {
                    if (ev.is_readable() || failed) && !l.pending {
                        l.pending = true;
                        self.work.push_back(Work::Accept(token));
                    }
                }
                Socket::Stream(s) => {
                    if ev.is_readable() || ev.is_read_closed() || failed {
                        s.readable = true;
                        s.read_closed |= ev.is_read_closed() || failed;
                        if s.reading && !s.read_queued {
                            s.read_queued = true;
                            self.work.push_back(Work::Read(token));
                        }
                    }
                    if ev.is_writable() || ev.is_write_closed() || failed {
                        s.writable = true;
                        if (s.connecting || s.has_queue()) && !s.write_queued {
                            s.write_queued = true;
                            self.work.push_back(Work::Write(token));
                        }
                    }
                }
            }
        }
    }

    /// Registers a new socket and returns its token.
    fn insert(&mut self, owner: Value, socket: Socket) -> Token {
        let token = self.next_token;
        self.next_token += 1;
        self.refed += 1;
        self.handles.insert(
            token,
            Handle {
                owner,
                refed: true,
                socket,
            },
        );
        token
    }

    /// Closes a socket: it leaves the poll and releases its owner.
    fn remove(&mut self, token: Token) {
        let Some(mut handle) = self.handles.remove(&token) else {
            return;
        };
        if handle.refed {
            self.refed -= 1;
        }
        if let Some(registry) = &self.registry {
            // Deregistering an fd that is about to close cannot fail in a way
            // that matters: closing it removes it from epoll anyway.
            let _ = match &mut handle.socket {
                Socket::Listener(l) => registry.deregister(&mut l.socket),
                Socket::Stream(s) => registry.deregister(&mut s.socket),
            };
        }
    }

    /// net.js's `destroy()`: closes `token` (resetting the connection when
    /// `reset`), and reports the close to `owner` in the next close phase.
    /// A socket with no connection yet (its connect not started) has only
    /// the report.
    fn close(&mut self, token: Token, owner: Value, reset: bool) {
        if reset {
            if let Some(s) = self.stream_mut(token) {
                reset::linger_zero(&s.socket);
            }
        }
        self.remove(token);
        if !matches!(owner, Value::Undefined) {
            self.close_later(owner);
        }
    }

    fn set_refed(&mut self, token: Token, refed: bool) {
        if let Some(h) = self.handles.get_mut(&token) {
            if h.refed != refed {
                h.refed = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    fn stream_mut(&mut self, token: Token) -> Option<&mut Stream> {
        match self.handles.get_mut(&token).map(|h| &mut h.socket) {
            Some(Socket::Stream(s)) => Some(s),
            _ => None,
        }
    }

    fn owner(&self, token: Token) -> Value {
        self.handles
            .get(&token)
            .map_or(Value::Undefined, |h| h.owner)
    }
}

/// Runs one work item: the socket I/O, then net.js's callback. Returns whether
/// JavaScript ran (the loop then drains the queues).
pub(crate) fn run(cx: &mut Interpreter, work: Work) -> Result<bool, CallError> {
    match work {
        Work::Accept(token) => listener::accept_one(cx, token),
        Work::Read(token) => stream::read_one(cx, token),
        Work::Write(token) => stream::flush(cx, token),
        Work::Parse(token) => stream::parse_held(cx, token),
        Work::Shutdown(token) => stream::shutdown_now(cx, token),
        Work::Close => report_close(cx),
    }
}

/// Tells the next socket of the close phase's batch that it is closed.
fn report_close(cx: &mut Interpreter) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    let (Some(owner), Some(f)) = (s.net.closing_now.pop_front(), s.net.dispatch) else {
        return Ok(false);
    };
    s.trace.line(format_args!("run socket close"));
    cx.call_function(f, Value::Undefined, &[owner, Value::Number(event::CLOSE)])?;
    Ok(true)
}

/// Calls `dispatch(owner, event, ...args)`. The caller made the arguments just
/// before, with no JavaScript in between, so no collection can have freed them
/// (collections only run at safe points); the call then roots them.
fn dispatch(
    cx: &mut Interpreter,
    token: Token,
    event: f64,
    args: &[Value],
) -> Result<Value, CallError> {
    let Some(s) = state(cx) else {
        return Ok(Value::Undefined);
    };
    let (Some(f), owner) = (s.net.dispatch, s.net.owner(token)) else {
        return Ok(Value::Undefined);
    };
    let mut all = Vec::with_capacity(args.len() + 2);
    all.push(owner);
    all.push(Value::Number(event));
    all.extend_from_slice(args);
    cx.call_function(f, Value::Undefined, &all)
}

/// A trace line for a socket event (`--trace-loop`).
fn trace(cx: &mut Interpreter, what: &str, token: Token) {
    if let Some(s) = state(cx) {
        s.trace
            .line(format_args!("run socket {what} (handle {token})"));
    }
}
