//! Phase 4, HTTP heads: the native half of `http`. `lib/http.js` keeps each
//! connection's bytes (as one-character-per-byte strings) and asks [`parse`]
//! whether a whole request or response head has arrived; the `httparse` crate
//! reads it. Bodies (`Content-Length`, chunked) are framed in http.js.

mod consume;
mod parser;

pub(crate) use consume::{deliver, on_end, on_read, Consumer, HOLD_LIMIT};

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{HostFn, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

/// The most header lines a head may have (node's default `maxHeadersCount`
/// is 2000; a head this large is also over the 16 KiB size limit).
pub(crate) const MAX_HEADERS: usize = 256;

/// `httpParse` results that are not a head.
const PARTIAL: f64 = 0.0;
const MALFORMED: f64 = -1.0;
const TOO_MANY_HEADERS: f64 = -2.0;

/// Adds the HTTP hooks to `binding`.
pub(crate) fn add_hooks(cx: &mut Interpreter, binding: ObjRef) {
    let hooks: [(&str, HostFn, u32); 7] = [
        ("httpParse", parse, 2),
        ("httpValidText", valid_text, 2),
        ("httpInit", consume::http_init, 1),
        ("httpConsume", consume::http_consume, 4),
        ("httpNext", consume::http_next, 1),
        ("httpPause", consume::http_pause, 2),
        ("httpBuffered", consume::http_buffered, 1),
    ];
    for (name, f, len) in hooks {
        cx.host_method(binding, name, f, len);
    }
}

/// `httpParse(bytes, isResponse)`: for a whole head, `[headLength, method or
/// status, url or reason, minorVersion, rawHeaders]`; `0` while the head is
/// incomplete, `-1` when it is malformed, `-2` when it has too many headers.
/// `bytes` holds one byte per character.
fn parse(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let text = cx.to_rust_string(arg(args, 0))?;
    let bytes: Vec<u8> = if text.is_ascii() {
        text.into_bytes()
    } else {
        text.chars().map(|c| c as u32 as u8).collect()
    };
    let response = matches!(arg(args, 1), Value::Bool(true));
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let head = if response {
        let mut res = httparse::Response::new(&mut headers);
        match res.parse(&bytes) {
            Ok(httparse::Status::Complete(len)) => Head {
                len,
                first: Value::Number(f64::from(res.code.unwrap_or(0))),
                second: res.reason.unwrap_or("").to_string(),
                minor: res.version.unwrap_or(1),
                headers: collect(res.headers),
            },
            Ok(httparse::Status::Partial) => return Ok(Value::Number(PARTIAL)),
            Err(e) => return Ok(error_value(e)),
        }
    } else {
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&bytes) {
            Ok(httparse::Status::Complete(len)) => {
                let method = req.method.unwrap_or("GET").to_string();
                Head {
                    len,
                    first: cx.string_value(&method),
                    second: req.path.unwrap_or("/").to_string(),
                    minor: req.version.unwrap_or(1),
                    headers: collect(req.headers),
                }
            }
            Ok(httparse::Status::Partial) => return Ok(Value::Number(PARTIAL)),
            Err(e) => return Ok(error_value(e)),
        }
    };
    cx.root(head.first);
    let second = cx.string_value(&head.second);
    cx.root(second);
    let mut raw = Vec::with_capacity(head.headers.len() * 2);
    for (name, value) in &head.headers {
        let n = cx.string_value(name);
        raw.push(cx.root(n));
        let v = cx.string_value(value);
        raw.push(cx.root(v));
    }
    let raw = Value::Object(cx.new_array(raw));
    cx.root(raw);
    let items = vec![
        Value::Number(head.len as f64),
        head.first,
        second,
        Value::Number(f64::from(head.minor)),
        raw,
    ];
    Ok(Value::Object(cx.new_array(items)))
}

/// `httpValidText(text, isToken)`: whether `text` is a valid header name (an
/// HTTP token) or, with `isToken` false, a valid header value (tab, visible
/// ASCII and the latin1 range; no control characters).
fn valid_text(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let text = cx.to_rust_string(arg(args, 0))?;
    let valid = if matches!(arg(args, 1), Value::Bool(true)) {
        text.chars()
            .all(|c| c.is_ascii_alphanumeric() || "^_`-!#$%&'*+.|~".contains(c))
    } else {
        text.chars()
            .all(|c| c == '\t' || (' '..='~').contains(&c) || ('\u{80}'..='\u{ff}').contains(&c))
    };
    Ok(Value::Bool(valid))
}

/// A parsed head before it becomes JavaScript values.
struct Head {
    len: usize,
    first: Value,
    second: String,
    minor: u8,
    headers: Vec<(String, String)>,
}

/// Header names and values; values keep their bytes one per character, as
/// node's `latin1` reading of a head does.
fn collect(headers: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|h| {
            let value: String = h.value.iter().map(|&b| char::from(b)).collect();
            (h.name.to_string(), value)
        })
        .collect()
}

fn error_value(e: httparse::Error) -> Value {
    match e {
        httparse::Error::TooManyHeaders => Value::Number(TOO_MANY_HEADERS),
        _ => Value::Number(MALFORMED),
    }
}
