//! Phase 4, HTTP on a socket: a connection whose reads go to a
//! [`MessageParser`] instead of to net.js, as node's `parser.consume(handle)`
//! does. http.js asks for it once per connection (`httpConsume`); from then on
//! each chunk a socket reads is parsed here, and http.js hears of heads, body
//! pieces and message ends through its dispatcher, one call each, with no
//! stream machinery in between. The socket's end and errors still go to
//! net.js.
//!
//! Two switches hold the events back: a server answers one request at a time,
//! so after each message the parser waits for `httpNext`; and a request body
//! nobody reads is held with `httpPause(token, true)` until
//! `httpPause(token, false)` (backpressure). While held with a full buffer,
//! the socket is not read.

use nodelet_interp::builtins::arg;
use std::rc::Rc;

use nodelet_interp::host_api::{Atom, CallError, HostSite, JsResult, ObjRef};
use nodelet_interp::Exc;
use nodelet_interp::{Interpreter, Value};

use super::headers::headers_object;
use super::parser::{BodyKind, Event, MessageParser};
use crate::event_loop::state;
use crate::net::binding::token_arg;
use crate::net::{net_state, Token};

/// Reading stops while a held parser has this much buffered (libuv's read
/// size: one more read could double it).
pub(crate) const HOLD_LIMIT: usize = 64 * 1024;

/// The methods of http.js's connection object (the owner) that hear the
/// parser's events, interned once:
/// - `_onHead(methodOrStatus, urlOrReason, minorVersion, rawHeaders, body,
///   flags)`, `body` 0 for none, 1 for a length or chunks, 2 for up to the
///   close, and `flags` what the headers say (`head_flags`);
/// - `_onBody(buffer)`;
/// - `_onComplete(rawTrailers, trailers)`, no arguments when there are none;
/// - `_onParseError(status, code)`: the status a server answers (400 or
///   431), and llhttp's error code.
///
/// Each with its inline cache: every connection object has the same
/// prototype.
pub(crate) struct EventNames {
    on_head: HostSite,
    on_body: HostSite,
    on_complete: HostSite,
    on_parse_error: HostSite,
    /// The strings of [`COMMON_METHODS`], interned once.
    methods: [Atom; COMMON_METHODS.len()],
}

impl EventNames {
    pub(super) fn new(cx: &mut Interpreter) -> EventNames {
        EventNames {
            on_head: HostSite::new(cx.intern("_onHead")),
            on_body: HostSite::new(cx.intern("_onBody")),
            on_complete: HostSite::new(cx.intern("_onComplete")),
            on_parse_error: HostSite::new(cx.intern("_onParseError")),
            methods: COMMON_METHODS.map(|m| cx.intern(m)),
        }
    }
}

/// The parser a socket feeds, and who hears its events.
pub(crate) struct Consumer {
    pub parser: MessageParser,
    /// http.js's connection object.
    pub owner: Value,
    /// http.js holds the body back (`httpPause`).
    pub held: bool,
    /// A server's message completed: the next waits for `httpNext`.
    pub waiting: bool,
}

impl Consumer {
    /// Whether events are held back, so reads should stop once the buffer is
    /// full.
    pub fn blocked(&self) -> bool {
        self.held || self.waiting
    }
}

/// Feeds a read to the socket's parser and delivers what it makes.
pub(crate) fn on_read(cx: &mut Interpreter, token: Token, bytes: &[u8]) -> Result<(), CallError> {
    if let Some(c) = state(cx).and_then(|s| s.net.consumer_mut(token)) {
        c.parser.feed(bytes);
    }
    deliver(cx, token)
}

/// The end of the socket's stream: a response read up to the close is
/// complete.
pub(crate) fn on_end(cx: &mut Interpreter, token: Token) -> Result<(), CallError> {
    let Some(s) = state(cx) else { return Ok(()) };
    let Some(c) = s.net.consumer_mut(token) else {
        return Ok(());
    };
    if let Some(done) = c.parser.finish() {
        let owner = c.owner;
        if let Err(e) = send(cx, owner, done) {
            return Err(cx.call_error(e));
        }
    }
    Ok(())
}

/// Delivers the parser's events from the loop (see [`deliver_events`]).
pub(crate) fn deliver(cx: &mut Interpreter, token: Token) -> Result<(), CallError> {
    match deliver_events(cx, token) {
        Ok(()) => Ok(()),
        Err(e) => Err(cx.call_error(e)),
    }
}

