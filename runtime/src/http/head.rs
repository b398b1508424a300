//! The head of a server's response, written natively: the status line, the
//! header lines of `res._headers`, and the framing headers node adds
//! (`Date`, `Connection`, `Content-Length` or `Transfer-Encoding`). http.js
//! calls it once per response, from `ServerResponse#_writeHead`; a tree-walker
//! building the same text with string `+` paid about a fifth of a request.

use nodelet_interp::builtins::date::utc_string;
use std::rc::Rc;

use nodelet_interp::host_api::{HostSite, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use crate::net::net_state;

/// The response's fields the head reads and writes, interned once per
/// interpreter (a name interned at every access costs a hash of its text),
/// each with its inline cache: every response has the same prototype.
struct Names {
    status_code: HostSite,
    status_message: HostSite,
    headers: HostSite,
    send_date: HostSite,
    should_keep_alive: HostSite,
    use_chunked: HostSite,
    has_body: HostSite,
    content_length: HostSite,
    chunked_encoding: HostSite,
    head: HostSite,
    headers_sent: HostSite,
}

/// What the head keeps between responses: the names, http.js's
/// `STATUS_CODES`, and the `Date` text of the current second (node caches
/// it for a second too).
pub(crate) struct HeadState {
    names: Rc<Names>,
    pub(crate) status_codes: Value,
    date_second: f64,
    date: Vec<u8>,
}

impl HeadState {
    pub(super) fn new(cx: &mut Interpreter, status_codes: Value) -> HeadState {
        let names = Names {
            status_code: HostSite::new(cx.intern("statusCode")),
            status_message: HostSite::new(cx.intern("statusMessage")),
            headers: HostSite::new(cx.intern("_headers")),
            send_date: HostSite::new(cx.intern("sendDate")),
            should_keep_alive: HostSite::new(cx.intern("shouldKeepAlive")),
            use_chunked: HostSite::new(cx.intern("_useChunked")),
            has_body: HostSite::new(cx.intern("_hasBody")),
            content_length: HostSite::new(cx.intern("_contentLength")),
            chunked_encoding: HostSite::new(cx.intern("chunkedEncoding")),
            head: HostSite::new(cx.intern("_head")),
            headers_sent: HostSite::new(cx.intern("headersSent")),
        };
        HeadState {
            names: Rc::new(names),
            status_codes,
            date_second: f64::NAN,
            date: Vec::new(),
        }
    }
}

/// What the stored headers say about the framing (node's `_storeHeader`
/// state): which of the headers that change its defaults the user set.
#[derive(Default)]
struct Framing {
    content_length: bool,
    /// The `Transfer-Encoding` value, as `String(value)` gives it.
    transfer_encoding: Option<Vec<u8>>,
    date: bool,
    /// The `Connection` value, as `String(value)` gives it.
    connection: Option<Vec<u8>>,
}

/// `ServerResponse#_writeHead()` (a native method): unless the head went
/// already, writes `res._head` (the head, up to and with its blank line) and
/// sets `headersSent`, and what the head decides: `statusMessage` when unset,
/// `_hasBody` (false for 204, 304 and 1xx), `chunkedEncoding` and
/// `shouldKeepAlive`.
pub(super) fn http_server_head(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(res) = this else {
        return Ok(Value::Undefined);
    };
    let Some(state) = net_state!(cx).http.as_ref().map(|h| &h.head) else {
        return Ok(Value::Undefined);
    };
    let (names, status_codes) = (Rc::clone(&state.names), state.status_codes);
    let header_error = net_state!(cx).http.as_ref().map(|h| h.store.header_error);
    let sent = cx.get_site(res, &names.headers_sent)?;
    if cx.to_boolean(sent) {
        return Ok(Value::Undefined);
    }
    // As node's `writeHead(this.statusCode)`: `statusCode | 0` must be a
    // three-digit code, and is what the response keeps.
    let original = cx.get_site(res, &names.status_code)?;
    let number = cx.to_int32(original)?;
    if !(100..=999).contains(&number) {
        if let Some(thrower) = header_error {
            let kind = Value::Number(super::store::kind::STATUS_CODE);
            cx.call(thrower, Value::Undefined, &[kind, original])?;
        }
        return Ok(Value::Undefined);
    }
    let code = Value::Number(f64::from(number));
    if !matches!(original, Value::Number(n) if n == f64::from(number)) {
        cx.set_site(res, &names.status_code, code)?;
    }
    let no_body = number == 204 || number == 304 || (100..200).contains(&number);
    if no_body {
        cx.set_site(res, &names.has_body, Value::Bool(false))?;
    }
    let mut head = Vec::with_capacity(256);
    head.extend_from_slice(b"HTTP/1.1 ");
    cx.push_latin1(code, &mut head)?;
    head.push(b' ');
    let mut message = cx.get_site(res, &names.status_message)?;
    if matches!(message, Value::Undefined) {
        // `STATUS_CODES[code] || 'unknown'`.
        message = match status_codes {
            Value::Object(codes) => {
                let mut key = Vec::new();
                cx.push_latin1(code, &mut key)?;
                cx.get_named(codes, &String::from_utf8_lossy(&key))?
            }
            _ => Value::Undefined,
        };
        if !cx.to_boolean(message) {
            message = cx.string_value("unknown");
        }
        cx.set_site(res, &names.status_message, message)?;
    }
    cx.push_latin1(message, &mut head)?;
    head.extend_from_slice(b"\r\n");

    let headers = cx.get_site(res, &names.headers)?;
    let framing = header_lines(cx, headers, &mut head)?;

    let send_date = cx.get_site(res, &names.send_date)?;
    if cx.to_boolean(send_date) && !framing.date {
        head.extend_from_slice(b"Date: ");
        push_date(cx, &mut head)?;
        head.extend_from_slice(b"\r\n");
    }
    let keep_alive = cx.get_site(res, &names.should_keep_alive)?;
    let use_chunked = cx.get_site(res, &names.use_chunked)?;
    let use_chunked = cx.to_boolean(use_chunked);
    let mut close = false;
    match &framing.connection {
        None => {
            if cx.to_boolean(keep_alive) && (framing.content_length || use_chunked) {
                head.extend_from_slice(b"Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n");
            } else {
                close = true;
                head.extend_from_slice(b"Connection: close\r\n");
            }
        }
        Some(value) => close = contains_ignoring_case(value, b"close"),
    }
    let mut chunked = None;
    if !framing.content_length && framing.transfer_encoding.is_none() {
        let has_body = cx.get_site(res, &names.has_body)?;
        let length = cx.get_site(res, &names.content_length)?;
        if !cx.to_boolean(has_body) {
            chunked = Some(false);
        } else if let Value::Number(_) = length {
            head.extend_from_slice(b"Content-Length: ");
            cx.push_latin1(length, &mut head)?;
            head.extend_from_slice(b"\r\n");
        } else if use_chunked {
            head.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
            chunked = Some(true);
        } else {
            close = true;
        }
    } else if let Some(value) = &framing.transfer_encoding {
        chunked = Some(contains_ignoring_case(value, b"chunked"));
    }
    head.extend_from_slice(b"\r\n");

    if close {
        cx.set_site(res, &names.should_keep_alive, Value::Bool(false))?;
    }
    if let Some(chunked) = chunked {
        cx.set_site(res, &names.chunked_encoding, Value::Bool(chunked))?;
    }
    let head = cx.latin1_string(head);
    cx.set_site(res, &names.head, head)?;
    cx.set_site(res, &names.headers_sent, Value::Bool(true))?;
    Ok(Value::Undefined)
}

/// `httpHeaderLines(headers)`: the header lines of a stored-header `Map`, as
/// the server's head writes them (a client request's head uses it too).
pub(super) fn http_header_lines(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let mut lines = Vec::new();
    header_lines(cx, nodelet_interp::builtins::arg(args, 0), &mut lines)?;
    Ok(cx.latin1_string(lines))
}

/// Appends the `Date` header's text: the time `Date.now()` would give (the
/// virtual clock's under `--virtual-time`) to the second, as `toUTCString`
/// writes it.
fn push_date(cx: &mut Interpreter, head: &mut Vec<u8>) -> JsResult<()> {
    let Some(s) = crate::event_loop::state(cx) else {
        return Ok(());
    };
    let second = (crate::event_loop::wall_clock_ms(&s.clock) / 1000.0).floor();
    let Some(state) = s.net.http.as_mut().map(|h| &mut h.head) else {
        return Ok(());
    };
    if state.date_second != second {
        state.date_second = second;
        state.date = utc_string(second * 1000.0).into_bytes();
    }
    head.extend_from_slice(&state.date);
    Ok(())
}

/// Appends a line per stored header (`_headers`: lower-case key ->
/// `[name as given, value or array of values]`), an array giving one line
/// per element, and notes the headers that change the framing.
fn header_lines(cx: &mut Interpreter, headers: Value, head: &mut Vec<u8>) -> JsResult<Framing> {
    let mut framing = Framing::default();
    let Value::Object(map) = headers else {
        return Ok(framing);
    };
    for (key, entry) in cx.map_entries(map).unwrap_or_default() {
        let Some(entry) = cx.array_elements(entry) else {
            continue;
        };
        let name = entry.first().copied().unwrap_or(Value::Undefined);
        let value = entry.get(1).copied().unwrap_or(Value::Undefined);
        match cx.array_elements(value) {
            Some(values) => {
                for v in values {
                    push_line(cx, head, name, v)?;
                }
            }
            None => push_line(cx, head, name, value)?,
        }
        if cx.is_ascii_string(key, "content-length") {
            framing.content_length = true;
        } else if cx.is_ascii_string(key, "date") {
            framing.date = true;
        } else if cx.is_ascii_string(key, "transfer-encoding") {
            framing.transfer_encoding = Some(text(cx, value)?);
        } else if cx.is_ascii_string(key, "connection") {
            framing.connection = Some(text(cx, value)?);
        }
    }
    Ok(framing)
}

/// `String(value)` as latin1 bytes.
fn text(cx: &mut Interpreter, value: Value) -> JsResult<Vec<u8>> {
    let mut out = Vec::new();
    cx.push_latin1(value, &mut out)?;
    Ok(out)
}

fn push_line(cx: &mut Interpreter, head: &mut Vec<u8>, name: Value, value: Value) -> JsResult<()> {
    cx.push_latin1(name, head)?;
    head.extend_from_slice(b": ");
    cx.push_latin1(value, head)?;
    head.extend_from_slice(b"\r\n");
    Ok(())
}

/// `/word/i.test(text)` for an ASCII `word`.
fn contains_ignoring_case(text: &[u8], word: &[u8]) -> bool {
    text.windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::contains_ignoring_case;

    #[test]
    fn finds_words_in_any_case() {
        assert!(contains_ignoring_case(b"Keep-Alive, Close", b"close"));
        assert!(contains_ignoring_case(b"gzip, CHUNKED", b"chunked"));
        assert!(!contains_ignoring_case(b"keep-alive", b"close"));
        assert!(!contains_ignoring_case(b"", b"close"));
    }
}
