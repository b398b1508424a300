//! `TextEncoder` and `TextDecoder` (WHATWG Encoding), the UTF-8 codecs node
//! has as globals. `encode` returns a `Uint8Array`: a byte array like a
//! Buffer but with the typed-array prototype only (typed arrays themselves are
//! out of nodelet's subset). The decoder knows UTF-8 and UTF-16LE.

use super::encoding::{self, Encoding};
use super::{coded_error, describe_received, ByteView, ErrorKind};
use crate::builtins::arg;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::value::{ObjRef, PropKey, Value};

pub(super) fn install(cx: &mut Interpreter) {
    let encoder_proto = cx.new_plain_object();
    cx.constructor("TextEncoder", text_encoder, 0, encoder_proto);
    cx.getter(encoder_proto, "encoding", encoder_encoding);
    cx.method(encoder_proto, "encode", encode, 0);
    cx.method(encoder_proto, "encodeInto", encode_into, 2);

    let decoder_proto = cx.new_plain_object();
    cx.constructor("TextDecoder", text_decoder, 0, decoder_proto);
    cx.getter(decoder_proto, "encoding", decoder_encoding);
    cx.getter(decoder_proto, "fatal", decoder_fatal);
    cx.getter(decoder_proto, "ignoreBOM", decoder_ignore_bom);
    cx.method(decoder_proto, "decode", decode, 0);

    // What `new TextEncoder().encode(s).constructor` is: named `Uint8Array`,
    // but typed arrays cannot be made directly in nodelet.
    let typed = cx.realm.uint8_array_proto;
    let ctor = cx.make_native("Uint8Array", uint8_array, 3, true);
    cx.define_value(
        ctor,
        PropKey::Str(crate::atoms::PROTOTYPE),
        Value::Object(typed),
        0,
    );
    cx.define_value(
        typed,
        PropKey::Str(crate::atoms::CONSTRUCTOR),
        Value::Object(ctor),
        crate::object::HIDDEN,
    );
}

fn uint8_array(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Err(cx.type_error("nodelet: typed arrays are not supported (use Buffer)"))
}

/// A new `Uint8Array` holding `bytes`.
fn new_uint8_array(cx: &mut Interpreter, bytes: Vec<u8>) -> Value {
    let proto = cx.realm.uint8_array_proto;
    let view = ByteView::new(bytes);
    Value::Object(cx.new_object(Some(proto), ObjectKind::Bytes(Box::new(view))))
}

/// The internal slots of an encoder or decoder: `[kind, encoding, fatal, ignoreBOM]`.
fn slots(cx: &mut Interpreter, this: Value, kind: &str) -> JsResult<Vec<Value>> {
    if let Value::Object(o) = this {
        if cx.is_host_object(o) {
            let slots = cx.host_slots_from(o, 0);
            if let Some(Value::String(k)) = slots.first() {
                if cx.str(*k).units().eq_ascii(kind) {
                    return Ok(slots);
                }
            }
        }
    }
    Err(coded_error(
        cx,
        ErrorKind::Type,
        "ERR_INVALID_THIS",
        &format!("Value of \"this\" must be of type {kind}"),
    ))
}

fn text_encoder(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        return Err(cx.type_error("Class constructor TextEncoder cannot be invoked without 'new'"));
    };
    let fallback = cx.realm.object_proto;
    let proto = cx.proto_from_constructor(nt, fallback)?;
    let kind = cx.string_value("TextEncoder");
    Ok(Value::Object(cx.new_host_object(proto, vec![kind])))
}

fn encoder_encoding(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    slots(cx, this, "TextEncoder")?;
    Ok(cx.string_value("utf-8"))
}

fn encode(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    slots(cx, this, "TextEncoder")?;
    let bytes = match arg(args, 0) {
        Value::Undefined => Vec::new(),
        v => {
            let s = cx.to_string(v)?;
            encoding::utf8_encode(cx.str(s).units())
        }
    };
    Ok(new_uint8_array(cx, bytes))
}