/// Delivers the parser's events until it runs dry or is held back.
fn deliver_events(cx: &mut Interpreter, token: Token) -> Result<(), Exc> {
    loop {
        // Every event may run JavaScript that closes the socket or pauses
        // the parser: look again each time.
        let Some(s) = state(cx) else { return Ok(()) };
        let Some(c) = s.net.consumer_mut(token) else {
            return Ok(());
        };
        if c.blocked() {
            return Ok(());
        }
        let Some(ev) = c.parser.next_event() else {
            return Ok(());
        };
        if matches!(ev, Event::Complete(_)) && !c.parser.is_response() {
            c.waiting = true;
        }
        let owner = c.owner;
        send(cx, owner, ev)?;
    }
}

/// Calls http.js's dispatcher with one event. Called from the loop as well as
/// from inside `httpNext`: the values it roots are released when it returns,
/// or every request would leave its head rooted for good.
fn send(cx: &mut Interpreter, owner: Value, ev: Event) -> Result<(), Exc> {
    let mark = cx.root_mark();
    let result = send_rooted(cx, owner, ev);
    cx.unroot_to(mark);
    result
}

/// Request methods common enough to keep as interned strings.
const COMMON_METHODS: [&str; 7] = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"];

fn send_rooted(cx: &mut Interpreter, owner: Value, ev: Event) -> Result<(), Exc> {
    let Some(names) = state(cx)
        .and_then(|s| s.net.http.as_ref())
        .map(|h| Rc::clone(&h.events))
    else {
        return Ok(());
    };
    let Value::Object(target) = owner else {
        return Ok(());
    };
    // The values made here are passed on with no JavaScript in between, so
    // no collection runs before the call roots them; the arrays are rooted
    // as they are built, since building them allocates.
    let (method, args) = match ev {
        Event::Head(head) => {
            let first = if head.first.bytes().all(|b| b.is_ascii_digit()) {
                Value::Number(head.first.parse::<f64>().unwrap_or(0.0))
            } else if let Some(&method) = COMMON_METHODS
                .iter()
                .position(|m| *m == head.first)
                .and_then(|i| names.methods.get(i))
            {
                // The same few method names arrive on every request: their
                // strings are interned once instead of made each time. (Not
                // any method: a client could otherwise grow the atom table.)
                cx.atom_value(method)
            } else {
                cx.string_value(&head.first)
            };
            cx.root(first);
            let second = cx.string_value(&head.second);
            cx.root(second);
            let values = value_strings(cx, &head.headers);
            let raw = raw_headers(cx, &head.headers, &values);
            let raw = cx.root(raw);
            let args = vec![
                first,
                second,
                Value::Number(f64::from(head.minor)),
                raw,
                Value::Number(match head.body {
                    BodyKind::None => 0.0,
                    BodyKind::Framed => 1.0,
                    BodyKind::UntilClose => 2.0,
                }),
                Value::Number(f64::from(head_flags(head.minor, &head.headers))),
            ];
            (&names.on_head, args)
        }
        Event::Body(bytes) => {
            let chunk = cx.new_buffer(bytes);
            (&names.on_body, vec![chunk])
        }
        Event::Complete(trailers) if trailers.is_empty() => (&names.on_complete, Vec::new()),
        Event::Complete(trailers) => {
            let values = value_strings(cx, &trailers);
            let raw = raw_headers(cx, &trailers, &values);
            let raw = cx.root(raw);
            let headers = headers_object(cx, &trailers, &values);
            (&names.on_complete, vec![raw, headers])
        }
        Event::Error(why) => {
            let code = cx.string_value(why.code());
            let args = vec![Value::Number(f64::from(why.status())), code];
            (&names.on_parse_error, args)
        }
    };
    let f = cx.get_site(target, method)?;
    cx.call(f, owner, &args)?;
    Ok(())
}

