//! `Function` and `Function.prototype`: `call`, `apply`, `bind`, `toString` and
//! `[Symbol.hasInstance]`. `new Function(string)` is outside the subset (no string
//! evaluation) and throws.

use super::arg;
use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::object::{BoundFunction, ObjectKind, CONFIGURABLE};
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    cx.realm.thrower = cx.make_native("", throw_type_error, 0, false);
    let proto = cx.realm.function_proto;
    let ctor = cx.constructor("Function", function_ctor, 1, proto);
    cx.realm.function_ctor = ctor;
    cx.define_value(
        proto,
        PropKey::Str(atoms::LENGTH),
        Value::Number(0.0),
        CONFIGURABLE,
    );
    let empty = cx.atom_value(atoms::EMPTY);
    cx.define_value(proto, PropKey::Str(atoms::NAME), empty, CONFIGURABLE);
    cx.method(proto, "call", call, 1);
    cx.method(proto, "apply", apply, 2);
    cx.method(proto, "bind", bind, 1);
    cx.method(proto, "toString", to_string, 0);
    let sym = cx.realm.sym_has_instance;
    let f = cx.make_native("[Symbol.hasInstance]", has_instance, 1, false);
    cx.define_value(proto, PropKey::Sym(sym), Value::Object(f), 0);
}

/// %ThrowTypeError%: guards `arguments.callee` in strict code.
fn throw_type_error(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Err(cx.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}

fn function_ctor(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let p = cx.realm.eval_error_proto;
    let e = cx.make_error(
        p,
        "nodelet: new Function(string) is not supported (no string evaluation)",
    );
    Err(cx.throw_value(Value::Object(e)))
}

fn not_a_function(cx: &mut Interpreter, method: &str) -> crate::interp::Exc {
    cx.type_error(&format!(
        "Function.prototype.{method} called on a value that is not a function"
    ))
}

// Never inlined: `call_stacked` recognises it by address, and a small
// function may otherwise be copied into each codegen unit.
#[inline(never)]
pub(crate) fn call(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if !cx.is_callable(this) {
        return Err(not_a_function(cx, "call"));
    }
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    cx.call(this, arg(args, 0), rest)
}

/// The elements of an array-like (`apply`'s argument list, `Reflect.apply`).
pub fn array_like_to_vec(cx: &mut Interpreter, v: Value) -> JsResult<Vec<Value>> {
    match v {
        Value::Undefined | Value::Null => Ok(Vec::new()),
        Value::Object(o) => {
            if let ObjectKind::Array(elems) = &cx.obj(o).kind {
                return Ok(elems
                    .iter()
                    .map(|&v| {
                        if matches!(v, Value::Hole) {
                            Value::Undefined
                        } else {
                            v
                        }
                    })
                    .collect());
            }
            let len = cx.get(o, PropKey::Str(atoms::LENGTH))?;
            let n = cx.to_integer(len)?.max(0.0) as usize;
            let mut out = Vec::with_capacity(n.min(1 << 16));
            for i in 0..n {
                let k = cx.index_key(i as u32);
                let x = cx.get(o, k)?;
                cx.root(x);
                out.push(x);
            }
            Ok(out)
        }
        _ => Err(cx.type_error("CreateListFromArrayLike called on non-object")),
    }
}

// Never inlined: `call_stacked` recognises it by address, and a small
// function may otherwise be copied into each codegen unit.
#[inline(never)]
pub(crate) fn apply(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if !cx.is_callable(this) {
        return Err(not_a_function(cx, "apply"));
    }
    let list = array_like_to_vec(cx, arg(args, 1))?;
    cx.call(this, arg(args, 0), &list)
}

fn bind(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Object(target) = this else {
        return Err(cx.type_error("Bind must be called on a function"));
    };
    if !cx.is_callable(this) {
        return Err(cx.type_error("Bind must be called on a function"));
    }
    let bound_args: Vec<Value> = args.iter().skip(1).copied().collect();
    let proto = cx.obj(target).proto;
    let b = cx.new_object(
        proto,
        ObjectKind::Bound(Box::new(BoundFunction {
            target,
            this: arg(args, 0),
            args: bound_args.clone(),
        })),
    );
    cx.root(Value::Object(b));
    let len = match cx.get(target, PropKey::Str(atoms::LENGTH))? {
        Value::Number(n) => (n - bound_args.len() as f64).max(0.0),
        _ => 0.0,
    };
    cx.define_value(
        b,
        PropKey::Str(atoms::LENGTH),
        Value::Number(len),
        CONFIGURABLE,
    );
    let name = match cx.get(target, PropKey::Str(atoms::NAME))? {
        Value::String(s) => cx.rust_string(s),
        _ => String::new(),
    };
    let n = cx.string_value(&format!("bound {name}"));
    cx.define_value(b, PropKey::Str(atoms::NAME), n, CONFIGURABLE);
    Ok(Value::Object(b))
}

/// `Function.prototype.toString` on a value (for messages that quote functions).
pub(crate) fn to_string_value(cx: &mut Interpreter, f: Value) -> JsResult<Value> {
    to_string(cx, f, &[], None)
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(cx.type_error("Function.prototype.toString requires that 'this' be a Function"));
    };
    let text = match &cx.obj(o).kind {
        ObjectKind::Function(c) => c.code.source.text(c.code.span).to_string(),
        ObjectKind::Native(_) => {
            let name = match cx.get(o, PropKey::Str(atoms::NAME))? {
                Value::String(s) => cx.rust_string(s),
                _ => String::new(),
            };
            format!("function {name}() {{ [native code] }}")
        }
        ObjectKind::Bound(_) => "function () { [native code] }".to_string(),
        _ => {
            return Err(
                cx.type_error("Function.prototype.toString requires that 'this' be a Function")
            )
        }
    };
    Ok(cx.string_value(&text))
}

pub fn has_instance(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(f) = this else {
        return Ok(Value::Bool(false));
    };
    if !cx.is_callable(this) {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(cx.ordinary_has_instance(f, arg(args, 0))?))
}
