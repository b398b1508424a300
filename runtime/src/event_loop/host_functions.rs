//! The loop's functions as scripts see them: `setTimeout`, `setInterval`,
//! `setImmediate` and their `clear*` functions, the `Timeout` and `Immediate`
//! objects they return, `process.nextTick`, `performance.now`, and under
//! `--virtual-time` the seeded `Math.random` and virtual `Date.now`.
//!
//! A `Timeout` or `Immediate` is a host object that keeps everything about
//! itself in its internal slots (callback, delay, flags, arguments), so it can
//! be refreshed after it fired and costs one allocation besides the object; the
//! loop's queues only hold the objects. Delays
//! follow node (`lib/internal/timers.js`): anything not in 1..=2^31-1 becomes 1.

use std::rc::Rc;

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{CallError, HostFn, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use super::{state, HostShapes, LoopOptions, LoopState};

/// The longest delay node accepts (`TIMEOUT_MAX`, 2^31 - 1 ms).
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// `Date.now()` at virtual time zero: 2025-01-01T00:00:00Z.
const VIRTUAL_EPOCH_MS: f64 = 1_735_689_600_000.0;

// The internal slots of a `Timeout` or `Immediate` (its "record"), by index.
const REC_CALLBACK: usize = 0;
const REC_DELAY: usize = 1;
const REC_REPEAT: usize = 2;
const REC_REFED: usize = 3;
/// The timer's slot in the heap while scheduled (an immediate: 1 while queued),
/// else -1.
const REC_SLOT: usize = 4;
const REC_CLEARED: usize = 5;
const REC_ID: usize = 6;
const REC_ARGS: usize = 7;

pub(crate) fn install(cx: &mut Interpreter, options: LoopOptions) {
    let object_proto = cx.realm.object_proto;
    let timeout_proto = cx.new_object_with_proto(object_proto);
    let immediate_proto = cx.new_object_with_proto(object_proto);
    if let Some(s) = state(cx) {
        s.shapes = Some(HostShapes {
            timeout_proto,
            immediate_proto,
        });
    }
    for (name, proto) in [("Timeout", timeout_proto), ("Immediate", immediate_proto)] {
        let ctor = cx.make_native_with_data(name, no_construct, 0, Value::Undefined);
        cx.define_hidden(proto, "constructor", Value::Object(ctor));
    }
    let methods: [(&str, HostFn, u32); 5] = [
        ("ref", timeout_ref, 0),
        ("unref", timeout_unref, 0),
        ("hasRef", has_ref, 0),
        ("refresh", refresh, 0),
        ("close", close, 0),
    ];
    for (name, f, len) in methods {
        cx.host_method(timeout_proto, name, f, len);
    }
    let to_primitive = cx.symbol_to_primitive();
    cx.host_symbol_method(
        timeout_proto,
        to_primitive,
        "[Symbol.toPrimitive]",
        timeout_id,
    );
    let methods: [(&str, HostFn, u32); 3] = [
        ("ref", immediate_ref, 0),
        ("unref", immediate_unref, 0),
        ("hasRef", has_ref, 0),
    ];
    for (name, f, len) in methods {
        cx.host_method(immediate_proto, name, f, len);
    }

    let globals: [(&str, HostFn, u32); 6] = [
        ("setTimeout", set_timeout, 2),
        ("setInterval", set_interval, 2),
        ("setImmediate", set_immediate, 1),
        ("clearTimeout", clear_timeout, 1),
        ("clearInterval", clear_timeout, 1),
        ("clearImmediate", clear_immediate, 1),
    ];
    for (name, f, len) in globals {
        let func = cx.make_native_with_data(name, f, len, Value::Undefined);
        cx.global(name, Value::Object(func));
    }

    // `process` may come from elsewhere; the loop adds `nextTick` to it.
    let process = global_object(cx, "process");
    cx.host_method(process, "nextTick", next_tick, 1);
    let performance = global_object(cx, "performance");
    cx.host_method(performance, "now", performance_now, 0);

    if options.virtual_time {
        if let Ok(Value::Object(math)) = cx.get_named(cx.realm.global, "Math") {
            cx.host_method(math, "random", seeded_random, 0);
        }
        if let Ok(Value::Object(date)) = cx.get_named(cx.realm.global, "Date") {
            cx.host_method(date, "now", virtual_date_now, 0);
        }
    }
}

/// The global object `name`, created empty if it does not exist yet.
fn global_object(cx: &mut Interpreter, name: &str) -> ObjRef {
    let global = cx.realm.global;
    if let Ok(Value::Object(o)) = cx.get_named(global, name) {
        return o;
    }
    let o = cx.new_plain_object();
    cx.global(name, Value::Object(o));
    o
}

fn no_construct(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Err(cx.type_error("Illegal constructor"))
}

/// The loop's state, or a TypeError if the loop is not running (a bug).
macro_rules! loop_state {
    ($cx:expr) => {
        match state($cx) {
            Some(s) => s,
            None => return Err($cx.type_error("nodelet: the event loop is not running")),
        }
    };
}

fn shapes(s: &LoopState) -> Option<(ObjRef, ObjRef)> {
    s.shapes
        .as_ref()
        .map(|h| (h.timeout_proto, h.immediate_proto))
}

/// node's ERR_INVALID_ARG_TYPE for a callback that is not a function.
fn invalid_callback(cx: &mut Interpreter, v: Value) -> nodelet_interp::Exc {
    let received = match v {
        Value::Undefined => "undefined".to_string(),
        Value::Null => "null".to_string(),
        Value::Object(o) => match cx.constructor_name(o) {
            Some(name) => format!("an instance of {name}"),
            None => "[Object: null prototype]".to_string(),
        },
        Value::String(_) => format!("type string ({})", cx.inspect(v)),
        _ => {
            let t = cx.typeof_str(v);
            format!("type {t} ({})", cx.inspect(v))
        }
    };
    let message =
        format!("The \"callback\" argument must be of type function. Received {received}");
    let e = cx.type_error(&message);
    if let Value::Object(err) = cx.pending_exception() {
        let code = cx.string_value("ERR_INVALID_ARG_TYPE");
        cx.define_hidden(err, "code", code);
    }
    e
}

/// node's delay rule: a number in 1..=TIMEOUT_MAX, else 1 (with a warning when
/// too large).
fn clamp_delay(cx: &mut Interpreter, v: Value) -> JsResult<f64> {
    let d = if v.is_nullish() {
        1.0
    } else {
        cx.to_number(v)?
    };
    if (1.0..=TIMEOUT_MAX).contains(&d) {
        return Ok(d);
    }
    if d > TIMEOUT_MAX {
        let text = format!(
            "(node:{}) TimeoutOverflowWarning: {} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.\n(Use `node --trace-warnings ...` to show where the warning was created)\n",
            std::process::id(),
            cx.inspect(Value::Number(d))
        );
        cx.host_mut().write(&text, true);
    }
    Ok(1.0)
}

/// Where the running native was called from, only when tracing (it costs).
fn site_if_tracing(cx: &mut Interpreter) -> Option<Rc<str>> {
    if state(cx).is_some_and(|s| s.trace.enabled) {
        cx.call_site().map(Rc::from)
    } else {
        None
    }
}

/// The due time of a delay from now (whole milliseconds, rounded up, as a
/// timer never fires early). Like node's `getLibuvNow()`, this reads the clock
/// afresh, which also updates the loop's cached "now".
fn due_in(s: &mut LoopState, delay: f64) -> u64 {
    s.clock.update();
    s.clock.now().saturating_add(delay.ceil() as u64)
}

fn set_timeout(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    schedule_timer(cx, args, false)
}

fn set_interval(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    schedule_timer(cx, args, true)
}

fn schedule_timer(cx: &mut Interpreter, args: &[Value], repeat: bool) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !cx.is_callable(callback) {
        return Err(invalid_callback(cx, callback));
    }
    let delay = clamp_delay(cx, arg(args, 1))?;
    let site = site_if_tracing(cx);
    let s = loop_state!(cx);
    let Some((proto, _)) = shapes(s) else {
        return Ok(Value::Undefined);
    };
    let id = s.next_id;
    s.next_id += 1;
    let mut record = vec![
        callback,
        Value::Number(delay),
        Value::Bool(repeat),
        Value::Bool(true),
        Value::Number(-1.0),
        Value::Bool(false),
        Value::Number(id as f64),
    ];
    record.extend_from_slice(args.get(2..).unwrap_or(&[]));
    let timeout = cx.new_host_object(proto, record);
    let s = loop_state!(cx);
    let due = due_in(s, delay);
    let slot = s.timers.insert(timeout, due, true, site);
    cx.set_host_slot(timeout, REC_SLOT, Value::Number(slot as f64));
    Ok(Value::Object(timeout))
}

