//! Connections: reading, writing, connecting and half-closing one TCP stream.
//!
//! Reads happen one chunk (up to 64 KiB) per loop event while net.js reads,
//! until the kernel says `WouldBlock`; a chunk goes to JavaScript as a Buffer
//! made of the very memory the kernel read into (`take_chunk`; `setEncoding`
//! is the stream's business, decoded in net.js as in node), or, on a
//! connection an HTTP parser consumes, to that parser (`http/consume.rs`).
//!
//! Writes are tried at once; whatever the kernel does not take waits in a
//! queue of requests, flushed when the socket becomes writable again. net.js
//! learns how many bytes are still queued (its `writableLength`, which decides
//! `write()`'s return value and `drain`) and how many requests completed (to
//! run their callbacks). `end()` shuts the write side down once the queue is
//! empty (a half-close: the peer sees the end, and can still send).

use std::collections::VecDeque;
use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr};

use mio::net::TcpStream;
use mio::{Interest, Token as MioToken};
use nodelet_interp::host_api::CallError;
use nodelet_interp::{Interpreter, Value};

use super::errors::{uv_errno, EINPROGRESS, ENOTCONN};
use super::{dispatch, event, trace, uninit_read, NetState, Socket, Token, Work};
use crate::event_loop::state;
use crate::http::{self, Consumer};

/// The most read in one event, as libuv's 64 KiB read buffer.
const CHUNK: usize = 64 * 1024;

/// The most reads from one socket in a row while they fill [`CHUNK`], as
/// libuv's `uv__read` (32): a busy connection is served in runs, and then
/// the others get their turn.
const BURST: u8 = 32;

/// One write request's bytes and how many of them the kernel has taken.
struct Pending {
    bytes: Vec<u8>,
    written: usize,
}

/// A connection.
pub(super) struct Stream {
    pub socket: TcpStream,
    /// A connect was started and has not finished.
    pub connecting: bool,
    /// JavaScript wants data (`readStart`; off while paused).
    pub reading: bool,
    /// The socket may have bytes (readiness not consumed yet).
    pub readable: bool,
    /// The poll reported the peer's end (or an error): the next read after
    /// the data must still happen, whatever its size, to see it.
    pub read_closed: bool,
    /// The socket may take bytes.
    pub writable: bool,
    /// A `Work::Read`/`Work::Write` for this socket is queued already.
    pub read_queued: bool,
    pub write_queued: bool,
    /// Reads in a row from this socket so far (fewer than [`BURST`]).
    burst: u8,
    queue: VecDeque<Pending>,
    /// The bytes waiting in `queue`.
    queued: usize,
    /// `end()` was called: shut the write side down when the queue empties.
    shutdown_pending: bool,
    /// The peer's end of stream was delivered.
    eof: bool,
    /// The HTTP parser that takes this connection's reads instead of net.js.
    pub consumer: Option<Box<Consumer>>,
    /// Every byte read, whoever took it (`socket.bytesRead`).
    pub bytes_read: u64,
    /// Every byte handed to `write`, sent or queued (`socket.bytesWritten`).
    pub bytes_written: u64,
}

impl Stream {
    pub fn new(socket: TcpStream, connecting: bool) -> Stream {
        Stream {
            socket,
            connecting,
            reading: false,
            readable: false,
            read_closed: false,
            writable: false,
            read_queued: false,
            write_queued: false,
            burst: 0,
            queue: VecDeque::new(),
            queued: 0,
            shutdown_pending: false,
            eof: false,
            consumer: None,
            bytes_read: 0,
            bytes_written: 0,
        }
    }

    pub fn has_queue(&self) -> bool {
        !self.queue.is_empty()
    }

