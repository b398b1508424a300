//! `Date` (ECMA-262 §21.4): a time value in milliseconds since the epoch, with
//! getters and setters in UTC and in the local zone of `TZ` (`date/zone.rs`),
//! and the text forms node prints (`date/calendar.rs`).
//!
//! The interpreter never reads the clock on its own initiative: `Date.now` does,
//! and `new Date()` calls whatever `Date.now` the constructor holds, so the
//! runtime's `--virtual-time` clock (which replaces `Date.now`) drives both.

mod calendar;
mod zone;
mod zone_names;

pub use calendar::utc_string;
pub use zone::{set_time_zone_hooks, TimeZoneHooks};

use super::arg;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::ops::Hint;
use crate::value::{ObjRef, PropKey, Value};
use calendar::{fields, Fields};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.date_proto;
    let ctor = cx.constructor("Date", date_ctor, 7, proto);
    cx.method(ctor, "now", now, 0);
    cx.method(ctor, "parse", parse, 1);
    cx.method(ctor, "UTC", utc, 7);
    let methods: &[(&str, crate::object::NativeFn, u32)] = &[
        ("toISOString", to_iso_string, 0),
        ("toJSON", to_json, 1),
        ("toString", to_string, 0),
        ("toDateString", to_date_string, 0),
        ("toTimeString", to_time_string, 0),
        ("toUTCString", to_utc_string, 0),
        ("toLocaleString", to_locale_string, 0),
        ("toLocaleDateString", to_locale_date_string, 0),
        ("toLocaleTimeString", to_locale_time_string, 0),
        ("valueOf", get_time, 0),
        ("getTime", get_time, 0),
        ("getTimezoneOffset", get_timezone_offset, 0),
        ("setTime", set_time, 1),
    ];
    for &(name, f, len) in methods {
        cx.method(proto, name, f, len);
    }
    let gmt = cx.intern("toGMTString");
    let utc_key = PropKey::Str(cx.intern("toUTCString"));
    if let Some(crate::property::Own::Data(v, _)) = cx.get_own(proto, utc_key) {
        cx.define_value(proto, PropKey::Str(gmt), v, crate::object::HIDDEN);
    }
    for (i, (local, utc_name)) in GETTERS.iter().enumerate() {
        let f = GETTER_FNS[i];
        cx.method(proto, local, f.0, 0);
        cx.method(proto, utc_name, f.1, 0);
    }
    cx.method(proto, "getYear", get_year, 0);
    cx.method(proto, "setYear", set_year, 1);
    for (i, (local, utc_name, len)) in SETTERS.iter().enumerate() {
        let f = SETTER_FNS[i];
        cx.method(proto, local, f.0, *len);
        cx.method(proto, utc_name, f.1, *len);
    }
    let sym = cx.realm.sym_to_primitive;
    let f = cx.make_native("[Symbol.toPrimitive]", to_primitive, 1, false);
    cx.define_value(
        proto,
        PropKey::Sym(sym),
        Value::Object(f),
        crate::object::CONFIGURABLE,
    );
}

// ---------------------------------------------------------------------------
// Time values and zones
// ---------------------------------------------------------------------------

fn system_now() -> f64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_millis() as f64,
        Err(_) => 0.0,
    }
}

/// The current time as `Date.now` reports it (the host may have replaced it).
fn current_time(cx: &mut Interpreter) -> JsResult<f64> {
    let proto = cx.realm.date_proto;
    let ctor = match cx.get_own(proto, PropKey::Str(crate::atoms::CONSTRUCTOR)) {
        Some(crate::property::Own::Data(Value::Object(c), _)) => c,
        _ => return Ok(system_now()),
    };
    let key = PropKey::Str(cx.intern("now"));
    match cx.get_own(ctor, key) {
        Some(crate::property::Own::Data(f, _)) if cx.is_callable(f) => {
            let v = cx.call(f, Value::Object(ctor), &[])?;
            let n = cx.to_number(v)?;
            Ok(calendar::time_clip(n))
        }
        _ => Ok(system_now()),
    }
}

/// `LocalTime(t)`.
fn local_time(z: &zone::Zone, t: f64) -> f64 {
    t + z.offset_at_utc(t)
}

/// `UTC(t)`: from local time to a time value.
fn utc_of_local(z: &zone::Zone, t: f64) -> f64 {
    t - z.offset_for_local(t)
}

