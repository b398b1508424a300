//! `Symbol`: the constructor (callable, not constructible), the registry
//! (`Symbol.for`/`Symbol.keyFor`), the well-known symbols and
//! `Symbol.prototype` (`toString`, `description`).

use super::arg;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::value::{ObjRef, SymRef, Value};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.symbol_proto;
    let ctor = cx.constructor("Symbol", symbol_ctor, 0, proto);
    for (name, s) in [
        ("iterator", cx.realm.sym_iterator),
        ("asyncIterator", cx.realm.sym_async_iterator),
        ("hasInstance", cx.realm.sym_has_instance),
        ("toPrimitive", cx.realm.sym_to_primitive),
        ("toStringTag", cx.realm.sym_to_string_tag),
        ("species", cx.realm.sym_species),
    ] {
        cx.constant(ctor, name, Value::Symbol(s));
    }
    // Made by `array.rs`, which uses them (`concat`, `Array.prototype`).
    for (name, s) in crate::builtins::array::own_well_known_symbols(cx) {
        cx.constant(ctor, name, Value::Symbol(s));
    }
    // Node 20 has these for explicit resource management; nothing uses them yet.
    for name in ["asyncDispose", "dispose"] {
        let desc = cx.new_string(crate::string::Units::from_str(&format!("Symbol.{name}")));
        let s = cx.new_symbol(Some(desc));
        cx.constant(ctor, name, Value::Symbol(s));
    }
    cx.method(ctor, "for", symbol_for, 1);
    cx.method(ctor, "keyFor", key_for, 1);
    cx.method(proto, "toString", to_string, 0);
    cx.method(proto, "valueOf", value_of, 0);
    cx.getter(proto, "description", description);
    let to_prim = cx.make_native("[Symbol.toPrimitive]", value_of, 1, false);
    let key = crate::value::PropKey::Sym(cx.realm.sym_to_primitive);
    cx.define_value(
        proto,
        key,
        Value::Object(to_prim),
        crate::object::CONFIGURABLE,
    );
    let tag = crate::value::PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("Symbol");
    cx.define_value(proto, tag, v, crate::object::CONFIGURABLE);
}

fn symbol_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    if nt.is_some() {
        return Err(cx.type_error("Symbol is not a constructor"));
    }
    let d = match arg(args, 0) {
        Value::Undefined => None,
        v => Some(cx.to_string(v)?),
    };
    Ok(Value::Symbol(cx.new_symbol(d)))
}

fn symbol_for(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let key = cx.to_string(arg(args, 0))?;
    let units = cx.str(key).units().clone();
    if let Some(&s) = cx.symbol_registry.get(&units) {
        return Ok(Value::Symbol(s));
    }
    let s = cx.new_symbol(Some(key));
    cx.symbols.get_mut(s).registered = true;
    cx.symbol_registry.insert(units, s);
    Ok(Value::Symbol(s))
}

fn key_for(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Symbol(s) = arg(args, 0) else {
        let d = cx.inspect_brief(arg(args, 0));
        return Err(cx.type_error(&format!("{d} is not a symbol")));
    };
    let data = cx.sym(s);
    Ok(if data.registered {
        data.description.map_or(Value::Undefined, Value::String)
    } else {
        Value::Undefined
    })
}

fn this_symbol(cx: &mut Interpreter, this: Value) -> JsResult<SymRef> {
    match this {
        Value::Symbol(s) => Ok(s),
        Value::Object(o) => match cx.obj(o).kind {
            ObjectKind::Symbol(s) => Ok(s),
            _ => Err(cx.type_error("Symbol.prototype.toString requires that 'this' be a Symbol")),
        },
        _ => Err(cx.type_error("Symbol.prototype.toString requires that 'this' be a Symbol")),
    }
}

/// `Symbol(description)` as text.
pub fn symbol_text(cx: &Interpreter, s: SymRef) -> String {
    let d = cx
        .sym(s)
        .description
        .map(|d| cx.rust_string(d))
        .unwrap_or_default();
    format!("Symbol({d})")
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_symbol(cx, this)?;
    let t = symbol_text(cx, s);
    Ok(cx.string_value(&t))
}

fn value_of(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol(cx, this)?))
}

fn description(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_symbol(cx, this)?;
    Ok(cx
        .sym(s)
        .description
        .map_or(Value::Undefined, Value::String))
}
