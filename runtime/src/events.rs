//! `EventEmitter.prototype.emit`, done natively for the common case: the
//! listeners of a named event, called in order with the emitter as `this`.
//! Every socket, stream and HTTP message emits through it several times per
//! chunk or request, so it is the one events.js function worth the Rust.
//! Anything unusual (an `'error'` event, a strange `_events`) goes to the
//! JavaScript `emit` in events.js, which stays the definition of the rules.

use nodelet_interp::host_api::{JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

/// The internal slots of the object a native `emit` keeps as its data.
const SLOW_EMIT: usize = 0;
const EVENTS_KEY: usize = 1;
const ERROR_KEY: usize = 2;

/// `eventsEmit(slowEmit)`: the native `emit`, which hands the cases it does
/// not handle to `slowEmit` (same arguments, same `this`).
pub(crate) fn make_emit(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let slow = nodelet_interp::builtins::arg(args, 0);
    if !cx.is_callable(slow) {
        return Err(cx.type_error("eventsEmit: the fallback emit must be a function"));
    }
    let events_key = cx.interned_string("_events");
    let error_key = cx.interned_string("error");
    let data = cx.new_slots(vec![slow, events_key, error_key]);
    let f = cx.make_native_with_data("emit", emit, 1, Value::Object(data));
    Ok(Value::Object(f))
}

/// `emitter.emit(type, ...args)`: calls each listener of `type` with `args`
/// and returns whether there was one. The listeners are read before the first
/// is called, so a listener added or removed during the emit does not change
/// who hears this one (as node's `arrayClone`).
fn emit(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Object(data) = cx.native_data() else {
        return Err(cx.type_error("emit: not made by eventsEmit"));
    };
    // Only a string or symbol event is handled here: its property key is
    // found without running any script, and compares with `'error'` as
    // `===` would (interned names are equal exactly when their atoms are).
    let (Value::Object(emitter), Some(&event @ (Value::String(_) | Value::Symbol(_)))) =
        (this, args.first())
    else {
        return emit_slow(cx, data, this, args);
    };
    let key = cx.to_property_key(event)?;
    let error_key = cx.host_slot(data, ERROR_KEY);
    if key == cx.to_property_key(error_key)? {
        return emit_slow(cx, data, this, args);
    }
    let events_key = cx.host_slot(data, EVENTS_KEY);
    let events_key = cx.to_property_key(events_key)?;
    let events = cx.get(emitter, events_key)?;
    let events = match events {
        Value::Undefined => return Ok(Value::Bool(false)),
        Value::Object(o) => o,
        _ => return emit_slow(cx, data, this, args),
    };
    let handler = cx.get(events, key)?;
    let rest = args.get(1..).unwrap_or_default();
    if matches!(handler, Value::Undefined) {
        return Ok(Value::Bool(false));
    }
    if cx.is_callable(handler) {
        cx.root(handler);
        cx.call(handler, this, rest)?;
        return Ok(Value::Bool(true));
    }
    // Several listeners: an array, copied first. Anything that is not a plain
    // array of functions is left to the JavaScript, which fails as node does.
    let Some(listeners) = cx.array_elements(handler) else {
        return emit_slow(cx, data, this, args);
    };
    if !listeners.iter().all(|&l| cx.is_callable(l)) {
        return emit_slow(cx, data, this, args);
    }
    // The copy is rooted: a listener may remove the others from the array
    // (a `once` wrapper removes itself) and the collector may run meanwhile.
    for &l in &listeners {
        cx.root(l);
    }
    for l in listeners {
        cx.call(l, this, rest)?;
    }
    Ok(Value::Bool(true))
}

/// Hands an `emit` the native one does not handle to events.js's `emit`.
fn emit_slow(cx: &mut Interpreter, data: ObjRef, this: Value, args: &[Value]) -> JsResult<Value> {
    let slow = cx.host_slot(data, SLOW_EMIT);
    cx.call(slow, this, args)
}
