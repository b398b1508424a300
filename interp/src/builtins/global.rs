//! Global functions and values: `globalThis`, `NaN`, `Infinity`, `undefined`,
//! `isNaN`, `isFinite`, the URI coding functions (and Annex B `escape`/`unescape`),
//! and `eval` (string evaluation is outside nodelet's subset, so it throws an
//! EvalError saying so).

use super::arg;
use crate::interp::{Interpreter, JsResult};
use crate::string::Units;
use crate::value::{ObjRef, Value};

pub fn install(cx: &mut Interpreter) {
    let g = cx.realm.global;
    cx.global("globalThis", Value::Object(g));
    cx.constant(g, "NaN", Value::Number(f64::NAN));
    cx.constant(g, "Infinity", Value::Number(f64::INFINITY));
    cx.constant(g, "undefined", Value::Undefined);
    let f = cx.make_native("isNaN", is_nan, 1, false);
    cx.global("isNaN", Value::Object(f));
    let f = cx.make_native("isFinite", is_finite, 1, false);
    cx.global("isFinite", Value::Object(f));
    let f = cx.make_native("queueMicrotask", queue_microtask, 1, false);
    cx.global("queueMicrotask", Value::Object(f));
    let f = cx.make_native("eval", eval, 1, false);
    cx.global("eval", Value::Object(f));
    for (name, func) in [
        (
            "encodeURIComponent",
            encode_uri_component as crate::object::NativeFn,
        ),
        ("encodeURI", encode_uri),
        ("decodeURIComponent", decode_uri_component),
        ("decodeURI", decode_uri),
        ("escape", escape),
        ("unescape", unescape),
    ] {
        let f = cx.make_native(name, func, 1, false);
        cx.global(name, Value::Object(f));
    }
}

fn is_nan(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(cx.to_number(arg(args, 0))?.is_nan()))
}

fn is_finite(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(cx.to_number(arg(args, 0))?.is_finite()))
}

fn queue_microtask(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let f = arg(args, 0);
    if !cx.is_callable(f) {
        let d = cx.inspect(f);
        return Err(cx.type_error(&format!(
            "The \"callback\" argument must be of type function. Received {d}"
        )));
    }
    cx.enqueue_job(f);
    Ok(Value::Undefined)
}

fn eval(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    if !matches!(arg(args, 0), Value::String(_)) {
        return Ok(arg(args, 0));
    }
    let p = cx.realm.eval_error_proto;
    let e = cx.make_error(p, "nodelet: eval of strings is not supported");
    Err(cx.throw_value(Value::Object(e)))
}

fn encode(cx: &mut Interpreter, v: Value, keep: &str) -> JsResult<Value> {
    let s = cx.to_string(v)?;
    let units = cx.str(s).units().to_vec16();
    let mut out = String::new();
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        let c = if (0xD800..0xDC00).contains(&u) {
            match units.get(i + 1) {
                Some(&l) if (0xDC00..0xE000).contains(&l) => {
                    i += 1;
                    char::from_u32(0x10000 + (((u as u32) - 0xD800) << 10) + (l as u32 - 0xDC00))
                }
                _ => None,
            }
        } else if (0xDC00..0xE000).contains(&u) {
            None
        } else {
            char::from_u32(u as u32)
        };
        let Some(c) = c else {
            return Err(uri_error(cx));
        };
        if c.is_ascii_alphanumeric() || keep.contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        i += 1;
    }
    Ok(cx.string_value(&out))
}

fn uri_error(cx: &mut Interpreter) -> crate::interp::Exc {
    let p = cx.realm.uri_error_proto;
    let e = cx.make_error(p, "URI malformed");
    cx.throw_value(Value::Object(e))
}

fn encode_uri_component(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    encode(cx, arg(args, 0), "-_.!~*'()")
}

fn encode_uri(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    encode(cx, arg(args, 0), "-_.!~*'();/?:@&=+$,#")
}