/// `encodeInto(string, bytes)`: as much of the string as fits, whole characters.
fn encode_into(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    slots(cx, this, "TextEncoder")?;
    let s = cx.to_string(arg(args, 0))?;
    let Some(view) = cx.byte_view(arg(args, 1)) else {
        let received = describe_received(cx, arg(args, 1));
        return Err(coded_error(
            cx,
            ErrorKind::Type,
            "ERR_INVALID_ARG_TYPE",
            &format!("The \"dest\" argument must be an instance of Uint8Array. {received}"),
        ));
    };
    let units = cx.str(s).units().clone();
    let bytes = encoding::utf8_encode_prefix(&units, view.len);
    let written = view.write_at(0, &bytes);
    // `read` counts UTF-16 units of the characters that were written.
    let read: usize = String::from_utf8_lossy(&bytes)
        .chars()
        .map(char::len_utf16)
        .sum();
    let o = cx.new_plain_object();
    cx.root(Value::Object(o));
    cx.set_named(o, "read", Value::Number(read as f64))?;
    cx.set_named(o, "written", Value::Number(written as f64))?;
    Ok(Value::Object(o))
}

fn text_decoder(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        return Err(cx.type_error("Class constructor TextDecoder cannot be invoked without 'new'"));
    };
    let label = match arg(args, 0) {
        Value::Undefined => "utf-8".to_string(),
        v => cx.to_rust_string(v)?,
    };
    let name = match label.trim().to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" | "unicode-1-1-utf-8" => "utf-8",
        "utf-16le" | "utf-16" => "utf-16le",
        _ => {
            return Err(coded_error(
                cx,
                ErrorKind::Range,
                "ERR_ENCODING_NOT_SUPPORTED",
                &format!("The \"{label}\" encoding is not supported"),
            ))
        }
    };
    let options = arg(args, 1);
    let flag = |cx: &mut Interpreter, key: &str| -> JsResult<bool> {
        match options {
            Value::Object(_) => {
                let v = cx.get_str(options, key)?;
                Ok(cx.to_boolean(v))
            }
            _ => Ok(false),
        }
    };
    let fatal = flag(cx, "fatal")?;
    let ignore_bom = flag(cx, "ignoreBOM")?;
    let fallback = cx.realm.object_proto;
    let proto = cx.proto_from_constructor(nt, fallback)?;
    let kind = cx.string_value("TextDecoder");
    cx.root(kind);
    let enc = cx.string_value(name);
    cx.root(enc);
    let slots = vec![kind, enc, Value::Bool(fatal), Value::Bool(ignore_bom)];
    Ok(Value::Object(cx.new_host_object(proto, slots)))
}

fn decoder_slot(cx: &mut Interpreter, this: Value, i: usize) -> JsResult<Value> {
    let slots = slots(cx, this, "TextDecoder")?;
    Ok(slots.get(i).copied().unwrap_or(Value::Undefined))
}

fn decoder_encoding(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    decoder_slot(cx, this, 1)
}

fn decoder_fatal(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    decoder_slot(cx, this, 2)
}

fn decoder_ignore_bom(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    decoder_slot(cx, this, 3)
}

fn decode(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let slots = slots(cx, this, "TextDecoder")?;
    let utf16 =
        matches!(slots.get(1), Some(Value::String(s)) if cx.str(*s).units().eq_ascii("utf-16le"));
    let fatal = matches!(slots.get(2), Some(Value::Bool(true)));
    let ignore_bom = matches!(slots.get(3), Some(Value::Bool(true)));
    let input = arg(args, 0);
    let bytes = match input {
        Value::Undefined => Vec::new(),
        _ => match cx.byte_view(input) {
            Some(view) => view.to_vec(),
            None => {
                return Err(coded_error(
                    cx,
                    ErrorKind::Type,
                    "ERR_INVALID_ARG_TYPE",
                    "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
                ))
            }
        },
    };
    let mut slice = bytes.as_slice();
    if utf16 {
        if !ignore_bom && slice.starts_with(&[0xff, 0xfe]) {
            slice = &slice[2..];
        }
        let units = encoding::decode(slice, Encoding::Utf16le);
        return Ok(cx.new_str_value(units));
    }
    if !ignore_bom && slice.starts_with(&[0xef, 0xbb, 0xbf]) {
        slice = &slice[3..];
    }
    if fatal && std::str::from_utf8(slice).is_err() {
        return Err(coded_error(
            cx,
            ErrorKind::Type,
            "ERR_ENCODING_INVALID_ENCODED_DATA",
            "The encoded data was not valid for encoding utf-8",
        ));
    }
    let units = encoding::decode(slice, Encoding::Utf8);
    Ok(cx.new_str_value(units))
}
