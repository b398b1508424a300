//! Reading and writing numbers in a Buffer (`readUInt16LE`, `writeInt32BE`,
//! `readDoubleLE`, `readUIntBE(offset, byteLength)`…), with node's argument
//! checks and error messages (lib/internal/buffer.js). Each method is one
//! native function parametrised by a [`Spec`] (width, signedness, byte order),
//! held in the function's data slot.

use super::{bounds_error_plain, not_a_number, number_arg, out_of_range, this_view, ByteView};
use crate::builtins::arg;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::value::{ObjRef, Value};

/// The shape of one number in memory.
#[derive(Clone, Copy)]
struct Spec {
    /// Bytes; 0 means "given by the `byteLength` argument" (`readUIntLE`).
    width: usize,
    signed: bool,
    float: bool,
    little: bool,
}

const fn int(width: usize, signed: bool, little: bool) -> Spec {
    Spec {
        width,
        signed,
        float: false,
        little,
    }
}

const fn float(width: usize, little: bool) -> Spec {
    Spec {
        width,
        signed: true,
        float: true,
        little,
    }
}

/// Every method, by its name after `read`/`write`, with the lower-case `Uint`
/// aliases node also has.
const SPECS: [(&str, Option<&str>, Spec); 18] = [
    ("UInt8", Some("Uint8"), int(1, false, true)),
    ("Int8", None, int(1, true, true)),
    ("UInt16LE", Some("Uint16LE"), int(2, false, true)),
    ("UInt16BE", Some("Uint16BE"), int(2, false, false)),
    ("Int16LE", None, int(2, true, true)),
    ("Int16BE", None, int(2, true, false)),
    ("UInt32LE", Some("Uint32LE"), int(4, false, true)),
    ("UInt32BE", Some("Uint32BE"), int(4, false, false)),
    ("Int32LE", None, int(4, true, true)),
    ("Int32BE", None, int(4, true, false)),
    ("FloatLE", None, float(4, true)),
    ("FloatBE", None, float(4, false)),
    ("DoubleLE", None, float(8, true)),
    ("DoubleBE", None, float(8, false)),
    ("UIntLE", Some("UintLE"), int(0, false, true)),
    ("UIntBE", Some("UintBE"), int(0, false, false)),
    ("IntLE", None, int(0, true, true)),
    ("IntBE", None, int(0, true, false)),
];

pub(super) fn install(cx: &mut Interpreter, proto: ObjRef) {
    for (i, (name, alias, spec)) in SPECS.iter().enumerate() {
        let data = Value::Number(i as f64);
        let (read_len, write_len) = if spec.width == 0 { (2, 3) } else { (0, 1) };
        for (prefix, f, len) in [
            ("read", read as crate::object::NativeFn, read_len),
            ("write", write, write_len),
        ] {
            let full = format!("{prefix}{name}");
            let func = cx.make_native_with_data(&full, f, len, data);
            let key = crate::value::PropKey::Str(cx.intern(&full));
            cx.define_value(proto, key, Value::Object(func), crate::object::HIDDEN);
            if let Some(alias) = alias {
                let key = crate::value::PropKey::Str(cx.intern(&format!("{prefix}{alias}")));
                cx.define_value(proto, key, Value::Object(func), crate::object::HIDDEN);
            }
        }
    }
}

/// The spec of the running method.
fn spec(cx: &Interpreter) -> Spec {
    let i = match cx.native_data() {
        Value::Number(n) => n as usize,
        _ => 0,
    };
    SPECS.get(i).map_or(int(1, false, true), |s| s.2)
}

/// node's `boundsError(value, length, type)`.
fn bounds_error(cx: &mut Interpreter, value: f64, last: i64, name: &str) -> Exc {
    if value.floor() != value {
        return out_of_range(cx, name, "an integer", value);
    }
    if last < 0 {
        return bounds_error_plain(cx);
    }
    let min = if name == "offset" { 0 } else { 1 };
    out_of_range(cx, name, &format!(">= {min} and <= {last}"), value)
}