fn set_immediate(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !cx.is_callable(callback) {
        return Err(invalid_callback(cx, callback));
    }
    let site = site_if_tracing(cx);
    let s = loop_state!(cx);
    let Some((_, proto)) = shapes(s) else {
        return Ok(Value::Undefined);
    };
    let mut record = vec![
        callback,
        Value::Undefined,
        Value::Bool(false),
        Value::Bool(true),
        Value::Number(1.0),
        Value::Bool(false),
        Value::Undefined,
    ];
    record.extend_from_slice(args.get(1..).unwrap_or(&[]));
    let immediate = cx.new_host_object(proto, record);
    loop_state!(cx).immediates.push(immediate, site);
    Ok(Value::Object(immediate))
}

/// A `Timeout`/`Immediate` object twice: as the handle and as the holder of
/// its record (its internal slots), if `v` is one.
fn record_of(cx: &mut Interpreter, v: Value) -> Option<(ObjRef, ObjRef)> {
    let Value::Object(o) = v else { return None };
    let (timeout_proto, immediate_proto) = state(cx).and_then(|s| shapes(s))?;
    let proto = cx.get_prototype(o);
    let ours = proto == Some(timeout_proto) || proto == Some(immediate_proto);
    (ours && cx.is_host_object(o)).then_some((o, o))
}

