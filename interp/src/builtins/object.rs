//! `Object`: the constructor, its reflection functions (`keys`, `assign`,
//! `defineProperty`, `freeze`, …) and `Object.prototype`.

use super::arg;
use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::object::{ObjectKind, Property, Slot, CONFIGURABLE, ENUMERABLE, WRITABLE};
use crate::property::Own;
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.object_proto;
    let ctor = cx.constructor("Object", object_ctor, 1, proto);
    cx.realm.object_ctor = ctor;
    cx.method(ctor, "keys", keys, 1);
    cx.method(ctor, "values", values, 1);
    cx.method(ctor, "entries", entries, 1);
    cx.method(ctor, "assign", assign, 2);
    cx.method(ctor, "create", create, 2);
    cx.method(ctor, "getPrototypeOf", get_prototype_of, 1);
    cx.method(ctor, "setPrototypeOf", set_prototype_of, 2);
    cx.method(ctor, "defineProperty", define_property, 3);
    cx.method(ctor, "defineProperties", define_properties, 2);
    cx.method(ctor, "getOwnPropertyNames", get_own_property_names, 1);
    cx.method(ctor, "getOwnPropertySymbols", get_own_property_symbols, 1);
    cx.method(
        ctor,
        "getOwnPropertyDescriptor",
        get_own_property_descriptor,
        2,
    );
    cx.method(
        ctor,
        "getOwnPropertyDescriptors",
        get_own_property_descriptors,
        1,
    );
    cx.method(ctor, "freeze", freeze, 1);
    cx.method(ctor, "isFrozen", is_frozen, 1);
    cx.method(ctor, "seal", seal, 1);
    cx.method(ctor, "isSealed", is_sealed, 1);
    cx.method(ctor, "preventExtensions", prevent_extensions, 1);
    cx.method(ctor, "isExtensible", is_extensible, 1);
    cx.method(ctor, "fromEntries", from_entries, 1);
    cx.method(ctor, "is", is, 2);
    cx.method(ctor, "hasOwn", has_own, 2);
    cx.method(proto, "hasOwnProperty", has_own_property, 1);
    cx.method(proto, "isPrototypeOf", is_prototype_of, 1);
    cx.method(proto, "propertyIsEnumerable", property_is_enumerable, 1);
    cx.method(proto, "toString", to_string, 0);
    cx.method(proto, "toLocaleString", to_locale_string, 0);
    cx.method(proto, "valueOf", value_of, 0);
    cx.method(proto, "__defineGetter__", define_getter, 2);
    cx.method(proto, "__defineSetter__", define_setter, 2);
    cx.method(proto, "__lookupGetter__", lookup_getter, 1);
    cx.method(proto, "__lookupSetter__", lookup_setter, 1);
    let get = cx.make_native("get __proto__", proto_get, 0, false);
    let set = cx.make_native("set __proto__", proto_set, 1, false);
    let key = PropKey::Str(cx.intern("__proto__"));
    cx.define_accessor(proto, key, Some(get), Some(set), CONFIGURABLE);
}

fn object_ctor(
    cx: &mut Interpreter,
    _this: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    if let Some(nt) = nt {
        if Some(nt) != Some(cx.realm.object_ctor) {
            let proto = cx.proto_from_constructor(nt, cx.realm.object_proto)?;
            return Ok(Value::Object(
                cx.new_object(Some(proto), ObjectKind::Ordinary),
            ));
        }
    }
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(Value::Object(cx.new_plain_object()));
    }
    Ok(Value::Object(cx.to_object(v)?))
}

fn key_value(cx: &Interpreter, k: PropKey) -> Value {
    match k {
        PropKey::Str(a) => cx.atom_value(a),
        PropKey::Sym(s) => Value::Symbol(s),
    }
}

fn keys(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    let ks: Vec<Value> = cx
        .own_enumerable_string_keys(o)
        .into_iter()
        .map(|k| key_value(cx, k))
        .collect();
    Ok(Value::Object(cx.new_array(ks)))
}

