//! Global functions and values: `globalThis`, `NaN`, `Infinity`, `undefined`,
//! `isNaN`, `isFinite`, the URI coding functions, and `eval` (string evaluation
//! is outside nodelet's subset, so it throws an EvalError saying so).

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

fn decode(cx: &mut Interpreter, v: Value, reserved: &str) -> JsResult<Value> {
    let s = cx.to_rust_string(v)?;
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            let Some(b) = hex else {
                return Err(uri_error(cx));
            };
            if b < 0x80 && reserved.contains(b as char) {
                out.extend_from_slice(&bytes[i..i + 3]);
            } else {
                out.push(b);
            }
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    match String::from_utf8(out) {
        Ok(t) => Ok(cx.new_str_value(Units::from_str(&t))),
        Err(_) => Err(uri_error(cx)),
    }
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
