//! `Error` and its subclasses (`TypeError`, `RangeError`, …, `AggregateError`),
//! with `message`, `cause` and a node-style `stack`, plus node's
//! `Error.captureStackTrace`.

use super::arg;
use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::object::{ObjectKind, HIDDEN};
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    cx.realm.stack_getter = cx.make_native("get stack", stack_get, 0, false);
    cx.realm.stack_setter = cx.make_native("set stack", stack_set, 1, false);
    let base = cx.realm.error_proto;
    let error_ctor = cx.constructor("Error", error_ctor, 1, base);
    cx.method(base, "toString", to_string, 0);
    let m = cx.atom_value(atoms::EMPTY);
    cx.define_value(base, PropKey::Str(atoms::MESSAGE), m, HIDDEN);
    let n = cx.string_value("Error");
    cx.define_value(base, PropKey::Str(atoms::NAME), n, HIDDEN);
    cx.method(error_ctor, "captureStackTrace", capture_stack_trace, 2);
    // A plain writable, enumerable property, as in V8 (nodelet reads it nowhere).
    let limit = PropKey::Str(cx.intern("stackTraceLimit"));
    cx.define_value(
        error_ctor,
        limit,
        Value::Number(10.0),
        crate::object::DEFAULT_ATTRS,
    );
    let subclasses: [(&str, ObjRef, crate::object::NativeFn); 7] = [
        ("TypeError", cx.realm.type_error_proto, type_error_ctor),
        ("RangeError", cx.realm.range_error_proto, range_error_ctor),
        (
            "ReferenceError",
            cx.realm.reference_error_proto,
            reference_error_ctor,
        ),
        (
            "SyntaxError",
            cx.realm.syntax_error_proto,
            syntax_error_ctor,
        ),
        ("EvalError", cx.realm.eval_error_proto, eval_error_ctor),
        ("URIError", cx.realm.uri_error_proto, uri_error_ctor),
        (
            "AggregateError",
            cx.realm.aggregate_error_proto,
            aggregate_error_ctor,
        ),
    ];
    for (name, proto, f) in subclasses {
        let c = cx.constructor(name, f, if name == "AggregateError" { 2 } else { 1 }, proto);
        cx.set_proto(c, Some(error_ctor));
        let n = cx.string_value(name);
        cx.define_value(proto, PropKey::Str(atoms::NAME), n, HIDDEN);
        let m = cx.atom_value(atoms::EMPTY);
        cx.define_value(proto, PropKey::Str(atoms::MESSAGE), m, HIDDEN);
    }
}

/// The shared body of every error constructor.
fn construct(
    cx: &mut Interpreter,
    nt: Option<ObjRef>,
    default_proto: ObjRef,
    message: Value,
    options: Value,
) -> JsResult<ObjRef> {
    let proto = match nt {
        Some(nt) => cx.proto_from_constructor(nt, default_proto)?,
        None => default_proto,
    };
    let o = cx.new_object(Some(proto), ObjectKind::Error);
    cx.root(Value::Object(o));
    let text = match message {
        Value::Undefined => None,
        _ => {
            let s = cx.to_string(message)?;
            cx.root(Value::String(s));
            Some(s)
        }
    };
    // `stack` is the first own property, then `message` and `cause`, as
    // node lists them (`Object.getOwnPropertyNames(new Error('x'))`). A
    // subclass's constructors are left out of it (`callee`).
    let callee = nt.filter(|f| {
        !matches!(
            cx.obj(*f).kind,
            ObjectKind::Native(_) | ObjectKind::Bound(_)
        )
    });
    cx.attach_stack_below(o, callee);
    if let Some(s) = text {
        cx.define_value(o, PropKey::Str(atoms::MESSAGE), Value::String(s), HIDDEN);
    }
    if let Value::Object(opts) = options {
        if cx.has_property(opts, PropKey::Str(atoms::CAUSE)) {
            let c = cx.get(opts, PropKey::Str(atoms::CAUSE))?;
            cx.define_value(o, PropKey::Str(atoms::CAUSE), c, HIDDEN);
        }
    }
    Ok(o)
}

macro_rules! error_ctors {
    ($($f:ident => $proto:ident,)*) => {$(
        fn $f(cx: &mut Interpreter, _: Value, args: &[Value], nt: Option<ObjRef>) -> JsResult<Value> {
            let p = cx.realm.$proto;
            Ok(Value::Object(construct(cx, nt, p, arg(args, 0), arg(args, 1))?))
        }
    )*};
}

error_ctors! {
    error_ctor => error_proto,
    type_error_ctor => type_error_proto,
    range_error_ctor => range_error_proto,
    reference_error_ctor => reference_error_proto,
    syntax_error_ctor => syntax_error_proto,
    eval_error_ctor => eval_error_proto,
    uri_error_ctor => uri_error_proto,
}

fn aggregate_error_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let p = cx.realm.aggregate_error_proto;
    let o = construct(cx, nt, p, arg(args, 1), arg(args, 2))?;
    let errors = cx.iterate_to_vec(arg(args, 0))?;
    let arr = cx.new_array(errors);
    cx.define_value(o, PropKey::Str(atoms::ERRORS), Value::Object(arr), HIDDEN);
    Ok(Value::Object(o))
}

fn stack_get(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    match this {
        Value::Object(o) => Ok(cx.materialize_stack(o)),
        _ => Ok(Value::Undefined),
    }
}

fn stack_set(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if let Value::Object(o) = this {
        cx.define_value(o, PropKey::Str(atoms::STACK), arg(args, 0), HIDDEN);
    }
    Ok(Value::Undefined)
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(cx.type_error("Error.prototype.toString requires that 'this' be an Object"));
    };
    let name = match cx.get(o, PropKey::Str(atoms::NAME))? {
        Value::Undefined => "Error".to_string(),
        v => cx.to_rust_string(v)?,
    };
    let msg = match cx.get(o, PropKey::Str(atoms::MESSAGE))? {
        Value::Undefined => String::new(),
        v => cx.to_rust_string(v)?,
    };
    let s = match (name.is_empty(), msg.is_empty()) {
        (_, true) => name,
        (true, false) => msg,
        _ => format!("{name}: {msg}"),
    };
    Ok(cx.string_value(&s))
}

fn capture_stack_trace(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else {
        let d = cx.inspect_brief(arg(args, 0));
        return Err(cx.type_error(&format!("Invalid argument: {d}")));
    };
    cx.attach_stack(o);
    Ok(Value::Undefined)
}