fn values(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    cx.root(Value::Object(o));
    let arr = cx.new_array(Vec::new());
    cx.root(Value::Object(arr));
    for k in cx.own_enumerable_string_keys(o) {
        let v = cx.get(o, k)?;
        cx.array_push(arr, v);
    }
    Ok(Value::Object(arr))
}

fn entries(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    cx.root(Value::Object(o));
    let arr = cx.new_array(Vec::new());
    cx.root(Value::Object(arr));
    for k in cx.own_enumerable_string_keys(o) {
        let v = cx.get(o, k)?;
        let kv = key_value(cx, k);
        let pair = cx.new_array(vec![kv, v]);
        cx.array_push(arr, Value::Object(pair));
    }
    Ok(Value::Object(arr))
}

fn assign(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let target = cx.to_object(arg(args, 0))?;
    cx.root(Value::Object(target));
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = cx.to_object(src)?;
        cx.root(Value::Object(from));
        for k in cx.own_keys(from) {
            if cx.is_enumerable_own(from, k) == Some(true) {
                let v = cx.get(from, k)?;
                cx.set(target, k, v)?;
            }
        }
    }
    Ok(Value::Object(target))
}

fn create(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        v => {
            let d = cx.inspect_brief(v);
            return Err(cx.type_error(&format!(
                "Object prototype may only be an Object or null: {d}"
            )));
        }
    };
    let o = cx.new_object(proto, ObjectKind::Ordinary);
    if let Value::Object(props) = arg(args, 1) {
        cx.root(Value::Object(o));
        define_properties_from(cx, o, props)?;
    }
    Ok(Value::Object(o))
}

pub(crate) fn get_prototype_of(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    Ok(cx.obj(o).proto.map_or(Value::Null, Value::Object))
}

fn set_prototype_of(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let target = arg(args, 0);
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        v => {
            let d = cx.inspect_brief(v);
            return Err(cx.type_error(&format!(
                "Object prototype may only be an Object or null: {d}"
            )));
        }
    };
    if let Value::Object(o) = target {
        set_proto_checked(cx, o, proto)?;
    } else if target.is_nullish() {
        return Err(cx.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    Ok(target)
}

pub(crate) fn set_proto_checked(
    cx: &mut Interpreter,
    o: ObjRef,
    proto: Option<ObjRef>,
) -> JsResult<()> {
    let mut p = proto;
    while let Some(x) = p {
        if x == o {
            return Err(cx.type_error("Cyclic __proto__ value"));
        }
        p = cx.obj(x).proto;
    }
    if !cx.obj(o).extensible && cx.obj(o).proto != proto {
        let d = cx.describe_object_brief(o);
        return Err(cx.type_error(&format!("{d} is not extensible")));
    }
    cx.set_proto(o, proto);
    Ok(())
}

/// A property descriptor read from a JavaScript object.
#[derive(Default)]
struct Descriptor {
    value: Option<Value>,
    writable: Option<bool>,
    get: Option<Value>,
    set: Option<Value>,
    enumerable: Option<bool>,
    configurable: Option<bool>,
}

fn to_descriptor(cx: &mut Interpreter, v: Value) -> JsResult<Descriptor> {
    let Value::Object(d) = v else {
        let t = cx.inspect_brief(v);
        return Err(cx.type_error(&format!("Property description must be an object: {t}")));
    };
    let mut desc = Descriptor::default();
    let field = |cx: &mut Interpreter, a| -> JsResult<Option<Value>> {
        if cx.has_property(d, PropKey::Str(a)) {
            Ok(Some(cx.get(d, PropKey::Str(a))?))
        } else {
            Ok(None)
        }
    };
    desc.enumerable = field(cx, atoms::ENUMERABLE)?.map(|v| cx.to_boolean(v));
    desc.configurable = field(cx, atoms::CONFIGURABLE)?.map(|v| cx.to_boolean(v));
    desc.value = field(cx, atoms::VALUE)?;
    desc.writable = field(cx, atoms::WRITABLE)?.map(|v| cx.to_boolean(v));
    desc.get = field(cx, atoms::GET)?;
    desc.set = field(cx, atoms::SET)?;
    for f in [desc.get, desc.set].into_iter().flatten() {
        if !matches!(f, Value::Undefined) && !cx.is_callable(f) {
            let t = cx.inspect_brief(f);
            return Err(cx.type_error(&format!("Getter must be a function: {t}")));
        }
    }
    if (desc.get.is_some() || desc.set.is_some())
        && (desc.value.is_some() || desc.writable.is_some())
    {
        let d = cx.describe_object_brief(d);
        return Err(cx.type_error(&format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {d}"
        )));
    }
    Ok(desc)
}

