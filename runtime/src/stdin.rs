//! Reading standard input without blocking the loop: `process.stdin` (built
//! in `lib/internal/process/bootstrap.js`) asks for one chunk at a time, a
//! dedicated reader thread does the blocking `read(2)` on fd 0 and wakes the
//! loop's `mio::Poll` by writing a byte to a pipe registered with it (a poll
//! has only one `mio::Waker`, and the fs pool owns it), and the poll phase hands
//! the chunk to JavaScript (see [`deliver`]). A read request in flight keeps
//! the loop alive, as libuv's reading stdin handle does; a paused stdin asks
//! for nothing, so the program can end.
//!
//! A thread rather than the fs pool: a read from a terminal or an idle pipe
//! may block for ever, and must not hold one of the pool's few workers.

use std::collections::VecDeque;
use std::io::{IsTerminal, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{CallError, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use crate::event_loop::state;

/// The token of the reader's wake-up pipe on the loop's poll.
const WAKE_TOKEN: mio::Token = mio::Token(usize::MAX - 2);

/// The most read at once, as libuv's 64 KiB read buffer.
const CHUNK: usize = 64 * 1024;

/// What one read of fd 0 produced.
pub(crate) enum Chunk {
    Data(Vec<u8>),
    End,
    Failed(std::io::Error),
}

/// The reader thread's two channels, and the pipe it wakes the loop with.
struct Reader {
    requests: Sender<()>,
    chunks: Receiver<Chunk>,
    wake: mio::unix::pipe::Receiver,
    registered: bool,
}

impl Reader {
    /// Registers the wake-up pipe with the loop's poll (once).
    fn register(&mut self, registry: &mio::Registry) {
        if !self.registered {
            self.registered = registry
                .register(&mut self.wake, WAKE_TOKEN, mio::Interest::READABLE)
                .is_ok();
        }
    }
}

/// The loop's stdin state.
#[derive(Default)]
pub(crate) struct StdinState {
    reader: Option<Reader>,
    /// The loop's poll registry, once the loop runs.
    registry: Option<mio::Registry>,
    /// The callback of the read JavaScript asked for and has not had yet.
    pending: Option<Value>,
    /// Whether the thread is reading (a request was sent, no chunk came back).
    requested: bool,
    /// Chunks read but not delivered (they wait while stdin is paused).
    ready: VecDeque<Chunk>,
    /// The chunk [`finish`] is about to deliver, with its callback.
    current: Option<(Value, Chunk)>,
}

impl StdinState {
    /// Whether a read is wanted and not delivered yet (keeps the loop alive).
    pub fn in_flight(&self) -> bool {
        self.pending.is_some()
    }

    /// Learns the loop's poll registry, so the reader can wake the poll.
    pub fn attach_waker(&mut self, registry: &mio::Registry) {
        if self.registry.is_none() {
            self.registry = registry.try_clone().ok();
        }
        if let (Some(reader), Some(registry)) = (&mut self.reader, &self.registry) {
            reader.register(registry);
        }
    }

    /// Moves chunks the thread sent into the ready queue.
    fn collect(&mut self) {
        if let Some(reader) = &self.reader {
            // Empty the wake-up pipe: the chunks below are what it announced.
            let mut drain = [0u8; 64];
            while matches!((&reader.wake).read(&mut drain), Ok(n) if n > 0) {}
            while let Ok(chunk) = reader.chunks.try_recv() {
                self.requested = false;
                self.ready.push_back(chunk);
            }
        }
    }

    /// Whether a chunk can be delivered now.
    pub fn has_ready(&mut self) -> bool {
        self.collect();
        self.pending.is_some() && !self.ready.is_empty()
    }

    /// Whether the loop has nothing of stdin's to run but waits for the thread.
    pub fn waiting(&mut self) -> bool {
        self.collect();
        self.pending.is_some() && self.ready.is_empty()
    }

    /// Blocks (up to `timeout`) until the thread sends a chunk.
    pub fn block(&mut self, timeout: Option<Duration>) {
        let Some(reader) = &self.reader else { return };
        let chunk = match timeout {
            Some(t) => reader.chunks.recv_timeout(t).ok(),
            None => reader.chunks.recv().ok(),
        };
        if let Some(chunk) = chunk {
            self.requested = false;
            self.ready.push_back(chunk);
        }
    }

    /// The chunk to deliver now with its callback, if any.
    pub fn take_ready(&mut self) -> Option<(Value, Chunk)> {
        self.collect();
        // Chunks wait in the queue while nobody asks (stdin paused).
        self.pending?;
        let chunk = self.ready.pop_front()?;
        let callback = self.pending.take()?;
        Some((callback, chunk))
    }

    /// Every JavaScript value the state holds (GC roots).
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        self.pending
            .into_iter()
            .chain(self.current.as_ref().map(|c| c.0))
    }

    /// Asks for one chunk, to be given to `callback`.
    fn request(&mut self, callback: Value) {
        self.pending = Some(callback);
        self.collect();
        if self.requested || !self.ready.is_empty() {
            return;
        }
        if self.reader.is_none() {
            self.reader = start();
            if let (Some(reader), Some(registry)) = (&mut self.reader, &self.registry) {
                reader.register(registry);
            }
        }
        match &self.reader {
            Some(reader) if reader.requests.send(()).is_ok() => self.requested = true,
            _ => self.ready.push_back(Chunk::Failed(std::io::Error::other(
                "cannot start the stdin reader",
            ))),
        }
    }
}

/// Starts the reader thread; `None` if it cannot be started.
fn start() -> Option<Reader> {
    let (requests, incoming) = mpsc::channel::<()>();
    let (outgoing, chunks) = mpsc::channel();
    let (waker, wake) = mio::unix::pipe::new().ok()?;
    std::thread::Builder::new()
        .name("nodelet-stdin".into())
        .spawn(move || {
            // Locked per read, not for the thread's life, so that other
            // readers of stdin (the REPL) are never blocked for good.
            let input = std::io::stdin();
            let mut buf = vec![0u8; CHUNK];
            while incoming.recv().is_ok() {
                let chunk = loop {
                    match (&input).read(&mut buf) {
                        Ok(0) => break Chunk::End,
                        Ok(n) => break Chunk::Data(buf.get(..n).unwrap_or_default().to_vec()),
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => break Chunk::Failed(e),
                    }
                };
                if outgoing.send(chunk).is_err() {
                    return;
                }
                // A full pipe already holds a wake-up; a failed write only
                // delays the chunk to the loop's next look.
                let _ = (&waker).write(&[1]);
            }
        })
        .ok()?;
    Some(Reader {
        requests,
        chunks,
        wake,
        registered: false,
    })
}

/// The natives `process.stdin` uses, added to the bootstrap's hooks object.
pub(crate) fn add_hooks(cx: &mut Interpreter, hooks: ObjRef) {
    cx.host_method(hooks, "stdinRead", stdin_read, 1);
    cx.host_method(hooks, "stdinStop", stdin_stop, 0);
    cx.host_method(hooks, "stdinIsTTY", stdin_is_tty, 0);
}

/// `stdinRead(callback)`: read one chunk; `callback(null, buffer)`, then
/// `callback(null, null)` at the end, or `callback(err)`.
fn stdin_read(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let callback = arg(args, 0);
    match state(cx) {
        Some(s) => s.stdin.request(callback),
        None => return Err(cx.plain_error("stdin: the event loop is not running")),
    }
    Ok(Value::Undefined)
}

/// `stdinStop()`: JavaScript wants nothing more for now (paused or destroyed).
fn stdin_stop(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    if let Some(s) = state(cx) {
        s.stdin.pending = None;
    }
    Ok(Value::Undefined)
}

fn stdin_is_tty(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(std::io::stdin().is_terminal()))
}