fn is_timeout(cx: &mut Interpreter, o: ObjRef) -> bool {
    let proto = state(cx).and_then(|s| shapes(s)).map(|(p, _)| p);
    proto.is_some() && cx.get_prototype(o) == proto
}

fn flag(cx: &Interpreter, record: ObjRef, i: usize) -> bool {
    matches!(cx.host_slot(record, i), Value::Bool(true))
}

fn number(cx: &Interpreter, record: ObjRef, i: usize) -> f64 {
    match cx.host_slot(record, i) {
        Value::Number(n) => n,
        _ => -1.0,
    }
}

/// The heap slot of a scheduled timer.
fn slot_of(cx: &Interpreter, record: ObjRef) -> Option<usize> {
    let n = number(cx, record, REC_SLOT);
    (n >= 0.0).then_some(n as usize)
}

fn clear_timeout(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let target = match arg(args, 0) {
        v @ (Value::Number(_) | Value::String(_)) => {
            let id = cx.to_number(v)?;
            let s = loop_state!(cx);
            match s.known_ids.get(&(id as u64)) {
                Some(&o) if id >= 0.0 => Value::Object(o),
                _ => return Ok(Value::Undefined),
            }
        }
        v => v,
    };
    if let Some((o, record)) = record_of(cx, target) {
        if is_timeout(cx, o) {
            unschedule(cx, o, record);
        }
    }
    Ok(Value::Undefined)
}

/// Cancels a timer for good (`clearTimeout`, `close()`).
fn unschedule(cx: &mut Interpreter, o: ObjRef, record: ObjRef) {
    cx.set_host_slot(record, REC_CLEARED, Value::Bool(true));
    let slot = slot_of(cx, record);
    cx.set_host_slot(record, REC_SLOT, Value::Number(-1.0));
    let id = number(cx, record, REC_ID) as u64;
    if let Some(s) = state(cx) {
        if let Some(slot) = slot {
            s.timers.remove(slot, o);
        }
        s.known_ids.remove(&id);
    }
}