/// `ValidateAndApplyPropertyDescriptor`, simplified to the common cases.
fn apply_descriptor(cx: &mut Interpreter, o: ObjRef, key: PropKey, d: Descriptor) -> JsResult<()> {
    let existing = cx.get_own(o, key);
    let is_accessor = d.get.is_some() || d.set.is_some();
    let redefine_error = |cx: &mut Interpreter| {
        let k = cx.key_text(key);
        Err(cx.type_error(&format!("Cannot redefine property: {k}")))
    };
    let as_fn = |v: Option<Value>| v.and_then(|v| v.as_object());
    if matches!(cx.obj(o).kind, ObjectKind::Array(_)) {
        if let PropKey::Str(a) = key {
            if cx.atom_index(a).is_some() || a == atoms::LENGTH {
                let plain = !is_accessor
                    && d.writable != Some(false)
                    && (existing.is_some()
                        || (d.enumerable == Some(true) && d.configurable == Some(true)))
                    && d.enumerable != Some(false)
                    && d.configurable != Some(false);
                if a == atoms::LENGTH
                    && !is_accessor
                    && d.enumerable != Some(true)
                    && d.configurable != Some(true)
                {
                    if let Some(v) = d.value {
                        cx.create_data_property(o, key, v)?;
                    }
                    if d.writable == Some(false) {
                        cx.obj_mut(o).frozen_elements = true;
                    }
                    return Ok(());
                }
                if !plain {
                    return Err(cx.type_error(
                        "nodelet: array elements with accessors or non-default attributes are not supported",
                    ));
                }
                let v = d.value.unwrap_or(Value::Undefined);
                cx.create_data_property(o, key, v)?;
                return Ok(());
            }
        }
    }
    match existing {
        None => {
            if !cx.obj(o).extensible {
                let k = cx.key_text(key);
                return Err(cx.type_error(&format!(
                    "Cannot define property {k}, object is not extensible"
                )));
            }
            let mut attrs = 0;
            if d.enumerable == Some(true) {
                attrs |= ENUMERABLE;
            }
            if d.configurable == Some(true) {
                attrs |= CONFIGURABLE;
            }
            if is_accessor {
                cx.define(
                    o,
                    key,
                    Property {
                        slot: Slot::Accessor {
                            get: as_fn(d.get),
                            set: as_fn(d.set),
                        },
                        attrs,
                    },
                );
            } else {
                if d.writable == Some(true) {
                    attrs |= WRITABLE;
                }
                cx.define(
                    o,
                    key,
                    Property::data(d.value.unwrap_or(Value::Undefined), attrs),
                );
            }
        }
        Some(own) => {
            let (old_attrs, old_slot) = match own {
                Own::Data(v, a) => (a, Slot::Data(v)),
                Own::Accessor(g, s, a) => (a, Slot::Accessor { get: g, set: s }),
            };
            let configurable = old_attrs & CONFIGURABLE != 0;
            if !configurable {
                if d.configurable == Some(true)
                    || d.enumerable
                        .is_some_and(|e| e != (old_attrs & ENUMERABLE != 0))
                {
                    return redefine_error(cx);
                }
                match old_slot {
                    Slot::Data(old) => {
                        if is_accessor {
                            return redefine_error(cx);
                        }
                        if old_attrs & WRITABLE == 0 {
                            if d.writable == Some(true) {
                                return redefine_error(cx);
                            }
                            if let Some(v) = d.value {
                                if !cx.same_value(v, old) {
                                    return redefine_error(cx);
                                }
                            }
                        }
                    }
                    Slot::Accessor { .. } => {
                        if d.value.is_some() || d.writable.is_some() || is_accessor {
                            return redefine_error(cx);
                        }
                    }
                }
            }
            let mut attrs = old_attrs;
            let set_bit = |attrs: &mut u8, bit: u8, on: Option<bool>| match on {
                Some(true) => *attrs |= bit,
                Some(false) => *attrs &= !bit,
                None => {}
            };
            set_bit(&mut attrs, ENUMERABLE, d.enumerable);
            set_bit(&mut attrs, CONFIGURABLE, d.configurable);
            let slot = if is_accessor {
                attrs &= !WRITABLE;
                let (g0, s0) = match old_slot {
                    Slot::Accessor { get, set } => (get, set),
                    Slot::Data(_) => (None, None),
                };
                Slot::Accessor {
                    get: if d.get.is_some() { as_fn(d.get) } else { g0 },
                    set: if d.set.is_some() { as_fn(d.set) } else { s0 },
                }
            } else {
                match old_slot {
                    Slot::Data(old) => {
                        set_bit(&mut attrs, WRITABLE, d.writable);
                        Slot::Data(d.value.unwrap_or(old))
                    }
                    Slot::Accessor { .. } if d.value.is_some() || d.writable.is_some() => {
                        attrs &= !WRITABLE;
                        set_bit(&mut attrs, WRITABLE, d.writable);
                        Slot::Data(d.value.unwrap_or(Value::Undefined))
                    }
                    s => s,
                }
            };
            cx.define(o, key, Property { slot, attrs });
        }
    }
    Ok(())
}

