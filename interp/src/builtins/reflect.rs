//! `Reflect`: the object internal methods as functions (the non-Proxy part of
//! ECMA-262 §28.1). Where `Object.*` throws, `Reflect.*` mostly answers false.

use super::arg;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    let r = cx.new_plain_object();
    cx.global("Reflect", Value::Object(r));
    let methods: &[(&str, crate::object::NativeFn, u32)] = &[
        ("apply", apply, 3),
        ("construct", construct, 2),
        ("defineProperty", define_property, 3),
        ("deleteProperty", delete_property, 2),
        ("get", get, 2),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getPrototypeOf", get_prototype_of, 1),
        ("has", has, 2),
        ("isExtensible", is_extensible, 1),
        ("ownKeys", own_keys, 1),
        ("preventExtensions", prevent_extensions, 1),
        ("set", set, 3),
        ("setPrototypeOf", set_prototype_of, 2),
    ];
    for &(name, f, len) in methods {
        cx.method(r, name, f, len);
    }
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("Reflect");
    cx.define_value(r, tag, v, crate::object::CONFIGURABLE);
}

/// The target, which must be an object.
fn target(cx: &mut Interpreter, args: &[Value], method: &str) -> JsResult<ObjRef> {
    match arg(args, 0) {
        Value::Object(o) => Ok(o),
        _ => Err(cx.type_error(&format!("Reflect.{method} called on non-object"))),
    }
}

fn apply(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let f = arg(args, 0);
    if !cx.is_callable(f) {
        let d = match f {
            Value::Object(o) => cx.describe_object_brief(o),
            Value::Symbol(_) => cx.inspect_brief(f),
            v => cx.primitive_text(v),
        };
        // V8 names the type with an article ("a number", "an object", "null").
        let kind = match f {
            Value::Null => "null".to_string(),
            Value::Object(_) => "an object".to_string(),
            v => format!("a {}", cx.typeof_str(v)),
        };
        return Err(cx.type_error(&format!(
            "Function.prototype.apply was called on {d}, which is {kind} and not a function"
        )));
    }
    let list = crate::builtins::function::array_like_to_vec(cx, arg(args, 2))?;
    cx.call(f, arg(args, 1), &list)
}

/// How V8 names a value in "… is not a constructor": a function by its
/// source text, an object as `#<Object>`, a primitive as itself.
fn constructor_text(cx: &mut Interpreter, v: Value) -> JsResult<String> {
    if cx.is_callable(v) {
        let s = crate::builtins::function::to_string_value(cx, v)?;
        return cx.to_rust_string(s);
    }
    Ok(match v {
        Value::Object(o) => cx.describe_object_brief(o),
        Value::Symbol(_) => cx.inspect_brief(v),
        v => cx.primitive_text(v),
    })
}

fn construct(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let f = arg(args, 0);
    if !cx.is_constructor(f) {
        let d = constructor_text(cx, f)?;
        return Err(cx.type_error(&format!("{d} is not a constructor")));
    }
    let nt = match args.get(2) {
        Some(&v) if !cx.is_constructor(v) => {
            let d = constructor_text(cx, v)?;
            return Err(cx.type_error(&format!("{d} is not a constructor")));
        }
        Some(&v) => v.as_object(),
        None => f.as_object(),
    };
    let list = crate::builtins::function::array_like_to_vec(cx, arg(args, 1))?;
    cx.construct(f, &list, nt)
}

fn define_property(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    target(cx, args, "defineProperty")?;
    match crate::builtins::object::define_property(cx, this, args, nt) {
        Ok(_) => Ok(Value::Bool(true)),
        // A refused definition is `false`; other failures propagate.
        Err(Exc::Throw) if matches!(cx.exception, Value::Object(e) if cx.obj(e).proto == Some(cx.realm.type_error_proto)) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delete_property(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = target(cx, args, "deleteProperty")?;
    let k = cx.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(cx.delete(o, k)))
}

fn get(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = target(cx, args, "get")?;
    let k = cx.to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 2 {
        args[2]
    } else {
        Value::Object(o)
    };
    cx.get_from(o, k, receiver)
}

fn set(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = target(cx, args, "set")?;
    let k = cx.to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 3 {
        args[3]
    } else {
        Value::Object(o)
    };
    Ok(Value::Bool(cx.set_to(o, k, arg(args, 2), receiver)?))
}

fn get_own_property_descriptor(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    target(cx, args, "getOwnPropertyDescriptor")?;
    crate::builtins::object::get_own_property_descriptor(cx, this, args, nt)
}

fn get_prototype_of(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = target(cx, args, "getPrototypeOf")?;
    Ok(cx.obj(o).proto.map_or(Value::Null, Value::Object))
}

fn set_prototype_of(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = target(cx, args, "setPrototypeOf")?;
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Err(cx.type_error("Object prototype may only be an Object or null")),
    };
    Ok(Value::Bool(
        crate::builtins::object::set_proto_checked(cx, o, proto).is_ok(),
    ))
}

fn has(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = target(cx, args, "has")?;
    let k = cx.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(cx.has_property(o, k)))
}

fn is_extensible(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = target(cx, args, "isExtensible")?;
    Ok(Value::Bool(cx.obj(o).extensible))
}

fn prevent_extensions(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = target(cx, args, "preventExtensions")?;
    cx.obj_mut(o).extensible = false;
    Ok(Value::Bool(true))
}

fn own_keys(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = target(cx, args, "ownKeys")?;
    let keys: Vec<Value> = cx
        .own_keys(o)
        .into_iter()
        .map(|k| match k {
            PropKey::Str(a) => cx.atom_value(a),
            PropKey::Sym(s) => Value::Symbol(s),
        })
        .collect();
    Ok(Value::Object(cx.new_array(keys)))
}