    /// Writes as much of the queue as the kernel takes. Returns the number of
    /// requests completed, or the error that ended the connection's writes.
    fn write_queue(&mut self) -> io::Result<u32> {
        let mut done = 0;
        while let Some(front) = self.queue.front_mut() {
            let rest = front.bytes.get(front.written..).unwrap_or_default();
            match self.socket.write(rest) {
                Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero)),
                Ok(n) => {
                    front.written += n;
                    self.queued -= n.min(self.queued);
                    if front.written >= front.bytes.len() {
                        self.queue.pop_front();
                        done += 1;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.writable = false;
                    break;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }

    /// Whether `end()`'s shutdown may run now: asked for, with the connect
    /// done and the queue empty. Clears the request, so it runs once.
    fn take_shutdown(&mut self) -> bool {
        let ready = self.shutdown_pending && !self.connecting && self.queue.is_empty();
        if ready {
            self.shutdown_pending = false;
        }
        ready
    }
}

impl NetState {
    /// Starts connecting to `addr`; the token, or a negative errno.
    pub(super) fn connect(&mut self, owner: Value, addr: SocketAddr) -> Result<Token, i32> {
        let mut socket = TcpStream::connect(addr).map_err(|e| uv_errno(&e))?;
        if let Some(registry) = &self.registry {
            registry
                .register(
                    &mut socket,
                    MioToken(self.next_token),
                    Interest::READABLE | Interest::WRITABLE,
                )
                .map_err(|e| uv_errno(&e))?;
        }
        Ok(self.insert(owner, Socket::Stream(Stream::new(socket, true))))
    }

    /// Writes `bytes` on `token`, at once as far as the kernel takes them;
    /// the rest is copied into the queue. Returns the bytes of this request
    /// still queued (0: written already), or a negative errno.
    pub(crate) fn write(&mut self, token: Token, bytes: &[u8]) -> Result<usize, i32> {
        let Some(s) = self.stream_mut(token) else {
            return Err(-super::errors::EBADF);
        };
        let mut taken = 0;
        if !s.connecting && s.queue.is_empty() {
            while taken < bytes.len() {
                match s.socket.write(bytes.get(taken..).unwrap_or_default()) {
                    Ok(0) => return Err(uv_errno(&io::Error::from(io::ErrorKind::WriteZero))),
                    Ok(n) => taken += n,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        s.writable = false;
                        break;
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(uv_errno(&e)),
                }
            }
        }
        let rest = bytes.get(taken..).unwrap_or_default();
        if !rest.is_empty() {
            s.queue.push_back(Pending {
                bytes: rest.to_vec(),
                written: 0,
            });
            s.queued += rest.len();
        }
        s.bytes_written += bytes.len() as u64;
        Ok(rest.len())
    }

    /// `end()`: shuts the write side down once queued writes are flushed, as
    /// a work item of its own (net.js hears of it then, `event::SHUTDOWN`).
    pub(super) fn shutdown(&mut self, token: Token) -> Result<(), i32> {
        let Some(s) = self.stream_mut(token) else {
            return Err(-ENOTCONN);
        };
        s.shutdown_pending = true;
        if s.take_shutdown() {
            self.work.push_back(Work::Shutdown(token));
        }
        Ok(())
    }

    /// `readStart`/`readStop`. Readiness that arrived while paused is used now.
    pub(super) fn set_reading(&mut self, token: Token, reading: bool) {
        let Some(s) = self.stream_mut(token) else {
            return;
        };
        s.reading = reading;
        if reading && s.readable && !s.read_queued && !s.eof {
            s.read_queued = true;
            self.work.push_back(Work::Read(token));
        }
    }
}

/// What one read produced.
enum ReadOutcome {
    /// Nothing to hand over (paused or drained).
    Nothing,
    /// This many bytes of one chunk, in `NetState::read_buf`.
    Data,
    /// The end of stream.
    End,
    Error(i32),
}

/// Reads one chunk from `token` and hands it to JavaScript (or the end of
/// stream, or the error). Queues itself again while bytes may remain.
pub(super) fn read_one(cx: &mut Interpreter, token: Token) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    let outcome = read_into(&mut s.net, token);
    match outcome {
        ReadOutcome::Nothing => Ok(false),
        ReadOutcome::Data if s.net.consumer_mut(token).is_some() => {
            // The parser copies what it keeps, so the buffer serves again.
            let mut buf = std::mem::take(&mut s.net.read_buf);
            trace(cx, "data", token);
            let parsed = http::on_read(cx, token, &buf);
            buf.clear();
            if let Some(s) = state(cx) {
                s.net.read_buf = buf;
            }
            parsed.map(|()| true)
        }
        ReadOutcome::Data => {
            let bytes = take_chunk(&mut s.net.read_buf);
            trace(cx, "data", token);
            let chunk = cx.new_buffer(bytes);
            dispatch(cx, token, event::DATA, &[chunk])?;
            Ok(true)
        }
        ReadOutcome::End => {
            trace(cx, "end", token);
            http::on_end(cx, token)?;
            dispatch(cx, token, event::END, &[])?;
            Ok(true)
        }
        ReadOutcome::Error(errno) => {
            trace(cx, "read error", token);
            let syscall = cx.string_value("read");
            let errno = Value::Number(f64::from(errno));
            dispatch(cx, token, event::ERROR, &[errno, syscall])?;
            Ok(true)
        }
    }
}

/// The bytes of a chunk read into `read_buf`, as a Buffer's own. A chunk
/// that fills half the buffer or more takes the buffer itself (no copy; a
/// fresh one is made for the next read); a smaller one is copied out, so
/// that a few bytes do not hold 64 KiB.
fn take_chunk(read_buf: &mut Vec<u8>) -> Vec<u8> {
    if read_buf.len() >= CHUNK / 2 {
        let mut bytes = std::mem::take(read_buf);
        bytes.shrink_to_fit();
        bytes
    } else {
        let bytes = read_buf.clone();
        read_buf.clear();
        bytes
    }
}

/// Reads into `net.read_buf` (emptied first).
fn read_into(net: &mut NetState, token: Token) -> ReadOutcome {
    let buf = &mut net.read_buf;
    buf.clear();
    buf.reserve(CHUNK);
    let Some(stream) = net
        .handles
        .get_mut(&token)
        .and_then(|h| match &mut h.socket {
            Socket::Stream(s) => Some(s),
            _ => None,
        })
    else {
        return ReadOutcome::Nothing;
    };
    stream.read_queued = false;
    // An HTTP parser holding its events back stops reading once its buffer
    // is full; releasing it reads again (`parse_held`).
    if let Some(c) = &stream.consumer {
        if c.blocked() && c.parser.buffered() >= http::HOLD_LIMIT {
            return ReadOutcome::Nothing;
        }
    }
    // A connect still in flight reports its failure as a connect error, not
    // a read error: reads wait for it.
    if !stream.reading || !stream.readable || stream.eof || stream.connecting {
        return ReadOutcome::Nothing;
    }
    let outcome = match uninit_read::read_spare(&stream.socket, buf, CHUNK) {
        Ok(0) => {
            stream.eof = true;
            stream.readable = false;
            ReadOutcome::End
        }
        Ok(n) => {
            stream.bytes_read += n as u64;
            // A short read emptied the kernel's buffer: asking again would
            // only hear "would block". The poll reports the next bytes when
            // they arrive, so this saves a system call per message on a busy
            // connection (tokio does the same). An end the poll has already
            // reported arrives no more, so then the reads go on until it.
            if n < CHUNK && !stream.read_closed {
                stream.readable = false;
            }
            ReadOutcome::Data
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
            stream.readable = false;
            ReadOutcome::Nothing
        }
        Err(e) if e.kind() == io::ErrorKind::Interrupted => ReadOutcome::Nothing,
        Err(e) => {
            stream.readable = false;
            stream.eof = true;
            ReadOutcome::Error(uv_errno(&e))
        }
    };
    if !stream.readable {
        stream.burst = 0;
        return outcome;
    }
    // More bytes may be waiting. As libuv's `uv__read` does, the same socket
    // is read again next, up to BURST reads in a row; then it goes to the
    // back of the queue, so that every socket gets its turn.
    stream.read_queued = true;
    if stream.burst + 1 < BURST {
        stream.burst += 1;
        net.work.push_front(Work::Read(token));
    } else {
        stream.burst = 0;
        net.work.push_back(Work::Read(token));
    }
    outcome
}

/// Delivers what an HTTP parser held back, then reads on if the socket has
/// bytes it stopped reading.
pub(super) fn parse_held(cx: &mut Interpreter, token: Token) -> Result<bool, CallError> {
    http::deliver(cx, token)?;
    let Some(s) = state(cx) else { return Ok(true) };
    let net = &mut s.net;
    if let Some(stream) = net.stream_mut(token) {
        if stream.reading && stream.readable && !stream.read_queued && !stream.eof {
            stream.read_queued = true;
            net.work.push_back(Work::Read(token));
        }
    }
    Ok(true)
}

/// Shuts `token`'s write side down (the peer sees the end of stream) and
/// tells net.js, whose `_final` waits for this.
pub(super) fn shutdown_now(cx: &mut Interpreter, token: Token) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    let Some(stream) = s.net.stream_mut(token) else {
        return Ok(false);
    };
    // A peer that is already gone makes this fail; the read side reports
    // that, so `end()` itself still succeeds, as libuv's shutdown does.
    let _ = stream.socket.shutdown(Shutdown::Write);
    trace(cx, "shutdown", token);
    dispatch(cx, token, event::SHUTDOWN, &[Value::Number(0.0)])?;
    Ok(true)
}