pub(crate) fn define_property(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(cx.type_error("Object.defineProperty called on non-object"));
    };
    let key = cx.to_property_key(arg(args, 1))?;
    let d = to_descriptor(cx, arg(args, 2))?;
    apply_descriptor(cx, o, key, d)?;
    Ok(Value::Object(o))
}

fn define_properties_from(cx: &mut Interpreter, o: ObjRef, props: ObjRef) -> JsResult<()> {
    let mut descs = Vec::new();
    for k in cx.own_keys(props) {
        if cx.is_enumerable_own(props, k) == Some(true) {
            let dv = cx.get(props, k)?;
            cx.root(dv);
            descs.push((k, to_descriptor(cx, dv)?));
        }
    }
    for (k, d) in descs {
        apply_descriptor(cx, o, k, d)?;
    }
    Ok(())
}

fn define_properties(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(cx.type_error("Object.defineProperties called on non-object"));
    };
    let props = cx.to_object(arg(args, 1))?;
    define_properties_from(cx, o, props)?;
    Ok(Value::Object(o))
}

fn get_own_property_names(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    own_keys_array(cx, arg(args, 0), false)
}

fn get_own_property_symbols(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    own_keys_array(cx, arg(args, 0), true)
}

/// The own string keys (or symbol keys) of `ToObject(target)`, in property
/// order, as an array: `Object.getOwnPropertyNames` / `getOwnPropertySymbols`.
fn own_keys_array(cx: &mut Interpreter, target: Value, symbols: bool) -> JsResult<Value> {
    let o = cx.to_object(target)?;
    let ks: Vec<Value> = cx
        .own_keys(o)
        .into_iter()
        .filter(|k| matches!(k, PropKey::Sym(_)) == symbols)
        .map(|k| key_value(cx, k))
        .collect();
    Ok(Value::Object(cx.new_array(ks)))
}

