//! `Number` and `Number.prototype` (`toString(radix)`, `toFixed`,
//! `toPrecision`, `toLocaleString` in the "en-US" style), plus the global
//! `parseInt`/`parseFloat`, which `Number` shares.

use super::arg;
use crate::interp::{Interpreter, JsResult};
use crate::number::{number_to_radix, number_to_string, to_fixed};
use crate::object::ObjectKind;
use crate::value::{ObjRef, Value};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.number_proto;
    let ctor = cx.constructor("Number", number_ctor, 1, proto);
    for (name, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ] {
        cx.constant(ctor, name, Value::Number(v));
    }
    cx.method(ctor, "isInteger", is_integer, 1);
    cx.method(ctor, "isSafeInteger", is_safe_integer, 1);
    cx.method(ctor, "isFinite", is_finite, 1);
    cx.method(ctor, "isNaN", is_nan, 1);
    let pf = cx.method(ctor, "parseFloat", parse_float, 1);
    let pi = cx.method(ctor, "parseInt", parse_int, 2);
    cx.global("parseFloat", Value::Object(pf));
    cx.global("parseInt", Value::Object(pi));
    cx.method(proto, "toString", to_string, 1);
    cx.method(proto, "toFixed", to_fixed_method, 1);
    cx.method(proto, "toPrecision", to_precision, 1);
    cx.method(proto, "toExponential", to_exponential, 1);
    cx.method(proto, "toLocaleString", to_locale_string, 0);
    cx.method(proto, "valueOf", value_of, 0);
}

fn number_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let n = match args.first() {
        None => 0.0,
        Some(&v) => cx.to_number(v)?,
    };
    match nt {
        None => Ok(Value::Number(n)),
        Some(nt) => {
            let proto = cx.proto_from_constructor(nt, cx.realm.number_proto)?;
            Ok(Value::Object(
                cx.new_object(Some(proto), ObjectKind::Number(n)),
            ))
        }
    }
}

fn this_number(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<f64> {
    match this {
        Value::Number(n) => Ok(n),
        Value::Object(o) => match cx.obj(o).kind {
            ObjectKind::Number(n) => Ok(n),
            _ => Err(cx.type_error(&format!(
                "Number.prototype.{method} requires that 'this' be a Number"
            ))),
        },
        _ => Err(cx.type_error(&format!(
            "Number.prototype.{method} requires that 'this' be a Number"
        ))),
    }
}

fn is_integer(_: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Number(n) if n.is_finite() && n.fract() == 0.0),
    ))
}
fn is_safe_integer(
    _: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Number(n) if n.is_finite() && n.fract() == 0.0 && n.abs() <= 9007199254740991.0),
    ))
}
fn is_finite(_: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Number(n) if n.is_finite()),
    ))
}
fn is_nan(_: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Number(n) if n.is_nan()),
    ))
}

pub fn parse_float(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = cx.to_rust_string(arg(args, 0))?;
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    for (prefix, v) in [
        ("Infinity", f64::INFINITY),
        ("+Infinity", f64::INFINITY),
        ("-Infinity", f64::NEG_INFINITY),
    ] {
        if t.starts_with(prefix) {
            return Ok(Value::Number(v));
        }
    }
    // The longest prefix that is a decimal literal.
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i == digits_start || (i == digits_start + 1 && b.get(digits_start) == Some(&b'.')) {
        return Ok(Value::Number(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    Ok(Value::Number(t[..i].parse::<f64>().unwrap_or(f64::NAN)))
}

pub fn parse_int(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = cx.to_rust_string(arg(args, 0))?;
    let mut radix = cx.to_int32(arg(args, 1))?;
    let mut t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let neg = t.starts_with('-');
    if t.starts_with('-') || t.starts_with('+') {
        t = &t[1..];
    }
    if radix == 0 {
        radix = 10;
        if t.starts_with("0x") || t.starts_with("0X") {
            t = &t[2..];
            radix = 16;
        }
    } else if radix == 16 && (t.starts_with("0x") || t.starts_with("0X")) {
        t = &t[2..];
    }
    if !(2..=36).contains(&radix) {
        return Ok(Value::Number(f64::NAN));
    }
    let mut acc = 0.0f64;
    let mut any = false;
    for c in t.chars() {
        match c.to_digit(radix as u32) {
            Some(d) => {
                acc = acc * radix as f64 + d as f64;
                any = true;
            }
            None => break,
        }
    }
    if !any {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(if neg { -acc } else { acc }))
}

fn to_string(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let n = this_number(cx, this, "toString")?;
    let radix = match arg(args, 0) {
        Value::Undefined => 10,
        v => cx.to_integer(v)? as i64,
    };
    if !(2..=36).contains(&radix) {
        return Err(cx.range_error("toString() radix argument must be between 2 and 36"));
    }
    let s = if radix == 10 {
        number_to_string(n)
    } else {
        number_to_radix(n, radix as u32)
    };
    Ok(cx.string_value(&s))
}

fn to_fixed_method(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let n = this_number(cx, this, "toFixed")?;
    let d = cx.to_integer(arg(args, 0))?;
    if !(0.0..=100.0).contains(&d) {
        return Err(cx.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    Ok(cx.string_value(&to_fixed(n, d as usize)))
}

fn to_exponential(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let x = this_number(cx, this, "toExponential")?;
    let f = match arg(args, 0) {
        Value::Undefined => None,
        v => Some(cx.to_integer(v)?),
    };
    if !x.is_finite() {
        return Ok(cx.string_value(&number_to_string(x)));
    }
    if let Some(f) = f {
        if !(0.0..=100.0).contains(&f) {
            return Err(cx.range_error("toExponential() argument must be between 0 and 100"));
        }
    }
    let s = crate::number::to_exponential(x, f.map(|f| f as usize));
    Ok(cx.string_value(&s))
}

fn to_precision(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let x = this_number(cx, this, "toPrecision")?;
    if matches!(arg(args, 0), Value::Undefined) || !x.is_finite() {
        return Ok(cx.string_value(&number_to_string(x)));
    }
    let p = cx.to_integer(arg(args, 0))?;
    if !(1.0..=100.0).contains(&p) {
        return Err(cx.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as usize;
    if x == 0.0 {
        let s = if p == 1 {
            "0".to_string()
        } else {
            format!("0.{}", "0".repeat(p - 1))
        };
        return Ok(cx.string_value(&s));
    }
    let sci = format!("{:.*e}", p - 1, x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if x < 0.0 { "-" } else { "" };
    let s = if e < -6 || e >= p as i32 {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!("{sign}{m}e{}{}", if e < 0 { '-' } else { '+' }, e.abs())
    } else if e >= 0 {
        let int_len = e as usize + 1;
        if int_len >= digits.len() {
            format!("{sign}{digits}")
        } else {
            format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
        }
    } else {
        format!("{sign}0.{}{}", "0".repeat((-e - 1) as usize), digits)
    };
    Ok(cx.string_value(&s))
}

fn to_locale_string(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let x = this_number(cx, this, "toLocaleString")?;
    if !x.is_finite() {
        let s = if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "∞"
        } else {
            "-∞"
        };
        return Ok(cx.string_value(s));
    }
    // "en-US": group thousands with commas, at most three fraction digits.
    let fixed = to_fixed(x.abs(), 3);
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 && fixed.chars().any(|c| c != '0' && c != '.') {
        "-"
    } else {
        ""
    };
    let s = if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    };
    Ok(cx.string_value(&s))
}

fn value_of(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Number(this_number(cx, this, "valueOf")?))
}