fn clear_immediate(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if let Some((o, record)) = record_of(cx, arg(args, 0)) {
        if !is_timeout(cx, o) && slot_of(cx, record).is_some() && !flag(cx, record, REC_CLEARED) {
            cx.set_host_slot(record, REC_CLEARED, Value::Bool(true));
            cx.set_host_slot(record, REC_SLOT, Value::Number(-1.0));
            // A finished immediate no longer holds a reference (node's hasRef()).
            let refed = flag(cx, record, REC_REFED);
            cx.set_host_slot(record, REC_REFED, Value::Bool(false));
            if refed {
                let s = loop_state!(cx);
                s.immediates.refed -= 1;
            }
        }
    }
    Ok(Value::Undefined)
}

fn this_record(cx: &mut Interpreter, this: Value) -> JsResult<(ObjRef, ObjRef)> {
    match record_of(cx, this) {
        Some(r) => Ok(r),
        None => Err(cx.type_error("Illegal invocation")),
    }
}

fn set_timeout_refed(cx: &mut Interpreter, this: Value, refed: bool) -> JsResult<Value> {
    let (o, record) = this_record(cx, this)?;
    cx.set_host_slot(record, REC_REFED, Value::Bool(refed));
    if let Some(slot) = slot_of(cx, record) {
        loop_state!(cx).timers.set_refed(slot, o, refed);
    }
    Ok(this)
}

fn timeout_ref(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    set_timeout_refed(cx, this, true)
}

fn timeout_unref(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    set_timeout_refed(cx, this, false)
}

fn set_immediate_refed(cx: &mut Interpreter, this: Value, refed: bool) -> JsResult<Value> {
    let (_, record) = this_record(cx, this)?;
    // A finished or cleared immediate holds no reference and cannot regain one.
    if slot_of(cx, record).is_none() {
        return Ok(this);
    }
    let was = flag(cx, record, REC_REFED);
    cx.set_host_slot(record, REC_REFED, Value::Bool(refed));
    if was != refed {
        let s = loop_state!(cx);
        if refed {
            s.immediates.refed += 1;
        } else {
            s.immediates.refed -= 1;
        }
    }
    Ok(this)
}

fn immediate_ref(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    set_immediate_refed(cx, this, true)
}

fn immediate_unref(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    set_immediate_refed(cx, this, false)
}

fn has_ref(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (_, record) = this_record(cx, this)?;
    Ok(Value::Bool(flag(cx, record, REC_REFED)))
}

/// `timeout.refresh()`: starts the delay again from now, even after it fired;
/// a cleared timer stays cleared.
fn refresh(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (o, record) = this_record(cx, this)?;
    if flag(cx, record, REC_CLEARED) {
        return Ok(this);
    }
    let delay = number(cx, record, REC_DELAY);
    let refed = flag(cx, record, REC_REFED);
    let old = slot_of(cx, record);
    let s = loop_state!(cx);
    let site = match old.and_then(|slot| s.timers.remove(slot, o)) {
        Some(t) => t.site,
        None => None,
    };
    let due = due_in(s, delay);
    let slot = s.timers.insert(o, due, refed, site);
    cx.set_host_slot(record, REC_SLOT, Value::Number(slot as f64));
    Ok(this)
}

fn close(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (o, record) = this_record(cx, this)?;
    unschedule(cx, o, record);
    Ok(this)
}

/// `+timeout`: the timer's id, which `clearTimeout` then accepts.
fn timeout_id(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let (o, record) = this_record(cx, this)?;
    let id = number(cx, record, REC_ID);
    if slot_of(cx, record).is_some() {
        loop_state!(cx).known_ids.insert(id as u64, o);
    }
    Ok(Value::Number(id))
}

fn next_tick(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !cx.is_callable(callback) {
        return Err(invalid_callback(cx, callback));
    }
    let rest = args.get(1..).unwrap_or(&[]).to_vec();
    loop_state!(cx).ticks.push(callback, rest);
    Ok(Value::Undefined)
}