/// Delivers one chunk to its callback. Returns whether JavaScript ran.
pub(crate) fn deliver(
    cx: &mut Interpreter,
    callback: Value,
    chunk: Chunk,
) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    s.stdin.current = Some((callback, chunk));
    let finisher = cx.make_internal_native(finish, Value::Undefined);
    // The work happens inside a native call so that its temporaries are rooted
    // on the value stack and released when the call returns.
    cx.call_function(Value::Object(finisher), Value::Undefined, &[])?;
    Ok(true)
}

fn finish(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Some((callback, chunk)) = state(cx).and_then(|s| s.stdin.current.take()) else {
        return Ok(Value::Undefined);
    };
    cx.root(callback);
    match chunk {
        Chunk::Data(bytes) => {
            let buffer = cx.new_buffer(bytes);
            cx.root(buffer);
            cx.call(callback, Value::Undefined, &[Value::Null, buffer])?;
        }
        Chunk::End => {
            cx.call(callback, Value::Undefined, &[Value::Null, Value::Null])?;
        }
        Chunk::Failed(e) => {
            let message = format!("{e}, read");
            let _ = cx.plain_error(&message);
            let err = cx.pending_exception();
            cx.root(err);
            cx.call(callback, Value::Undefined, &[err])?;
        }
    }
    Ok(Value::Undefined)
}