fn this_time(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<(ObjRef, f64)> {
    if let Value::Object(o) = this {
        if let ObjectKind::Date(t) = cx.obj(o).kind {
            return Ok((o, t));
        }
    }
    let _ = method;
    Err(cx.type_error("this is not a Date object."))
}

fn set_this_time(cx: &mut Interpreter, o: ObjRef, t: f64) -> Value {
    let t = calendar::time_clip(t);
    if let ObjectKind::Date(slot) = &mut cx.obj_mut(o).kind {
        *slot = t;
    }
    Value::Number(t)
}

/// `Date.parse` on a string: ISO first, then the forms V8 also accepts.
fn parse_time(cx: &mut Interpreter, text: &str) -> f64 {
    let text = text.trim();
    let parsed = calendar::parse_iso(text).or_else(|| calendar::parse_legacy(text));
    match parsed {
        Some(p) if p.local => calendar::time_clip(utc_of_local(&zone::current(cx), p.time)),
        Some(p) => calendar::time_clip(p.time),
        None => f64::NAN,
    }
}

/// Years 0-99 given to the constructor or `Date.UTC` mean 1900-1999.
fn full_year(y: f64) -> f64 {
    if y.is_nan() {
        return y;
    }
    let yi = y.trunc();
    if (0.0..=99.0).contains(&yi) {
        1900.0 + yi
    } else {
        y
    }
}

/// The time (without zone) the numeric constructor arguments describe.
fn time_from_parts(cx: &mut Interpreter, args: &[Value]) -> JsResult<f64> {
    let mut n = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, slot) in n.iter_mut().enumerate() {
        if let Some(&v) = args.get(i) {
            *slot = cx.to_number(v)?;
        }
    }
    let day = calendar::make_day(full_year(n[0]), n[1], n[2]);
    Ok(calendar::make_date(
        day,
        calendar::make_time(n[3], n[4], n[5], n[6]),
    ))
}

// ---------------------------------------------------------------------------
// Constructor and statics
// ---------------------------------------------------------------------------

fn date_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        let t = current_time(cx)?;
        let s = local_string(cx, t, true, true);
        return Ok(cx.string_value(&s));
    };
    let t = match args.len() {
        0 => current_time(cx)?,
        1 => {
            let v = arg(args, 0);
            let tv = match v {
                Value::Object(o) if matches!(cx.obj(o).kind, ObjectKind::Date(_)) => {
                    match cx.obj(o).kind {
                        ObjectKind::Date(t) => t,
                        _ => f64::NAN,
                    }
                }
                _ => {
                    let p = cx.to_primitive(v, Hint::Default)?;
                    match p {
                        Value::String(s) => {
                            let text = cx.rust_string(s);
                            parse_time(cx, &text)
                        }
                        other => cx.to_number(other)?,
                    }
                }
            };
            calendar::time_clip(tv)
        }
        _ => {
            let local = time_from_parts(cx, args)?;
            calendar::time_clip(utc_of_local(&zone::current(cx), local))
        }
    };
    let fallback = cx.realm.date_proto;
    let proto = cx.proto_from_constructor(nt, fallback)?;
    let o = cx.new_object(Some(proto), ObjectKind::Date(t));
    Ok(Value::Object(o))
}

fn now(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Number(system_now()))
}

fn parse(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.to_rust_string(arg(args, 0))?;
    Ok(Value::Number(parse_time(cx, &s)))
}

fn utc(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let t = time_from_parts(cx, args)?;
    Ok(Value::Number(calendar::time_clip(t)))
}

// ---------------------------------------------------------------------------
// Text forms
// ---------------------------------------------------------------------------

/// `toString` and its halves for a time value (`Invalid Date` when NaN).
fn local_string(cx: &mut Interpreter, t: f64, date: bool, time: bool) -> String {
    if t.is_nan() {
        return "Invalid Date".into();
    }
    let z = zone::current(cx);
    let offset = z.offset_at_utc(t);
    let f = fields(t + offset);
    match (date, time) {
        (true, true) => format!(
            "{} {}",
            calendar::date_string(&f),
            calendar::time_string(&f, offset, &z.name_at(t))
        ),
        (true, false) => calendar::date_string(&f),
        _ => calendar::time_string(&f, offset, &z.name_at(t)),
    }
}

/// The text `console.log` shows for a Date object (its ISO string).
pub fn display_text(cx: &Interpreter, o: ObjRef) -> Option<String> {
    match cx.obj(o).kind {
        ObjectKind::Date(t) if t.is_nan() => Some("Invalid Date".into()),
        ObjectKind::Date(t) => Some(calendar::iso_string(t)),
        _ => None,
    }
}

fn to_iso_string(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let (_, t) = this_time(cx, this, "toISOString")?;
    if t.is_nan() {
        return Err(cx.range_error("Invalid time value"));
    }
    Ok(cx.string_value(&calendar::iso_string(t)))
}

fn to_json(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.to_object(this)?;
    let tv = cx.to_primitive(Value::Object(o), Hint::Number)?;
    if let Value::Number(n) = tv {
        if !n.is_finite() {
            return Ok(Value::Null);
        }
    }
    let f = cx.get_str(Value::Object(o), "toISOString")?;
    if !cx.is_callable(f) {
        return Err(cx.type_error("toISOString is not a function"));
    }
    cx.call(f, Value::Object(o), &[])
}