/// `_onHead`'s `flags`: what a server decides from the headers before it
/// makes the `headers` object, or instead of making it (the object is made on
/// first use, as node's getter does):
/// - [`HEAD_HOST`]: a `Host` header came (HTTP/1.1 requires one);
/// - [`HEAD_CONTINUE`]: `Expect` says `100-continue`;
/// - [`HEAD_KEEP_ALIVE`]: the connection stays open after the answer, as
///   node decides: HTTP/1.0 only with `Connection: keep-alive`, HTTP/1.1
///   unless `Connection` says `close`. The tests are node's regular
///   expressions (`/keep-alive/i`, `/close/i`, `/100-continue/i`) on each
///   value; on the values joined with `, ` as `headers` joins them they
///   would find the same.
fn head_flags(minor: u8, headers: &[(String, String)]) -> u32 {
    let values = |name: &'static str| {
        headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    let mut flags = 0;
    if values("host").next().is_some() {
        flags |= HEAD_HOST;
    }
    if values("expect").any(|v| v.contains("100-continue")) {
        flags |= HEAD_CONTINUE;
    }
    let mut connection = values("connection").peekable();
    let keep_alive = if connection.peek().is_none() {
        minor != 0
    } else if minor == 0 {
        connection.any(|v| v.contains("keep-alive"))
    } else {
        !connection.any(|v| v.contains("close"))
    };
    if keep_alive {
        flags |= HEAD_KEEP_ALIVE;
    }
    flags
}

/// The bits of `_onHead`'s `flags` (http.js has the same numbers).
pub(crate) const HEAD_HOST: u32 = 1;
pub(crate) const HEAD_CONTINUE: u32 = 2;
pub(crate) const HEAD_KEEP_ALIVE: u32 = 4;

/// The strings of the pairs' values, rooted: `rawHeaders` and `headers`
/// share them.
fn value_strings(cx: &mut Interpreter, headers: &[(String, String)]) -> Vec<Value> {
    headers
        .iter()
        .map(|(_, value)| {
            let v = cx.string_value(value);
            cx.root(v)
        })
        .collect()
}

/// Names and values as node's `rawHeaders`: one flat array.
fn raw_headers(cx: &mut Interpreter, headers: &[(String, String)], values: &[Value]) -> Value {
    let mut raw = Vec::with_capacity(headers.len() * 2);
    for ((name, _), &value) in headers.iter().zip(values) {
        let n = cx.string_value(name);
        raw.push(cx.root(n));
        raw.push(value);
    }
    Value::Object(cx.new_array(raw))
}

/// `httpConsume(token, owner, isResponse, noBody)`: the socket's reads go to
/// a new parser whose events go to `owner` (`noBody`: the response answers a
/// `HEAD`). Returns false for a closed socket.
pub(super) fn http_consume(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let mut parser = MessageParser::new(matches!(arg(args, 2), Value::Bool(true)));
    parser.expect_no_body(matches!(arg(args, 3), Value::Bool(true)));
    let consumer = Consumer {
        parser,
        owner: arg(args, 1),
        held: false,
        waiting: false,
    };
    Ok(Value::Bool(net_state!(cx).set_consumer(token, consumer)))
}

/// `httpNext(token)`: the server answered; a request that came meanwhile is
/// delivered at once, inside this call (as node's parser does when the
/// previous response finishes), and reading goes on.
pub(super) fn http_next(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let Some(c) = net_state!(cx).consumer_mut(token) else {
        return Ok(Value::Undefined);
    };
    c.waiting = false;
    if c.parser.buffered() == 0 {
        return Ok(Value::Undefined);
    }
    deliver_events(cx, token)?;
    net_state!(cx).queue_parse(token);
    Ok(Value::Undefined)
}

/// `httpPause(token, paused)`: hold the body back, or let it flow again.
pub(super) fn http_pause(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let net = net_state!(cx);
    let token = token_arg(args);
    let held = matches!(arg(args, 1), Value::Bool(true));
    if let Some(c) = net.consumer_mut(token) {
        let was = c.held;
        c.held = held;
        if was && !held {
            net.queue_parse(token);
        }
    }
    Ok(Value::Undefined)
}

/// `httpRelease(token)`: the socket's reads go to net.js again (a client's
/// socket back in its agent's pool).
pub(super) fn http_release(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    net_state!(cx).take_consumer(token_arg(args));
    Ok(Value::Undefined)
}

/// `httpBuffered(token)`: bytes received and not parsed yet (a request that
/// came after the one being answered, or part of one).
pub(super) fn http_buffered(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let token = token_arg(args);
    let n = net_state!(cx)
        .consumer_mut(token)
        .map_or(0, |c| c.parser.buffered());
    Ok(Value::Number(n as f64))
}