/// What a writable socket did.
enum FlushOutcome {
    Nothing,
    Connected(i32),
    Written { done: u32, queued: usize },
    Error(i32),
}

/// Finishes a connect, or flushes queued writes, and tells JavaScript.
pub(super) fn flush(cx: &mut Interpreter, token: Token) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    let outcome = flush_queue(&mut s.net, token);
    match outcome {
        FlushOutcome::Nothing => Ok(false),
        FlushOutcome::Connected(errno) => {
            trace(cx, "connect", token);
            dispatch(
                cx,
                token,
                event::CONNECT,
                &[Value::Number(f64::from(errno))],
            )?;
            Ok(true)
        }
        FlushOutcome::Written { done, queued } => {
            trace(cx, "write done", token);
            let args = [Value::Number(f64::from(done)), Value::Number(queued as f64)];
            dispatch(cx, token, event::WRITTEN, &args)?;
            Ok(true)
        }
        FlushOutcome::Error(errno) => {
            trace(cx, "write error", token);
            let syscall = cx.string_value("write");
            let errno = Value::Number(f64::from(errno));
            dispatch(cx, token, event::ERROR, &[errno, syscall])?;
            Ok(true)
        }
    }
}

fn flush_queue(net: &mut NetState, token: Token) -> FlushOutcome {
    let Some(stream) = net.stream_mut(token) else {
        return FlushOutcome::Nothing;
    };
    stream.write_queued = false;
    if stream.connecting {
        let result = match stream.socket.take_error() {
            Ok(Some(e)) | Err(e) => Err(e),
            Ok(None) => match stream.socket.peer_addr() {
                Ok(_) => Ok(()),
                // Not connected yet (ENOTCONN, EINPROGRESS): wait for the
                // next writable event.
                Err(e) if e.kind() == io::ErrorKind::NotConnected => return FlushOutcome::Nothing,
                Err(e) if e.raw_os_error() == Some(EINPROGRESS) => return FlushOutcome::Nothing,
                Err(e) => Err(e),
            },
        };
        stream.connecting = false;
        return match result {
            Ok(()) => {
                let read = stream.reading && stream.readable && !stream.read_queued;
                let write = stream.has_queue();
                let shut = stream.take_shutdown();
                stream.read_queued |= read;
                stream.write_queued |= write;
                if shut {
                    net.work.push_back(Work::Shutdown(token));
                }
                if read {
                    net.work.push_back(Work::Read(token));
                }
                if write {
                    net.work.push_back(Work::Write(token));
                }
                FlushOutcome::Connected(0)
            }
            Err(e) => FlushOutcome::Connected(uv_errno(&e)),
        };
    }
    let outcome = match stream.write_queue() {
        Ok(0) => FlushOutcome::Nothing,
        Ok(done) => FlushOutcome::Written {
            done,
            queued: stream.queued,
        },
        Err(e) => {
            stream.queue.clear();
            stream.queued = 0;
            return FlushOutcome::Error(uv_errno(&e));
        }
    };
    // The queue is out: a pending `end()` can shut the write side now.
    if stream.take_shutdown() {
        net.work.push_back(Work::Shutdown(token));
    }
    outcome
}
