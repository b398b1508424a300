//! The native hooks of `net`, added to the module system's binding object (as
//! node's `tcp_wrap`): open a listening or connecting socket for a JavaScript
//! owner, start and stop reading, write, half-close, close, reference, and read
//! addresses. Failures come back as libuv's negative errno, which net.js turns
//! into node's error objects (`uvErrName` gives the code and description).

use nodelet_interp::builtins::arg;
use nodelet_interp::builtins::array::{get_index, length_of};
use nodelet_interp::host_api::{HostFn, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use super::errors::describe;
use super::listener::resolve;
use super::Token;

/// Adds the net hooks to `binding`.
pub(crate) fn add_hooks(cx: &mut Interpreter, binding: ObjRef) {
    let hooks: [(&str, HostFn, u32); 15] = [
        ("netInit", net_init, 1),
        ("tcpListen", tcp_listen, 3),
        ("tcpConnect", tcp_connect, 3),
        ("tcpWrite", tcp_write, 3),
        ("tcpShutdown", tcp_shutdown, 1),
        ("tcpClose", tcp_close, 3),
        ("tcpReadStart", tcp_read_start, 1),
        ("tcpReadStop", tcp_read_stop, 1),
        ("tcpRef", tcp_ref, 2),
        ("tcpSetNoDelay", tcp_set_no_delay, 2),
        ("tcpAddress", tcp_address, 2),
        ("tcpBytesRead", tcp_bytes_read, 1),
        ("tcpBytesWritten", tcp_bytes_written, 1),
        ("uvErrName", uv_err_name, 1),
        ("streamsIdleTest", super::idle::streams_idle_test, 2),
    ];
    for (name, f, len) in hooks {
        cx.host_method(binding, name, f, len);
    }
}

/// The socket token a hook takes first (0, no socket, for anything else).
pub(crate) fn token_arg(args: &[Value]) -> Token {
    match arg(args, 0) {
        Value::Number(n) if n.is_finite() && n >= 0.0 => n as Token,
        _ => 0,
    }
}

fn port_arg(args: &[Value], i: usize) -> u16 {
    match arg(args, i) {
        Value::Number(n) if (0.0..=65535.0).contains(&n) => n as u16,
        _ => 0,
    }
}

fn result_value(r: Result<Token, i32>) -> Value {
    match r {
        Ok(token) => Value::Number(token as f64),
        Err(errno) => Value::Number(f64::from(errno)),
    }
}

/// `netInit(dispatch)`: net.js's event dispatcher.
fn net_init(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    net_state!(cx).dispatch = Some(arg(args, 0));
    Ok(Value::Undefined)
}

/// `tcpListen(owner, host, port)`: a listening socket's token, or a negative errno.
fn tcp_listen(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let host = match arg(args, 1) {
        Value::Undefined | Value::Null => String::new(),
        v => cx.to_rust_string(v)?,
    };
    let port = port_arg(args, 2);
    let owner = arg(args, 0);
    Ok(result_value(net_state!(cx).listen(owner, &host, port)))
}

/// libuv's `UV_EAI_NONAME`: node reports it as `getaddrinfo ENOTFOUND host`.
const EAI_NONAME: i32 = -3008;

/// `tcpConnect(owner, host, port)`: a connecting socket's token, or a negative
/// errno (`-3008` when the host name does not resolve).
fn tcp_connect(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let host = cx.to_rust_string(arg(args, 1))?;
    let port = port_arg(args, 2);
    let owner = arg(args, 0);
    let addr = match resolve(&host, port).map(|a| a.into_iter().next()) {
        Ok(Some(addr)) => addr,
        _ => return Ok(Value::Number(f64::from(EAI_NONAME))),
    };
    Ok(result_value(net_state!(cx).connect(owner, addr)))
}

/// `tcpWrite(token, data, encoding)`: the bytes of this write still queued (0
/// when the kernel took them all), or a negative errno. `data` may also be an
/// array `[data, encoding, data, encoding, …]` whose parts go out as one write
/// (http.js sends a head and a body so; `writev` too).
fn tcp_write(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let token = token_arg(args);
    let data = arg(args, 1);
    let result = if let Some(view) = cx.buffer_view(data) {
        // A Buffer is written straight from its storage (a shared view, so
        // the loop state can be borrowed meanwhile); only what the kernel
        // does not take is copied, into the queue.
        let net = net_state!(cx);
        view.with(|bytes| net.write(token, bytes))
    } else {
        let bytes = match data {
            Value::Object(list) => {
                let n = length_of(cx, list)?;
                let mut bytes = Vec::new();
                for i in (0..n).step_by(2) {
                    let part = get_index(cx, list, i)?;
                    let encoding = get_index(cx, list, i + 1)?;
                    match cx.buffer_view(part) {
                        Some(view) => view.with(|b| bytes.extend_from_slice(b)),
                        None => cx.push_encoded(part, encoding, &mut bytes)?,
                    }
                }
                bytes
            }
            _ => {
                let mut bytes = Vec::new();
                cx.push_encoded(data, arg(args, 2), &mut bytes)?;
                bytes
            }
        };
        net_state!(cx).write(token, &bytes)
    };
    Ok(match result {
        Ok(queued) => Value::Number(queued as f64),
        Err(errno) => Value::Number(f64::from(errno)),
    })
}

/// `tcpBytesRead(token)`: the bytes read on the connection so far, including
/// those an HTTP parser consumed.
fn tcp_bytes_read(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let n = net_state!(cx).bytes_read(token);
    Ok(Value::Number(n as f64))
}

/// `tcpBytesWritten(token)`: the bytes handed to the connection so far,
/// sent or queued.
fn tcp_bytes_written(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let n = net_state!(cx).bytes_written(token);
    Ok(Value::Number(n as f64))
}

fn tcp_shutdown(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let errno = net_state!(cx).shutdown(token).err().unwrap_or(0);
    Ok(Value::Number(f64::from(errno)))
}

/// `tcpClose(token, owner, reset)`: closes the socket (with an RST when
/// `reset`); a Socket `owner` hears of it in the close phase (`event::CLOSE`),
/// where node emits 'close'. A server passes no owner: its 'close' waits
/// for its connections instead.
fn tcp_close(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let token = token_arg(args);
    let owner = arg(args, 1);
    let reset = matches!(arg(args, 2), Value::Bool(true));
    net_state!(cx).close(token, owner, reset);
    Ok(Value::Undefined)
}

fn tcp_read_start(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    net_state!(cx).set_reading(token, true);
    Ok(Value::Undefined)
}

fn tcp_read_stop(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    net_state!(cx).set_reading(token, false);
    Ok(Value::Undefined)
}

fn tcp_ref(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let token = token_arg(args);
    let refed = matches!(arg(args, 1), Value::Bool(true));
    net_state!(cx).set_refed(token, refed);
    Ok(Value::Undefined)
}

fn tcp_set_no_delay(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let on = !matches!(arg(args, 1), Value::Bool(false));
    if let Some(s) = net_state!(cx).stream_mut(token) {
        // Only a socket already closed by the peer refuses; nothing to report.
        let _ = s.socket.set_nodelay(on);
    }
    Ok(Value::Undefined)
}

/// `tcpAddress(token, peer)`: `[address, family, port]` of this end (or of the
/// peer), or `undefined` when the socket has none.
fn tcp_address(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let peer = matches!(arg(args, 1), Value::Bool(true));
    let net = net_state!(cx);
    let addr = match net.handles.get(&token).map(|h| &h.socket) {
        Some(super::Socket::Listener(l)) if !peer => l.socket.local_addr().ok(),
        Some(super::Socket::Stream(s)) if peer => s.socket.peer_addr().ok(),
        Some(super::Socket::Stream(s)) => s.socket.local_addr().ok(),
        _ => None,
    };
    let Some(addr) = addr else {
        return Ok(Value::Undefined);
    };
    let family = if addr.is_ipv4() { "IPv4" } else { "IPv6" };
    let ip = match addr.ip() {
        // An IPv4 peer of a dual-stack listener, as node shows it.
        std::net::IpAddr::V6(v6) => v6.to_string(),
        ip => ip.to_string(),
    };
    let address = cx.string_value(&ip);
    cx.root(address);
    let family = cx.string_value(family);
    cx.root(family);
    let port = Value::Number(f64::from(addr.port()));
    Ok(Value::Object(cx.new_array(vec![address, family, port])))
}

/// `uvErrName(errno)`: `[code, description]` for a negative errno.
fn uv_err_name(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let raw = match arg(args, 0) {
        Value::Number(n) => -(n as i32),
        _ => 0,
    };
    let (code, description) = if raw == -EAI_NONAME {
        ("ENOTFOUND", "unknown node or service")
    } else {
        describe(raw).unwrap_or(("UNKNOWN", "unknown error"))
    };
    let code = cx.string_value(code);
    cx.root(code);
    let description = cx.string_value(description);
    cx.root(description);
    Ok(Value::Object(cx.new_array(vec![code, description])))
}