/// The width a `*IntLE(offset, byteLength)` call asks for (1 to 6).
fn width_arg(cx: &mut Interpreter, spec: Spec, v: Value) -> JsResult<usize> {
    if spec.width != 0 {
        return Ok(spec.width);
    }
    let n = match v {
        Value::Number(n) => n,
        _ => return Err(not_a_number(cx, v, "byteLength")),
    };
    if (1.0..=6.0).contains(&n) && n.fract() == 0.0 {
        return Ok(n as usize);
    }
    Err(bounds_error(cx, n, 6, "byteLength"))
}

/// Checks that `width` bytes at `offset` are inside the buffer.
fn checked_offset(
    cx: &mut Interpreter,
    view: &ByteView,
    v: Value,
    width: usize,
) -> JsResult<usize> {
    let offset = match v {
        Value::Undefined => 0.0,
        v => number_arg(cx, v, "offset")?,
    };
    let last = view.len as i64 - width as i64;
    if offset.fract() != 0.0 || offset < 0.0 || offset > last as f64 {
        return Err(bounds_error(cx, offset, last, "offset"));
    }
    Ok(offset as usize)
}

fn read(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let spec = spec(cx);
    let view = this_view(cx, this)?;
    if spec.width == 0 && matches!(arg(args, 0), Value::Undefined) {
        return Err(not_a_number(cx, Value::Undefined, "offset"));
    }
    let width = width_arg(cx, spec, arg(args, 1))?;
    let offset = checked_offset(cx, &view, arg(args, 0), width)?;
    let mut bytes = view.sub(offset, offset + width).to_vec();
    bytes.resize(width, 0);
    if !spec.little {
        bytes.reverse();
    }
    let n = if spec.float {
        match width {
            4 => f64::from(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])),
            _ => {
                let mut b = [0u8; 8];
                b.copy_from_slice(&bytes[..8]);
                f64::from_le_bytes(b)
            }
        }
    } else {
        let mut raw: u64 = 0;
        for (i, &b) in bytes.iter().enumerate() {
            raw |= u64::from(b) << (8 * i);
        }
        if spec.signed {
            let shift = 64 - 8 * width as u32;
            ((raw << shift) as i64 >> shift) as f64
        } else {
            raw as f64
        }
    };
    Ok(Value::Number(n))
}

fn write(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let spec = spec(cx);
    let view = this_view(cx, this)?;
    let value = cx.to_number(arg(args, 0))?;
    if spec.width == 0 && matches!(arg(args, 1), Value::Undefined) {
        return Err(not_a_number(cx, Value::Undefined, "offset"));
    }
    let width = width_arg(cx, spec, arg(args, 2))?;
    if width == 1 {
        // node checks the offset's type before the value for 8-bit writes.
        if let v @ (Value::String(_) | Value::Object(_) | Value::Bool(_) | Value::Null) =
            arg(args, 1)
        {
            number_arg(cx, v, "offset")?;
        }
    }
    if !spec.float {
        let bits = 8 * width as i32;
        let (min, max) = if spec.signed {
            (-(2f64.powi(bits - 1)), 2f64.powi(bits - 1) - 1.0)
        } else {
            (0.0, 2f64.powi(bits) - 1.0)
        };
        if value > max || value < min {
            let range = if width > 4 {
                if spec.signed {
                    format!(">= -(2 ** {}) and < 2 ** {}", bits - 1, bits - 1)
                } else {
                    format!(">= 0 and < 2 ** {bits}")
                }
            } else {
                format!(
                    ">= {} and <= {}",
                    crate::inspect::format_number(min),
                    crate::inspect::format_number(max)
                )
            };
            return Err(out_of_range(cx, "value", &range, value));
        }
    }
    let offset = checked_offset(cx, &view, arg(args, 1), width)?;
    let mut bytes = if spec.float {
        match width {
            4 => (value as f32).to_le_bytes().to_vec(),
            _ => value.to_le_bytes().to_vec(),
        }
    } else {
        // Integers wrap as the typed-array stores in node's JavaScript do.
        let raw: i64 = if value.is_finite() {
            value.trunc() as i64
        } else {
            0
        };
        raw.to_le_bytes()[..width].to_vec()
    };
    if !spec.little {
        bytes.reverse();
    }
    view.write_at(offset, &bytes);
    Ok(Value::Number((offset + width) as f64))
}