fn from_descriptor(cx: &mut Interpreter, o: ObjRef, key: PropKey) -> JsResult<Value> {
    let Some(own) = cx.get_own(o, key) else {
        return Ok(Value::Undefined);
    };
    let d = cx.new_plain_object();
    cx.root(Value::Object(d));
    let attrs = match own {
        Own::Data(v, a) => {
            let v = if let (ObjectKind::String(_), PropKey::Str(_)) = (&cx.obj(o).kind, key) {
                cx.get(o, key)?
            } else {
                v
            };
            cx.create_data_property(d, PropKey::Str(atoms::VALUE), v)?;
            cx.create_data_property(
                d,
                PropKey::Str(atoms::WRITABLE),
                Value::Bool(a & WRITABLE != 0),
            )?;
            a
        }
        Own::Accessor(g, s, a) => {
            cx.create_data_property(
                d,
                PropKey::Str(atoms::GET),
                g.map_or(Value::Undefined, Value::Object),
            )?;
            cx.create_data_property(
                d,
                PropKey::Str(atoms::SET),
                s.map_or(Value::Undefined, Value::Object),
            )?;
            a
        }
    };
    cx.create_data_property(
        d,
        PropKey::Str(atoms::ENUMERABLE),
        Value::Bool(attrs & ENUMERABLE != 0),
    )?;
    cx.create_data_property(
        d,
        PropKey::Str(atoms::CONFIGURABLE),
        Value::Bool(attrs & CONFIGURABLE != 0),
    )?;
    Ok(Value::Object(d))
}

pub(crate) fn get_own_property_descriptor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    cx.root(Value::Object(o));
    let key = cx.to_property_key(arg(args, 1))?;
    from_descriptor(cx, o, key)
}

fn get_own_property_descriptors(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    cx.root(Value::Object(o));
    let out = cx.new_plain_object();
    cx.root(Value::Object(out));
    for k in cx.own_keys(o) {
        let d = from_descriptor(cx, o, k)?;
        cx.create_data_property(out, k, d)?;
    }
    Ok(Value::Object(out))
}

fn set_integrity(cx: &mut Interpreter, o: ObjRef, frozen: bool) {
    let obj = cx.obj_mut(o);
    obj.extensible = false;
    if frozen {
        obj.frozen_elements = true;
    }
    for p in obj.props.iter_mut() {
        p.attrs &= !CONFIGURABLE;
        if frozen && matches!(p.slot, Slot::Data(_)) {
            p.attrs &= !WRITABLE;
        }
    }
}

fn test_integrity(cx: &Interpreter, o: ObjRef, frozen: bool) -> bool {
    let obj = cx.obj(o);
    if obj.extensible {
        return false;
    }
    if let ObjectKind::Array(elems) = &obj.kind {
        if !elems.is_empty() && frozen && !obj.frozen_elements {
            return false;
        }
    }
    obj.props.iter().all(|(_, p)| {
        !p.configurable() && (!frozen || !matches!(p.slot, Slot::Data(_)) || !p.writable())
    })
}

fn freeze(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    if let Value::Object(o) = arg(args, 0) {
        set_integrity(cx, o, true);
    }
    Ok(arg(args, 0))
}

fn seal(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    if let Value::Object(o) = arg(args, 0) {
        set_integrity(cx, o, false);
    }
    Ok(arg(args, 0))
}

fn is_frozen(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => test_integrity(cx, o, true),
        _ => true,
    }))
}

fn is_sealed(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => test_integrity(cx, o, false),
        _ => true,
    }))
}

fn prevent_extensions(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if let Value::Object(o) = arg(args, 0) {
        cx.obj_mut(o).extensible = false;
    }
    Ok(arg(args, 0))
}

fn is_extensible(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => cx.obj(o).extensible,
        _ => false,
    }))
}

fn from_entries(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.new_plain_object();
    cx.root(Value::Object(o));
    let items = cx.iterate_to_vec(arg(args, 0))?;
    for &item in &items {
        cx.root(item);
    }
    for item in items {
        let k = cx.get_str(item, "0")?;
        cx.root(k);
        let v = cx.get_str(item, "1")?;
        cx.root(v);
        let key = cx.to_property_key(k)?;
        cx.create_data_property(o, key, v)?;
    }
    Ok(Value::Object(o))
}

fn is(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(cx.same_value(arg(args, 0), arg(args, 1))))
}

fn has_own(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.to_object(arg(args, 0))?;
    let k = cx.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(cx.get_own(o, k).is_some()))
}

fn has_own_property(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let k = cx.to_property_key(arg(args, 0))?;
    let o = cx.to_object(this)?;
    Ok(Value::Bool(cx.get_own(o, k).is_some()))
}

