//! Phase 4, HTTP: the native half of `http`. A connection's reads go to a
//! [`parser::MessageParser`] (heads read by the `httparse` crate, bodies
//! framed by `Content-Length`, chunks or the close) instead of to net.js;
//! `consume.rs` hands what it finds to `lib/http.js`, one call per head, body
//! piece and message end, as node's C parser does for its JavaScript. The
//! response's hot methods are native too: `setHeader` (`store.rs`), the head
//! (`head.rs`) and the common `end(body)` (`end.rs`).

mod consume;
mod end;
mod head;
mod headers;
mod parser;
mod store;

pub(crate) use consume::{deliver, on_end, on_read, Consumer, HOLD_LIMIT};

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{HostFn, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

/// The most header lines a head may have (node's default `maxHeadersCount`
/// is 2000; a head this large is also over the 16 KiB size limit).
pub(crate) const MAX_HEADERS: usize = 256;

/// What the native half keeps per interpreter, made by `httpInit`.
pub(crate) struct HttpState {
    pub(crate) events: std::rc::Rc<consume::EventNames>,
    pub(crate) head: head::HeadState,
    pub(crate) store: store::StoreState,
    pub(crate) end: std::rc::Rc<end::EndNames>,
}

impl HttpState {
    /// The values it holds, which the collector must keep.
    pub(crate) fn roots(&self) -> [Value; 4] {
        [
            self.head.status_codes,
            self.store.header_error,
            self.end.close_tick,
            self.end.req_close_tick,
        ]
    }
}

/// `httpInit(statusCodes, headerError)`: http.js's `STATUS_CODES` (the
/// default status messages of response heads) and the maker of
/// `setHeader`'s errors.
fn http_init(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let state = HttpState {
        events: std::rc::Rc::new(consume::EventNames::new(cx)),
        head: head::HeadState::new(cx, arg(args, 0)),
        store: store::StoreState::new(cx, arg(args, 1)),
        end: std::rc::Rc::new(end::EndNames::new(cx)),
    };
    match crate::event_loop::state(cx) {
        Some(s) => s.net.http = Some(state),
        None => return Err(cx.plain_error("http: the event loop is not running")),
    }
    Ok(Value::Undefined)
}

/// Adds the HTTP hooks to `binding`.
pub(crate) fn add_hooks(cx: &mut Interpreter, binding: ObjRef) {
    let hooks: [(&str, HostFn, u32); 13] = [
        ("httpEnd", end::http_end, 4),
        ("httpCloseSoon", end::http_close_soon, 2),
        ("httpHeaderLines", head::http_header_lines, 1),
        ("httpValidText", valid_text, 2),
        ("httpServerHead", head::http_server_head, 0),
        ("httpSetHeader", store::http_set_header, 2),
        ("httpInit", http_init, 2),
        ("httpConsume", consume::http_consume, 4),
        ("httpNext", consume::http_next, 1),
        ("httpPause", consume::http_pause, 2),
        ("httpBuffered", consume::http_buffered, 1),
        ("httpRelease", consume::http_release, 1),
        ("httpHeadersObject", headers::http_headers_object, 1),
    ];
    for (name, f, len) in hooks {
        cx.host_method(binding, name, f, len);
    }
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
    let test = if matches!(arg(args, 1), Value::Bool(true)) {
        store::is_token_unit
    } else {
        store::is_value_unit
    };
    let valid = cx.all_units(arg(args, 0), test)?;
    Ok(Value::Bool(valid))
}
