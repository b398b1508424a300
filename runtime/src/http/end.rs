//! `res.end(body)`, the common way a server answers, done natively: the
//! body's length, the head (head.rs), the framing, and one write of head and
//! body, straight to the kernel when the socket has nothing queued (as net.js's
//! `_writeRaw` would), through `_writeRaw` otherwise. http.js's `end` asks
//! first and does everything else itself: a callback, an encoding other than utf8 or
//! latin1, a body that is not a string or a Buffer, a second `end`, a head
//! that went out before, or a socket that is gone.

use nodelet_interp::builtins::arg;
use nodelet_interp::builtins::buffer::Encoding;
use std::rc::Rc;

use nodelet_interp::host_api::{Atom, HostSite, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use crate::net::net_state;

/// The fields `end` reads and writes, interned once, each with its inline
/// cache.
pub(crate) struct EndNames {
    finished: HostSite,
    writable_ended: HostSite,
    writable_finished: HostSite,
    headers_sent: HostSite,
    has_body: HostSite,
    content_length: HostSite,
    chunked_encoding: HostSite,
    write_head: HostSite,
    head: HostSite,
    socket: HostSite,
    destroyed: HostSite,
    write_raw: HostSite,
    conn: HostSite,
    response_done: HostSite,
    handle: HostSite,
    connecting: HostSite,
    writable_state: HostSite,
    corked: HostSite,
    uncork: HostSite,
    after_write: HostSite,
    /// The events' names, strings made once.
    finish: Atom,
    close: Atom,
    /// The connection's `res` and `req`.
    conn_res: HostSite,
    conn_req: HostSite,
    close_emitted: HostSite,
    /// `emit` of requests and of responses: one site each, as their
    /// prototypes differ.
    req_emit: HostSite,
    res_emit: HostSite,
    /// [`close_tick`] and [`req_close_tick`], made once (GC roots of
    /// `HttpState`).
    pub(super) close_tick: Value,
    pub(super) req_close_tick: Value,
}

impl EndNames {
    pub(super) fn new(cx: &mut Interpreter) -> EndNames {
        EndNames {
            finished: HostSite::new(cx.intern("finished")),
            writable_ended: HostSite::new(cx.intern("writableEnded")),
            writable_finished: HostSite::new(cx.intern("writableFinished")),
            headers_sent: HostSite::new(cx.intern("headersSent")),
            has_body: HostSite::new(cx.intern("_hasBody")),
            content_length: HostSite::new(cx.intern("_contentLength")),
            chunked_encoding: HostSite::new(cx.intern("chunkedEncoding")),
            write_head: HostSite::new(cx.intern("_writeHead")),
            head: HostSite::new(cx.intern("_head")),
            socket: HostSite::new(cx.intern("socket")),
            destroyed: HostSite::new(cx.intern("destroyed")),
            write_raw: HostSite::new(cx.intern("_writeRaw")),
            conn: HostSite::new(cx.intern("_conn")),
            response_done: HostSite::new(cx.intern("responseDone")),
            handle: HostSite::new(cx.intern("_handle")),
            connecting: HostSite::new(cx.intern("connecting")),
            writable_state: HostSite::new(cx.intern("_writableState")),
            corked: HostSite::new(cx.intern("corked")),
            uncork: HostSite::new(cx.intern("uncork")),
            after_write: HostSite::new(cx.intern("_afterWrite")),
            finish: cx.intern("finish"),
            close: cx.intern("close"),
            conn_res: HostSite::new(cx.intern("res")),
            conn_req: HostSite::new(cx.intern("req")),
            close_emitted: HostSite::new(cx.intern("_closeEmitted")),
            req_emit: HostSite::new(cx.intern("emit")),
            res_emit: HostSite::new(cx.intern("emit")),
            close_tick: Value::Object(cx.make_internal_native(close_tick, Value::Undefined)),
            req_close_tick: Value::Object(
                cx.make_internal_native(req_close_tick, Value::Undefined),
            ),
        }
    }
}

fn names(cx: &mut Interpreter) -> JsResult<Option<Rc<EndNames>>> {
    Ok(net_state!(cx).http.as_ref().map(|h| Rc::clone(&h.end)))
}

/// `httpEnd(res, chunk, encoding, cb)`: ends the response as `end(chunk,
/// encoding, cb)` would, and returns true; returns false, having done nothing,
/// when the case is not the common one (see the module docs).
pub(super) fn http_end(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(names) = names(cx)? else {
        return Ok(Value::Bool(false));
    };
    let (this, chunk, encoding) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let Value::Object(res) = this else {
        return Ok(Value::Bool(false));
    };
    // `end(cb)`, `end(chunk, cb)`, `end(chunk, encoding, cb)`.
    if !matches!(arg(args, 3), Value::Undefined)
        || cx.is_callable(chunk)
        || cx.is_callable(encoding)
    {
        return Ok(Value::Bool(false));
    }
    let finished = cx.get_site(res, &names.finished)?;
    if cx.to_boolean(finished) {
        return Ok(Value::Bool(false));
    }
    // The body, its encoding for the socket, and its length in bytes.
    let latin1 = cx.is_ascii_string(encoding, "latin1");
    let (body_encoding, len) = match chunk {
        Value::Undefined | Value::Null => ("", 0),
        Value::String(_)
            if matches!(encoding, Value::Undefined)
                || latin1
                || cx.is_ascii_string(encoding, "utf8") =>
        {
            let enc = if latin1 {
                Encoding::Latin1
            } else {
                Encoding::Utf8
            };
            let len = cx.string_byte_length(chunk, enc);
            (if latin1 { "latin1" } else { "utf8" }, len)
        }
        _ => match cx.buffer_view(chunk) {
            Some(view) => ("buffer", view.len),
            None => return Ok(Value::Bool(false)),
        },
    };
    let Value::Object(socket) = cx.get_site(res, &names.socket)? else {
        return Ok(Value::Bool(false));
    };
    // A socket that takes the bytes at once is alive; otherwise a destroyed
    // one is the JavaScript path's business.
    let direct = idle_handle(cx, &names, socket)?;
    if direct.is_none() {
        let destroyed = cx.get_site(socket, &names.destroyed)?;
        if cx.to_boolean(destroyed) {
            return Ok(Value::Bool(false));
        }
    }

    // A head already gone (`flushHeaders`, or writes before) is the
    // JavaScript path's business.
    let sent = cx.get_site(res, &names.headers_sent)?;
    let sent = cx.to_boolean(sent);
    if sent
        && matches!(
            cx.get_site(res, &names.head)?,
            Value::Null | Value::Undefined
        )
    {
        return Ok(Value::Bool(false));
    }
    if !sent {
        let has_body = cx.get_site(res, &names.has_body)?;
        let content_length = if cx.to_boolean(has_body) {
            len as f64
        } else {
            0.0
        };
        cx.set_site(res, &names.content_length, Value::Number(content_length))?;
        let write_head = cx.get_site(res, &names.write_head)?;
        cx.call(write_head, this, &[])?;
    }
    let has_body = cx.get_site(res, &names.has_body)?;
    let has_body = cx.to_boolean(has_body);
    let chunked = cx.get_site(res, &names.chunked_encoding)?;
    let chunked = cx.to_boolean(chunked);

    let mark = cx.root_mark();
    let result = send(
        cx,
        &names,
        res,
        socket,
        (chunk, body_encoding, len),
        (has_body, chunked),
        direct,
    );
    cx.unroot_to(mark);
    result?;
    Ok(Value::Bool(true))
}

/// The answer, head first if it has not gone, framed as the head decided;
/// `finished`; and the write.
fn send(
    cx: &mut Interpreter,
    names: &EndNames,
    res: ObjRef,
    socket: ObjRef,
    (chunk, body_encoding, len): (Value, &str, usize),
    (has_body, chunked): (bool, bool),
    direct: Option<usize>,
) -> JsResult<()> {
    let head = cx.get_site(res, &names.head)?;
    let mut bytes = Vec::with_capacity(256 + len);
    if !matches!(head, Value::Null | Value::Undefined) {
        cx.set_site(res, &names.head, Value::Null)?;
        // As node's `_send`: a head sent with a utf8 string goes out in
        // utf8 (one string), otherwise in latin1.
        let utf8 = body_encoding == "utf8" && has_body && len > 0 && !chunked;
        let encoding = if utf8 {
            Encoding::Utf8
        } else {
            Encoding::Latin1
        };
        cx.push_in(head, encoding, &mut bytes)?;
    }
    if has_body && len > 0 {
        if chunked {
            bytes.extend_from_slice(format!("{len:x}\r\n").as_bytes());
        }
        match cx.buffer_view(chunk) {
            Some(view) => view.with(|b| bytes.extend_from_slice(b)),
            None => {
                let encoding = if body_encoding == "latin1" {
                    Encoding::Latin1
                } else {
                    Encoding::Utf8
                };
                cx.push_in(chunk, encoding, &mut bytes)?;
            }
        }
        if chunked {
            bytes.extend_from_slice(b"\r\n");
        }
    }
    if chunked {
        bytes.extend_from_slice(b"0\r\n\r\n");
    }
    cx.set_site(res, &names.finished, Value::Bool(true))?;
    cx.set_site(res, &names.writable_ended, Value::Bool(true))?;
    let done = Value::Object(cx.make_internal_native(written, Value::Object(res)));
    let done = cx.root(done);
    // What the kernel left queued, when the bytes could go to it at once.
    let queued = match direct {
        Some(token) => net_state!(cx).write(token, &bytes).ok(),
        None => None,
    };
    match queued {
        // All taken: the callback runs on the next tick, as `_writeRaw`'s.
        Some(0) => {
            if let Some(s) = crate::event_loop::state(cx) {
                s.ticks.push(done, Vec::new());
            }
        }
        // Queued natively: the callback runs when the queue drains.
        Some(_) => {
            let after_write = cx.get_site(socket, &names.after_write)?;
            cx.call(
                after_write,
                Value::Object(socket),
                &[Value::Number(0.0), done],
            )?;
        }
        // Not idle, or the write failed: the socket's own way, which queues
        // behind what it holds or reports the error as node does.
        None => {
            let buffer = cx.new_buffer(bytes);
            let buffer = cx.root(buffer);
            let parts = vec![buffer, cx.interned_string("buffer")];
            let parts = Value::Object(cx.new_array(parts));
            let parts = cx.root(parts);
            let write_raw = cx.get_site(socket, &names.write_raw)?;
            cx.call(write_raw, Value::Object(socket), &[parts, done])?;
            // As node's `end()` (http.js's `uncorkFully`): a socket the user
            // corked is uncorked fully, so the answer goes out now. An idle
            // socket, the case above, was not corked.
            if let Value::Object(state) = cx.get_site(socket, &names.writable_state)? {
                cx.set_site(state, &names.corked, Value::Number(1.0))?;
                let uncork = cx.get_site(socket, &names.uncork)?;
                cx.call(uncork, Value::Object(socket), &[])?;
            }
        }
    }
    Ok(())
}

/// The socket's handle when a write may go straight to the kernel (what
/// `_writeRaw` checks): connected, open, and its Writable side idle.
fn idle_handle(cx: &mut Interpreter, names: &EndNames, socket: ObjRef) -> JsResult<Option<usize>> {
    let Value::Number(token) = cx.get_site(socket, &names.handle)? else {
        return Ok(None);
    };
    let connecting = cx.get_site(socket, &names.connecting)?;
    if cx.to_boolean(connecting) {
        return Ok(None);
    }
    let Value::Object(state) = cx.get_site(socket, &names.writable_state)? else {
        return Ok(None);
    };
    let idle = crate::net::idle::is_idle(cx, state)?;
    Ok(idle.then_some(token as usize))
}

/// The answer is written: `writableFinished`, `'finish'`, and the
/// connection hears that the response is done (what http.js's `end` passes
/// to `_send` as its callback).
fn written(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Some(names) = names(cx)? else {
        return Ok(Value::Undefined);
    };
    let Value::Object(res) = cx.native_data() else {
        return Ok(Value::Undefined);
    };
    cx.set_site(res, &names.writable_finished, Value::Bool(true))?;
    // http.js's `closeSoon(res)`, before the 'finish' listeners run.
    if let Value::Object(conn) = cx.get_site(res, &names.conn)? {
        let current = cx.get_site(conn, &names.conn_res)?;
        if matches!(current, Value::Object(c) if c == res) {
            let req = cx.get_site(conn, &names.conn_req)?;
            close_soon(cx, &names, req, Value::Object(res));
        }
    }
    // As node's resOnFinish, the first 'finish' listener: the response
    // lets go of its socket.
    cx.set_site(res, &names.socket, Value::Null)?;
    let emit = cx.get_site(res, &names.res_emit)?;
    let finish = cx.atom_value(names.finish);
    cx.call(emit, Value::Object(res), &[finish])?;
    if let Value::Object(conn) = cx.get_site(res, &names.conn)? {
        let done = cx.get_site(conn, &names.response_done)?;
        cx.call(done, Value::Object(conn), &[Value::Object(res)])?;
    }
    Ok(Value::Undefined)
}

/// `httpCloseSoon(req, res)`: the exchange is over. On the next tick the
/// response emits `'close'` (node's `emitCloseNT`), and on the tick after
/// that the request, once (its `_closeEmitted` notes it). Every request pays
/// this, so the ticks are native functions rather than JavaScript closures.
pub(super) fn http_close_soon(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(names) = names(cx)? else {
        return Ok(Value::Undefined);
    };
    close_soon(cx, &names, arg(args, 0), arg(args, 1));
    Ok(Value::Undefined)
}

fn close_soon(cx: &mut Interpreter, names: &EndNames, req: Value, res: Value) {
    if let Some(s) = crate::event_loop::state(cx) {
        s.ticks.push(names.close_tick, vec![req, res]);
    }
}

/// The first tick [`http_close_soon`] queues, with `(req, res)`: the
/// response's `'close'`, then the request's tick.
fn close_tick(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(names) = names(cx)? else {
        return Ok(Value::Undefined);
    };
    if let Value::Object(res) = arg(args, 1) {
        let emit = cx.get_site(res, &names.res_emit)?;
        let close = cx.atom_value(names.close);
        cx.call(emit, Value::Object(res), &[close])?;
    }
    let req = arg(args, 0);
    if let (Value::Object(_), Some(s)) = (req, crate::event_loop::state(cx)) {
        s.ticks.push(names.req_close_tick, vec![req]);
    }
    Ok(Value::Undefined)
}

/// The second, with `(req)`: the request's `'close'`, unless it came already
/// (the connection closed first).
fn req_close_tick(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(names) = names(cx)? else {
        return Ok(Value::Undefined);
    };
    let Value::Object(req) = arg(args, 0) else {
        return Ok(Value::Undefined);
    };
    let emitted = cx.get_site(req, &names.close_emitted)?;
    if !cx.to_boolean(emitted) {
        cx.set_site(req, &names.close_emitted, Value::Bool(true))?;
        let emit = cx.get_site(req, &names.req_emit)?;
        let close = cx.atom_value(names.close);
        cx.call(emit, Value::Object(req), &[close])?;
    }
    Ok(Value::Undefined)
}