/// The value of a hex digit unit, if it is one.
fn hex_value(u: u16) -> Option<u32> {
    char::from_u32(u as u32).and_then(|c| c.to_digit(16))
}

/// The byte a `%XX` escape at `units[i..]` stands for.
fn escaped_byte(units: &[u16], i: usize) -> Option<u8> {
    if units.get(i) != Some(&(b'%' as u16)) {
        return None;
    }
    let hi = hex_value(*units.get(i + 1)?)?;
    let lo = hex_value(*units.get(i + 2)?)?;
    Some((hi * 16 + lo) as u8)
}

/// The spec's `Decode`: works on UTF-16 units (lone surrogates outside escapes
/// pass through), decodes each `%XX` group as one UTF-8 sequence and rejects
/// malformed, overlong and surrogate sequences with `URIError: URI malformed`.
/// Escapes of characters in `reserved` are kept as written.
fn decode(cx: &mut Interpreter, v: Value, reserved: &str) -> JsResult<Value> {
    let s = cx.to_string(v)?;
    let units = cx.str(s).units().to_vec16();
    if !units.contains(&(b'%' as u16)) {
        return Ok(Value::String(s));
    }
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if u != b'%' as u16 {
            out.push(u);
            i += 1;
            continue;
        }
        let Some(b) = escaped_byte(&units, i) else {
            return Err(uri_error(cx));
        };
        if b < 0x80 {
            if reserved.contains(b as char) {
                out.extend_from_slice(&units[i..i + 3]);
            } else {
                out.push(b as u16);
            }
            i += 3;
            continue;
        }
        let n = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return Err(uri_error(cx)),
        };
        let mut bytes = vec![b];
        for k in 1..n {
            match escaped_byte(&units, i + 3 * k) {
                Some(c) if c & 0xC0 == 0x80 => bytes.push(c),
                _ => return Err(uri_error(cx)),
            }
        }
        // Rust's UTF-8 check rejects overlong forms, surrogates and values past
        // U+10FFFF, exactly the sequences the spec calls malformed.
        let Some(c) = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|t| t.chars().next())
        else {
            return Err(uri_error(cx));
        };
        let mut buf = [0u16; 2];
        out.extend_from_slice(c.encode_utf16(&mut buf));
        i += 3 * n;
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

/// Annex B `escape`: `%XX` for other Latin-1 units, `%uXXXX` above.
fn escape(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.to_string(arg(args, 0))?;
    let units = cx.str(s).units().to_vec16();
    let mut out = String::with_capacity(units.len());
    for u in units {
        match char::from_u32(u as u32) {
            Some(c) if c.is_ascii_alphanumeric() || "@*_+-./".contains(c) => out.push(c),
            _ if u < 256 => out.push_str(&format!("%{u:02X}")),
            _ => out.push_str(&format!("%u{u:04X}")),
        }
    }
    Ok(cx.string_value(&out))
}

/// Annex B `unescape`: undoes `%XX` and `%uXXXX`; anything else stays.
fn unescape(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.to_string(arg(args, 0))?;
    let units = cx.str(s).units().to_vec16();
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    let hex = |from: usize, count: usize| -> Option<u16> {
        let mut v = 0u32;
        for k in 0..count {
            v = v * 16 + hex_value(*units.get(from + k)?)?;
        }
        Some(v as u16)
    };
    while i < units.len() {
        let u = units[i];
        if u == b'%' as u16 {
            if units.get(i + 1) == Some(&(b'u' as u16)) {
                if let Some(v) = hex(i + 2, 4) {
                    out.push(v);
                    i += 6;
                    continue;
                }
            } else if let Some(v) = hex(i + 1, 2) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(u);
        i += 1;
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn decode_uri_component(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    decode(cx, arg(args, 0), "")
}

fn decode_uri(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    decode(cx, arg(args, 0), ";/?:@&=+$,#")
}