macro_rules! text_method {
    ($name:ident, $js:literal, |$cx:ident, $t:ident| $body:expr) => {
        fn $name(
            $cx: &mut Interpreter,
            this: Value,
            _: &[Value],
            _: Option<ObjRef>,
        ) -> JsResult<Value> {
            let (_, $t) = this_time($cx, this, $js)?;
            let s: String = $body;
            Ok($cx.string_value(&s))
        }
    };
}

text_method!(to_string, "toString", |cx, t| local_string(
    cx, t, true, true
));
text_method!(to_date_string, "toDateString", |cx, t| local_string(
    cx, t, true, false
));
text_method!(to_time_string, "toTimeString", |cx, t| local_string(
    cx, t, false, true
));
text_method!(to_utc_string, "toUTCString", |cx, t| if t.is_nan() {
    "Invalid Date".into()
} else {
    calendar::utc_string(t)
});
text_method!(to_locale_string, "toLocaleString", |cx, t| locale_text(
    cx, t, true, true
));
text_method!(to_locale_date_string, "toLocaleDateString", |cx, t| {
    locale_text(cx, t, true, false)
});
text_method!(to_locale_time_string, "toLocaleTimeString", |cx, t| {
    locale_text(cx, t, false, true)
});

/// The "en-US" forms: `1/2/2020, 3:04:05 PM`.
fn locale_text(cx: &mut Interpreter, t: f64, date: bool, time: bool) -> String {
    if t.is_nan() {
        return "Invalid Date".into();
    }
    let f = fields(local_time(&zone::current(cx), t));
    let d = format!("{}/{}/{}", f.month + 1.0, f.date, f.year);
    let h12 = match f.hour % 12.0 {
        0.0 => 12.0,
        h => h,
    };
    let ampm = if f.hour < 12.0 { "AM" } else { "PM" };
    let tm = format!("{}:{:02}:{:02} {ampm}", h12, f.minute, f.second);
    match (date, time) {
        (true, true) => format!("{d}, {tm}"),
        (true, false) => d,
        _ => tm,
    }
}

fn to_primitive(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(cx.type_error("Date.prototype [ @@toPrimitive ] called on non-object"));
    };
    let hint = match arg(args, 0) {
        Value::String(s) => cx.rust_string(s),
        _ => String::new(),
    };
    let order = match hint.as_str() {
        "string" | "default" => ["toString", "valueOf"],
        "number" => ["valueOf", "toString"],
        _ => {
            let d = cx.inspect_brief(arg(args, 0));
            return Err(cx.type_error(&format!("Invalid hint: {d}")));
        }
    };
    for name in order {
        let f = cx.get_str(Value::Object(o), name)?;
        if cx.is_callable(f) {
            let r = cx.call(f, this, &[])?;
            if !matches!(r, Value::Object(_)) {
                return Ok(r);
            }
        }
    }
    Err(cx.type_error("Cannot convert object to primitive value"))
}

// ---------------------------------------------------------------------------
// Getters and setters
// ---------------------------------------------------------------------------

fn get_time(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (_, t) = this_time(cx, this, "getTime")?;
    Ok(Value::Number(t))
}

fn get_timezone_offset(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let (_, t) = this_time(cx, this, "getTimezoneOffset")?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    // V8 truncates to whole minutes (`-321` for +5:21:10).
    let z = zone::current(cx);
    Ok(Value::Number(
        ((t - local_time(&z, t)) / 60_000.0).trunc() + 0.0,
    ))
}

fn set_time(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let (o, _) = this_time(cx, this, "setTime")?;
    let t = cx.to_number(arg(args, 0))?;
    Ok(set_this_time(cx, o, t))
}

fn get_year(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (_, t) = this_time(cx, this, "getYear")?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    let z = zone::current(cx);
    Ok(Value::Number(fields(local_time(&z, t)).year - 1900.0))
}

/// Annex B `setYear`: years 0-99 mean 1900-1999; revives an invalid date.
fn set_year(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let (o, t) = this_time(cx, this, "setYear")?;
    let y = cx.to_number(arg(args, 0))?;
    if y.is_nan() {
        return Ok(set_this_time(cx, o, f64::NAN));
    }
    let z = zone::current(cx);
    let base = if t.is_nan() { 0.0 } else { local_time(&z, t) };
    let f = fields(base);
    let day = calendar::make_day(full_year(y), f.month, f.date);
    let local = calendar::make_date(day, calendar::time_within_day(base));
    let new = utc_of_local(&z, local);
    Ok(set_this_time(cx, o, new))
}

/// Which field a getter reads.
#[derive(Clone, Copy)]
enum Field {
    FullYear,
    Month,
    Date,
    Day,
    Hours,
    Minutes,
    Seconds,
    Milliseconds,
}

