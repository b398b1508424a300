//! `Boolean` and `Boolean.prototype`.

use super::arg;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::value::{ObjRef, Value};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.boolean_proto;
    cx.constructor("Boolean", boolean_ctor, 1, proto);
    cx.method(proto, "toString", to_string, 0);
    cx.method(proto, "valueOf", value_of, 0);
}

fn boolean_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let b = cx.to_boolean(arg(args, 0));
    match nt {
        None => Ok(Value::Bool(b)),
        Some(nt) => {
            let proto = cx.proto_from_constructor(nt, cx.realm.boolean_proto)?;
            Ok(Value::Object(
                cx.new_object(Some(proto), ObjectKind::Boolean(b)),
            ))
        }
    }
}

fn this_bool(cx: &mut Interpreter, this: Value) -> JsResult<bool> {
    match this {
        Value::Bool(b) => Ok(b),
        Value::Object(o) => match cx.obj(o).kind {
            ObjectKind::Boolean(b) => Ok(b),
            _ => Err(cx.type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")),
        },
        _ => Err(cx.type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")),
    }
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let b = this_bool(cx, this)?;
    Ok(cx.string_value(if b { "true" } else { "false" }))
}

fn value_of(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(this_bool(cx, this)?))
}
