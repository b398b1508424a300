//! The `Math` namespace object. `Math.random` uses xorshift64* seeded from the
//! clock: not cryptographic, as in every engine.

use std::cell::Cell;

use crate::interp::{Interpreter, JsResult};
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    let m = cx.new_plain_object();
    cx.global("Math", Value::Object(m));
    for (name, v) in [
        ("PI", std::f64::consts::PI),
        ("E", std::f64::consts::E),
        ("LN2", std::f64::consts::LN_2),
        ("LN10", std::f64::consts::LN_10),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("SQRT2", std::f64::consts::SQRT_2),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
    ] {
        cx.constant(m, name, Value::Number(v));
    }
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("Math");
    cx.define_value(m, tag, v, crate::object::CONFIGURABLE);
    let unary: &[(&str, crate::object::NativeFn)] = &[
        ("abs", abs),
        ("floor", floor),
        ("ceil", ceil),
        ("round", round),
        ("trunc", trunc),
        ("sign", sign),
        ("sqrt", sqrt),
        ("cbrt", cbrt),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("exp", exp),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fround", fround),
        ("clz32", clz32),
    ];
    for &(name, f) in unary {
        cx.method(m, name, f, 1);
    }
    cx.method(m, "pow", pow, 2);
    cx.method(m, "atan2", atan2, 2);
    cx.method(m, "imul", imul, 2);
    cx.method(m, "min", min, 2);
    cx.method(m, "max", max, 2);
    cx.method(m, "hypot", hypot, 2);
    cx.method(m, "random", random, 0);
}

fn num(cx: &mut Interpreter, args: &[Value], i: usize) -> JsResult<f64> {
    cx.to_number(super::arg(args, i))
}

macro_rules! unary_math {
    ($($name:ident => $f:expr,)*) => {$(
        fn $name(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
            let x = num(cx, args, 0)?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Number(f(x)))
        }
    )*};
}

// Where V8 uses fdlibm (its `base::ieee754`), so do these, through the
// `libm` crate's port of it: tan, asin, acos, atan, atan2, exp, expm1 and
// log2 give node's last digits on 20,000 arguments each (the C library's
// differed on 3-17% of them; tests/programs/builtins/math_last_digits.js),
// atanh on all but 5 in 20,000 (the C library's: 29%). The others keep the
// C library's: for sin, cos, log, log10, cbrt, cosh, asinh and acosh neither
// matches V8 yet, whose versions come from other code.
unary_math! {
    abs => f64::abs,
    floor => f64::floor,
    ceil => f64::ceil,
    trunc => f64::trunc,
    sqrt => f64::sqrt,
    cbrt => f64::cbrt,
    log => f64::ln,
    log2 => libm::log2,
    log10 => f64::log10,
    log1p => f64::ln_1p,
    // fdlibm's exp(1) is one bit above e; V8 answers Math.E.
    exp => |x| if x == 1.0 { std::f64::consts::E } else { libm::exp(x) },
    expm1 => libm::expm1,
    sin => f64::sin,
    cos => f64::cos,
    tan => libm::tan,
    asin => libm::asin,
    acos => libm::acos,
    atan => libm::atan,
    sinh => f64::sinh,
    cosh => f64::cosh,
    tanh => f64::tanh,
    asinh => f64::asinh,
    acosh => f64::acosh,
    atanh => libm::atanh,
    fround => |x| x as f32 as f64,
    clz32 => |x| (crate::ops::f64_to_int32(x) as u32).leading_zeros() as f64,
    sign => |x| if x.is_nan() || x == 0.0 { x } else if x > 0.0 { 1.0 } else { -1.0 },
    round => |x| {
        // JavaScript rounds halves up (towards +∞) and keeps -0.
        if !x.is_finite() || x == 0.0 {
            return x;
        }
        if x > 0.0 && x < 0.5 {
            return 0.0;
        }
        if (-0.5..0.0).contains(&x) {
            return -0.0;
        }
        let f = x.floor();
        if x - f >= 0.5 { f + 1.0 } else { f }
    },
}

fn pow(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (x, y) = (num(cx, args, 0)?, num(cx, args, 1)?);
    Ok(Value::Number(crate::eval::js_pow(x, y)))
}

fn atan2(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (y, x) = (num(cx, args, 0)?, num(cx, args, 1)?);
    Ok(Value::Number(libm::atan2(y, x)))
}

fn imul(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let a = cx.to_int32(super::arg(args, 0))?;
    let b = cx.to_int32(super::arg(args, 1))?;
    Ok(Value::Number(a.wrapping_mul(b) as f64))
}

fn min(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut acc = f64::INFINITY;
    for &a in args {
        let x = cx.to_number(a)?;
        if x.is_nan() || acc.is_nan() {
            acc = f64::NAN;
        } else if x < acc || (x == 0.0 && acc == 0.0 && x.is_sign_negative()) {
            acc = x;
        }
    }
    Ok(Value::Number(acc))
}

fn max(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut acc = f64::NEG_INFINITY;
    for &a in args {
        let x = cx.to_number(a)?;
        if x.is_nan() || acc.is_nan() {
            acc = f64::NAN;
        } else if x > acc || (x == 0.0 && acc == 0.0 && acc.is_sign_negative()) {
            acc = x;
        }
    }
    Ok(Value::Number(acc))
}

fn hypot(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut sum = 0.0;
    let mut inf = false;
    let mut nan = false;
    for &a in args {
        let x = cx.to_number(a)?;
        if x.is_infinite() {
            inf = true;
        } else if x.is_nan() {
            nan = true;
        }
        sum += x * x;
    }
    Ok(Value::Number(if inf {
        f64::INFINITY
    } else if nan {
        f64::NAN
    } else {
        sum.sqrt()
    }))
}

thread_local! {
    static SEED: Cell<u64> = Cell::new(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x2545F4914F6CDD1D, |d| d.as_nanos() as u64 | 1),
    );
}

fn random(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let r = SEED.with(|s| {
        let mut x = s.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        s.set(x);
        x.wrapping_mul(0x2545F4914F6CDD1D)
    });
    Ok(Value::Number((r >> 11) as f64 / (1u64 << 53) as f64))
}