fn read_field(f: &Fields, which: Field) -> f64 {
    match which {
        Field::FullYear => f.year,
        Field::Month => f.month,
        Field::Date => f.date,
        Field::Day => f.weekday as f64,
        Field::Hours => f.hour,
        Field::Minutes => f.minute,
        Field::Seconds => f.second,
        Field::Milliseconds => f.ms,
    }
}

fn getter(cx: &mut Interpreter, this: Value, which: Field, utc: bool) -> JsResult<Value> {
    let (_, t) = this_time(cx, this, "get")?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    let t = if utc {
        t
    } else {
        local_time(&zone::current(cx), t)
    };
    Ok(Value::Number(read_field(&fields(t), which)))
}

const GETTERS: [(&str, &str); 8] = [
    ("getFullYear", "getUTCFullYear"),
    ("getMonth", "getUTCMonth"),
    ("getDate", "getUTCDate"),
    ("getDay", "getUTCDay"),
    ("getHours", "getUTCHours"),
    ("getMinutes", "getUTCMinutes"),
    ("getSeconds", "getUTCSeconds"),
    ("getMilliseconds", "getUTCMilliseconds"),
];

macro_rules! getter_fns {
    ($($local:ident, $utc:ident => $field:ident;)*) => {
        $(
            fn $local(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
                getter(cx, this, Field::$field, false)
            }
            fn $utc(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
                getter(cx, this, Field::$field, true)
            }
        )*
        const GETTER_FNS: [(crate::object::NativeFn, crate::object::NativeFn); 8] = [$(($local, $utc),)*];
    };
}

getter_fns! {
    get_full_year, get_utc_full_year => FullYear;
    get_month, get_utc_month => Month;
    get_date, get_utc_date => Date;
    get_day, get_utc_day => Day;
    get_hours, get_utc_hours => Hours;
    get_minutes, get_utc_minutes => Minutes;
    get_seconds, get_utc_seconds => Seconds;
    get_milliseconds, get_utc_milliseconds => Milliseconds;
}

/// The setters: name, UTC name, `length`. Each replaces the fields from its
/// first one on (year, month, date, hours, minutes, seconds, ms) with its
/// arguments and keeps the rest.
const SETTERS: [(&str, &str, u32); 7] = [
    ("setFullYear", "setUTCFullYear", 3),
    ("setMonth", "setUTCMonth", 2),
    ("setDate", "setUTCDate", 1),
    ("setHours", "setUTCHours", 4),
    ("setMinutes", "setUTCMinutes", 3),
    ("setSeconds", "setUTCSeconds", 2),
    ("setMilliseconds", "setUTCMilliseconds", 1),
];

fn setter(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    first: usize,
    count: usize,
    utc: bool,
) -> JsResult<Value> {
    let (o, t) = this_time(cx, this, "set")?;
    let mut given = Vec::with_capacity(count);
    for i in 0..count.min(args.len().max(1)) {
        given.push(cx.to_number(arg(args, i))?);
    }
    // Only setFullYear revives an invalid date (from +0).
    let t = if t.is_nan() {
        if first != 0 {
            return Ok(Value::Number(f64::NAN));
        }
        0.0
    } else {
        t
    };
    let z = if utc { None } else { Some(zone::current(cx)) };
    let base = match &z {
        Some(z) => local_time(z, t),
        None => t,
    };
    let f = fields(base);
    let mut parts = [f.year, f.month, f.date, f.hour, f.minute, f.second, f.ms];
    for (i, v) in given.into_iter().enumerate() {
        if let Some(slot) = parts.get_mut(first + i) {
            *slot = v;
        }
    }
    let new = calendar::make_date(
        calendar::make_day(parts[0], parts[1], parts[2]),
        calendar::make_time(parts[3], parts[4], parts[5], parts[6]),
    );
    let new = match &z {
        Some(z) => utc_of_local(z, new),
        None => new,
    };
    Ok(set_this_time(cx, o, new))
}

macro_rules! setter_fns {
    ($($local:ident, $utc:ident => $first:expr, $count:expr;)*) => {
        $(
            fn $local(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
                setter(cx, this, args, $first, $count, false)
            }
            fn $utc(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
                setter(cx, this, args, $first, $count, true)
            }
        )*
        const SETTER_FNS: [(crate::object::NativeFn, crate::object::NativeFn); 7] = [$(($local, $utc),)*];
    };
}

setter_fns! {
    set_full_year, set_utc_full_year => 0, 3;
    set_month, set_utc_month => 1, 2;
    set_date, set_utc_date => 2, 1;
    set_hours, set_utc_hours => 3, 4;
    set_minutes, set_utc_minutes => 4, 3;
    set_seconds, set_utc_seconds => 5, 2;
    set_milliseconds, set_utc_milliseconds => 6, 1;
}