fn performance_now(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = loop_state!(cx);
    Ok(Value::Number(s.clock.precise_ms()))
}

/// Wall-clock milliseconds since the epoch as `Date.now()` reports them: the
/// virtual clock's under `--virtual-time`, the system's otherwise (for
/// natives such as http's `Date` header).
pub(crate) fn wall_clock_ms(clock: &super::clock::Clock) -> f64 {
    if clock.is_virtual() {
        return VIRTUAL_EPOCH_MS + clock.precise_ms();
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn virtual_date_now(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = loop_state!(cx);
    Ok(Value::Number(VIRTUAL_EPOCH_MS + s.clock.precise_ms()))
}

/// xorshift64* from a fixed seed: the same numbers on every run.
fn seeded_random(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = loop_state!(cx);
    let mut x = s.random_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    s.random_state = x;
    let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
    Ok(Value::Number((r >> 11) as f64 / (1u64 << 53) as f64))
}

/// Runs a due timer's callback (`this` is the `Timeout`) and re-arms an
/// interval. Returns whether a callback ran.
pub(crate) fn fire_timer(
    cx: &mut Interpreter,
    o: ObjRef,
    site: Option<Rc<str>>,
) -> Result<bool, CallError> {
    let Some((_, record)) = record_of(cx, Value::Object(o)) else {
        return Ok(false);
    };
    if flag(cx, record, REC_CLEARED) {
        return Ok(false);
    }
    let repeat = flag(cx, record, REC_REPEAT);
    cx.set_host_slot(record, REC_SLOT, Value::Number(-1.0));
    let callback = cx.host_slot(record, REC_CALLBACK);
    let args = cx.host_slots_from(record, REC_ARGS);
    if let Some(s) = state(cx) {
        let kind = if repeat { "interval" } else { "timeout" };
        trace_run(s, kind, site.as_deref());
    }
    if !repeat {
        let id = number(cx, record, REC_ID) as u64;
        if let Some(s) = state(cx) {
            s.known_ids.remove(&id);
        }
    }
    cx.call_function(callback, Value::Object(o), &args)?;
    if repeat && !flag(cx, record, REC_CLEARED) && slot_of(cx, record).is_none() {
        let delay = number(cx, record, REC_DELAY);
        let refed = flag(cx, record, REC_REFED);
        if let Some(s) = state(cx) {
            let due = due_in(s, delay);
            let slot = s.timers.insert(o, due, refed, site);
            cx.set_host_slot(record, REC_SLOT, Value::Number(slot as f64));
        }
    }
    Ok(true)
}

/// Runs an immediate's callback (`this` is the `Immediate`), unless cleared.
pub(crate) fn fire_immediate(
    cx: &mut Interpreter,
    o: ObjRef,
    site: Option<Rc<str>>,
) -> Result<bool, CallError> {
    let Some((_, record)) = record_of(cx, Value::Object(o)) else {
        return Ok(false);
    };
    if flag(cx, record, REC_CLEARED) || slot_of(cx, record).is_none() {
        return Ok(false);
    }
    cx.set_host_slot(record, REC_SLOT, Value::Number(-1.0));
    let refed = flag(cx, record, REC_REFED);
    cx.set_host_slot(record, REC_REFED, Value::Bool(false));
    if refed {
        if let Some(s) = state(cx) {
            s.immediates.refed -= 1;
        }
    }
    let callback = cx.host_slot(record, REC_CALLBACK);
    let args = cx.host_slots_from(record, REC_ARGS);
    if let Some(s) = state(cx) {
        trace_run(s, "immediate", site.as_deref());
    }
    cx.call_function(callback, Value::Object(o), &args)?;
    Ok(true)
}

fn trace_run(s: &LoopState, kind: &str, site: Option<&str>) {
    match site {
        Some(site) => s.trace.line(format_args!("run {kind} scheduled at {site}")),
        None => s.trace.line(format_args!("run {kind}")),
    }
}