fn is_prototype_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(mut v) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let o = cx.to_object(this)?;
    while let Some(p) = cx.obj(v).proto {
        if p == o {
            return Ok(Value::Bool(true));
        }
        v = p;
    }
    Ok(Value::Bool(false))
}

fn property_is_enumerable(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let k = cx.to_property_key(arg(args, 0))?;
    let o = cx.to_object(this)?;
    Ok(Value::Bool(cx.is_enumerable_own(o, k) == Some(true)))
}

/// `Object.prototype.toString`: `[object Tag]`.
pub fn to_string(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let tag = match this {
        Value::Undefined => "Undefined".to_string(),
        Value::Null => "Null".to_string(),
        _ => {
            let o = cx.to_object(this)?;
            let builtin = match &cx.obj(o).kind {
                ObjectKind::Array(_) => "Array",
                ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => {
                    "Function"
                }
                ObjectKind::Error => "Error",
                ObjectKind::Boolean(_) => "Boolean",
                ObjectKind::Number(_) => "Number",
                ObjectKind::String(_) => "String",
                ObjectKind::Arguments(_) => "Arguments",
                ObjectKind::Date(_) => "Date",
                ObjectKind::RegExp(_) => "RegExp",
                _ => "Object",
            };
            let t = cx.get(o, PropKey::Sym(cx.realm.sym_to_string_tag))?;
            match t {
                Value::String(s) => cx.rust_string(s),
                _ => builtin.to_string(),
            }
        }
    };
    Ok(cx.string_value(&format!("[object {tag}]")))
}

fn to_locale_string(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let f = cx.get_value(this, PropKey::Str(atoms::TO_STRING))?;
    cx.call(f, this, &[])
}

fn value_of(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Object(cx.to_object(this)?))
}

fn proto_get(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.to_object(this)?;
    Ok(cx.obj(o).proto.map_or(Value::Null, Value::Object))
}

fn proto_set(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Ok(Value::Undefined);
    };
    match arg(args, 0) {
        Value::Object(p) => set_proto_checked(cx, o, Some(p))?,
        Value::Null => set_proto_checked(cx, o, None)?,
        _ => {}
    }
    Ok(Value::Undefined)
}

/// The Annex B legacy accessor helpers (`__defineGetter__` and friends).
fn define_legacy(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    getter: bool,
) -> JsResult<Value> {
    let o = cx.to_object(this)?;
    let f = arg(args, 1);
    let Value::Object(fo) = f else {
        let which = if getter { "getter" } else { "setter" };
        return Err(cx.type_error(&format!(
            "Object.prototype.__define{}__: Expecting function",
            if which == "getter" {
                "Getter"
            } else {
                "Setter"
            }
        )));
    };
    if !cx.is_callable(f) {
        return Err(cx.type_error("Object.prototype.__defineGetter__: Expecting function"));
    }
    let key = cx.to_property_key(arg(args, 0))?;
    let (g, s) = if getter {
        (Some(fo), None)
    } else {
        (None, Some(fo))
    };
    cx.define_accessor(o, key, g, s, ENUMERABLE | CONFIGURABLE);
    Ok(Value::Undefined)
}

fn define_getter(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    define_legacy(cx, this, args, true)
}

fn define_setter(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    define_legacy(cx, this, args, false)
}

fn lookup_legacy(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    getter: bool,
) -> JsResult<Value> {
    let o = cx.to_object(this)?;
    let key = cx.to_property_key(arg(args, 0))?;
    let mut cur = Some(o);
    while let Some(c) = cur {
        match cx.get_own(c, key) {
            Some(Own::Accessor(g, s, _)) => {
                let f = if getter { g } else { s };
                return Ok(f.map_or(Value::Undefined, Value::Object));
            }
            Some(Own::Data(..)) => return Ok(Value::Undefined),
            None => cur = cx.obj(c).proto,
        }
    }
    Ok(Value::Undefined)
}

fn lookup_getter(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    lookup_legacy(cx, this, args, true)
}

fn lookup_setter(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    lookup_legacy(cx, this, args, false)
}
