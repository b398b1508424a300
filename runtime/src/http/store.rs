//! `setHeader`, the header store's hot path, as a native method of
//! `OutgoingMessage`: it checks the name and value as node's validators do
//! and stores `[name, value]` under the lower-case key in `_headers`, the
//! `Map` http.js reads back and head.rs writes out. The errors are made by
//! http.js's `headerError`, so their text lives in one place.

use nodelet_interp::builtins::arg;
use std::rc::Rc;

use nodelet_interp::host_api::{HostSite, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use crate::net::net_state;

/// The fields `setHeader` reads, interned once with their inline caches,
/// and http.js's error maker.
pub(crate) struct StoreState {
    sites: Rc<Sites>,
    /// `headerError(kind, name, value)`: throws node's error for `kind`.
    pub(crate) header_error: Value,
}

struct Sites {
    headers: HostSite,
    headers_sent: HostSite,
}

impl StoreState {
    pub(super) fn new(cx: &mut Interpreter, header_error: Value) -> StoreState {
        let sites = Sites {
            headers: HostSite::new(cx.intern("_headers")),
            headers_sent: HostSite::new(cx.intern("headersSent")),
        };
        StoreState {
            sites: Rc::new(sites),
            header_error,
        }
    }
}

/// The kinds of `headerError`, as http.js numbers them.
pub(super) mod kind {
    pub const SENT: f64 = 0.0;
    pub const BAD_NAME: f64 = 1.0;
    pub const NO_VALUE: f64 = 2.0;
    pub const BAD_VALUE: f64 = 3.0;
    /// head.rs's: a status code outside 100..999.
    pub const STATUS_CODE: f64 = 4.0;
}

/// `message.setHeader(name, value)`.
pub(super) fn http_set_header(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(state) = net_state!(cx).http.as_ref().map(|h| &h.store) else {
        return Ok(this);
    };
    let (sites, header_error) = (Rc::clone(&state.sites), state.header_error);
    let Value::Object(message) = this else {
        return Ok(this);
    };
    let (name, value) = (arg(args, 0), arg(args, 1));
    let fail = |cx: &mut Interpreter, kind: f64| {
        cx.call(
            header_error,
            Value::Undefined,
            &[Value::Number(kind), name, value],
        )
        .map(|_| this)
    };
    let sent = cx.get_site(message, &sites.headers_sent)?;
    if cx.to_boolean(sent) {
        return fail(cx, kind::SENT);
    }
    let valid_name = matches!(name, Value::String(_))
        && cx.all_units(name, is_token_unit)?
        && !cx.is_ascii_string(name, "");
    if !valid_name {
        return fail(cx, kind::BAD_NAME);
    }
    if matches!(value, Value::Undefined) {
        return fail(cx, kind::NO_VALUE);
    }
    if !matches!(value, Value::Number(_)) && !cx.all_units(value, is_value_unit)? {
        return fail(cx, kind::BAD_VALUE);
    }
    // A token is ASCII: its latin1 bytes are its text.
    let mut key = Vec::new();
    cx.push_latin1(name, &mut key)?;
    key.make_ascii_lowercase();
    let mark = cx.root_mark();
    let stored = store(cx, message, &sites.headers, key, [name, value]);
    cx.unroot_to(mark);
    stored.map(|()| this)
}

/// `message._headers.set(key, [name, value])`, with what it makes rooted.
fn store(
    cx: &mut Interpreter,
    message: ObjRef,
    headers: &HostSite,
    key: Vec<u8>,
    entry: [Value; 2],
) -> JsResult<()> {
    let key = cx.latin1_string(key);
    let key = cx.root(key);
    let entry = Value::Object(cx.new_array(entry.to_vec()));
    let entry = cx.root(entry);
    if let Value::Object(headers) = cx.get_site(message, headers)? {
        cx.map_set(headers, key, entry)?;
    }
    Ok(())
}

/// A unit of an HTTP token (node's `checkIsHttpToken`).
pub(super) fn is_token_unit(u: u16) -> bool {
    u8::try_from(u).is_ok_and(|b| b.is_ascii_alphanumeric() || b"^_`-!#$%&'*+.|~".contains(&b))
}

/// A unit of a header value: tab, visible ASCII and the latin1 range, no
/// control characters (node's `checkInvalidHeaderChar`).
pub(super) fn is_value_unit(u: u16) -> bool {
    u == 0x09 || (0x20..=0x7e).contains(&u) || (0x80..=0xff).contains(&u)
}
