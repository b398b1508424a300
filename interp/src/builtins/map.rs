//! `Map`, `Set`, `WeakMap` and `WeakSet`. Entries keep insertion order in a vector
//! (deleted entries leave a gap, so live iterators stay valid) with a hash index
//! keyed by SameValueZero. The weak collections hold their keys strongly: nodelet
//! has no weak references (documented limitation; only memory use differs).

use std::collections::HashMap;

use super::arg;
use crate::builtins::iterator::{IterKind, IterState};
use crate::gc::Tracer;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::string::Units;
use crate::value::{ObjRef, PropKey, Value};

/// A value as a hash key under SameValueZero.
#[derive(Clone)]
enum MapKey {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(Units),
    Handle(u8, u32, u32),
}

/// A borrowed [`MapKey`]: lookups (`get`, `has`, `delete`, `set` of a key
/// already present) use it so a string key is not copied to be looked up.
/// `MapKey` hashes and compares through it, so both agree.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum KeyRef<'a> {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(&'a Units),
    Handle(u8, u32, u32),
}

impl KeyRef<'_> {
    fn to_owned_key(self) -> MapKey {
        match self {
            KeyRef::Undefined => MapKey::Undefined,
            KeyRef::Null => MapKey::Null,
            KeyRef::Bool(b) => MapKey::Bool(b),
            KeyRef::Number(n) => MapKey::Number(n),
            KeyRef::String(u) => MapKey::String(u.clone()),
            KeyRef::Handle(t, i, g) => MapKey::Handle(t, i, g),
        }
    }
}

/// Either form of key, seen as a [`KeyRef`]: the `Borrow` target that lets the
/// index (keyed by `MapKey`) be searched with a `KeyRef`.
trait AsKeyRef {
    fn key_ref(&self) -> KeyRef<'_>;
}

impl AsKeyRef for MapKey {
    fn key_ref(&self) -> KeyRef<'_> {
        match self {
            MapKey::Undefined => KeyRef::Undefined,
            MapKey::Null => KeyRef::Null,
            MapKey::Bool(b) => KeyRef::Bool(*b),
            MapKey::Number(n) => KeyRef::Number(*n),
            MapKey::String(u) => KeyRef::String(u),
            MapKey::Handle(t, i, g) => KeyRef::Handle(*t, *i, *g),
        }
    }
}

impl AsKeyRef for KeyRef<'_> {
    fn key_ref(&self) -> KeyRef<'_> {
        *self
    }
}

impl<'a> std::borrow::Borrow<dyn AsKeyRef + 'a> for MapKey {
    fn borrow(&self) -> &(dyn AsKeyRef + 'a) {
        self
    }
}

impl std::hash::Hash for dyn AsKeyRef + '_ {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key_ref().hash(state);
    }
}

impl PartialEq for dyn AsKeyRef + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.key_ref() == other.key_ref()
    }
}

impl Eq for dyn AsKeyRef + '_ {}

impl std::hash::Hash for MapKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key_ref().hash(state);
    }
}

impl PartialEq for MapKey {
    fn eq(&self, other: &Self) -> bool {
        self.key_ref() == other.key_ref()
    }
}

impl Eq for MapKey {}

#[derive(Default)]
pub struct MapData {
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<MapKey, usize>,
    size: usize,
}

impl MapData {
    pub fn trace(&self, t: &mut Tracer) {
        for (k, v) in self.entries.iter().flatten() {
            t.value(*k);
            t.value(*v);
        }
    }
    /// The first live entry at or after `i`: (its index, key, value).
    pub fn entry_from(&self, i: usize) -> Option<(usize, Value, Value)> {
        self.entries
            .iter()
            .enumerate()
            .skip(i)
            .find_map(|(j, e)| e.map(|(k, v)| (j, k, v)))
    }
    pub fn len(&self) -> usize {
        self.size
    }
    pub fn is_empty(&self) -> bool {
        self.size == 0
    }
    pub fn live_entries(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().copied().collect()
    }
}

/// The map or set `this` and the key `key` as a borrowed [`KeyRef`] (the two
/// borrow different parts of the interpreter: objects and strings).
fn data_and_key<'a>(
    cx: &'a mut Interpreter,
    this: Value,
    key: Value,
    method: &str,
) -> JsResult<(&'a mut MapData, KeyRef<'a>)> {
    // Validates `this` (and throws node's error) with the usual helper first.
    data(cx, this, method)?;
    if let Value::String(s) = key {
        // Flattens a rope, so its units can be borrowed below.
        let _ = cx.str(s);
    }
    let Value::Object(o) = this else {
        return Err(cx.type_error("Map method called on a non-object"));
    };
    let strings = &cx.strings;
    let key = match key {
        Value::Undefined | Value::Hole => KeyRef::Undefined,
        Value::Null => KeyRef::Null,
        Value::Bool(b) => KeyRef::Bool(b),
        Value::Number(n) => {
            let n = if n == 0.0 { 0.0 } else { n };
            KeyRef::Number(if n.is_nan() {
                f64::NAN.to_bits()
            } else {
                n.to_bits()
            })
        }
        Value::String(s) => KeyRef::String(strings.get(s).units()),
        Value::Symbol(s) => KeyRef::Handle(1, s.index, s.generation),
        Value::Object(k) => KeyRef::Handle(2, k.index, k.generation),
    };
    match &mut cx.objects.get_mut(o).kind {
        ObjectKind::Map(m) | ObjectKind::Set(m) => Ok((m, key)),
        _ => unreachable!("checked by `data`"),
    }
}

pub fn install(cx: &mut Interpreter) {
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    for (name, is_set, weak) in [
        ("Map", false, false),
        ("Set", true, false),
        ("WeakMap", false, true),
        ("WeakSet", true, true),
    ] {
        let proto = match (is_set, weak) {
            (false, false) => cx.realm.map_proto,
            (true, false) => cx.realm.set_proto,
            (false, true) => cx.realm.weak_map_proto,
            (true, true) => cx.realm.weak_set_proto,
        };
        let ctor_fn: crate::object::NativeFn = match (is_set, weak) {
            (false, false) => map_ctor,
            (true, false) => set_ctor,
            (false, true) => weak_map_ctor,
            (true, true) => weak_set_ctor,
        };
        let ctor = cx.constructor(name, ctor_fn, 0, proto);
        if !weak {
            let species = cx.make_native("get [Symbol.species]", species_getter, 0, false);
            let key = PropKey::Sym(cx.realm.sym_species);
            cx.define_accessor(ctor, key, Some(species), None, crate::object::CONFIGURABLE);
        }
        let v = cx.string_value(name);
        cx.define_value(proto, tag, v, crate::object::CONFIGURABLE);
        if is_set {
            cx.method(proto, "add", add, 1);
        } else {
            cx.method(proto, "get", get, 1);
            cx.method(proto, "set", set, 2);
        }
        cx.method(proto, "has", has, 1);
        cx.method(proto, "delete", delete, 1);
        if !weak {
            cx.method(proto, "clear", clear, 0);
            cx.method(proto, "forEach", for_each, 1);
            cx.getter(proto, "size", size);
            let sym = cx.realm.sym_iterator;
            if is_set {
                let values = cx.method(proto, "values", set_values, 0);
                let key = PropKey::Str(cx.intern("keys"));
                cx.define_value(proto, key, Value::Object(values), crate::object::HIDDEN);
                cx.define_value(
                    proto,
                    PropKey::Sym(sym),
                    Value::Object(values),
                    crate::object::HIDDEN,
                );
                cx.method(proto, "entries", set_entries, 0);
            } else {
                cx.method(proto, "keys", map_keys, 0);
                cx.method(proto, "values", map_values, 0);
                let entries = cx.method(proto, "entries", map_entries, 0);
                cx.define_value(
                    proto,
                    PropKey::Sym(sym),
                    Value::Object(entries),
                    crate::object::HIDDEN,
                );
            }
        }
    }
}

fn construct(
    cx: &mut Interpreter,
    args: &[Value],
    nt: Option<ObjRef>,
    is_set: bool,
    default_proto: ObjRef,
    name: &str,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        return Err(cx.type_error(&format!("Constructor {name} requires 'new'")));
    };
    let proto = cx.proto_from_constructor(nt, default_proto)?;
    let data = Box::<MapData>::default();
    let kind = if is_set {
        ObjectKind::Set(data)
    } else {
        ObjectKind::Map(data)
    };
    let o = cx.new_object(Some(proto), kind);
    cx.root(Value::Object(o));
    let init = arg(args, 0);
    if !init.is_nullish() {
        let adder_name = if is_set { "add" } else { "set" };
        let adder = cx.get_str(Value::Object(o), adder_name)?;
        cx.root(adder);
        let sym = PropKey::Sym(cx.realm.sym_iterator);
        let method = cx.get_value(init, sym)?;
        let iterable = cx.is_callable(method);
        if !iterable {
            let kind = cx.typeof_str(init);
            let d = cx.inspect(init);
            return Err(cx.type_error(&format!(
                "{kind} {d} is not iterable (cannot read property Symbol(Symbol.iterator))"
            )));
        }
        let items = cx.iterate_to_vec(init)?;
        for &item in &items {
            cx.root(item);
        }
        for item in items {
            if is_set {
                cx.call(adder, Value::Object(o), &[item])?;
            } else {
                if !matches!(item, Value::Object(_)) {
                    let d = cx.inspect_brief(item);
                    return Err(
                        cx.type_error(&format!("Iterator value {d} is not an entry object"))
                    );
                }
                let k = cx.get_str(item, "0")?;
                cx.root(k);
                let v = cx.get_str(item, "1")?;
                cx.call(adder, Value::Object(o), &[k, v])?;
            }
        }
    }
    Ok(Value::Object(o))
}

/// `get Map[Symbol.species]` (and Set's): returns `this`.
fn species_getter(
    _: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(this)
}

fn map_ctor(cx: &mut Interpreter, _: Value, args: &[Value], nt: Option<ObjRef>) -> JsResult<Value> {
    let p = cx.realm.map_proto;
    construct(cx, args, nt, false, p, "Map")
}
fn set_ctor(cx: &mut Interpreter, _: Value, args: &[Value], nt: Option<ObjRef>) -> JsResult<Value> {
    let p = cx.realm.set_proto;
    construct(cx, args, nt, true, p, "Set")
}
fn weak_map_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let p = cx.realm.weak_map_proto;
    construct(cx, args, nt, false, p, "WeakMap")
}
fn weak_set_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let p = cx.realm.weak_set_proto;
    construct(cx, args, nt, true, p, "WeakSet")
}

fn data<'a>(cx: &'a mut Interpreter, this: Value, method: &str) -> JsResult<&'a mut MapData> {
    if let Value::Object(o) = this {
        if matches!(cx.obj(o).kind, ObjectKind::Map(_) | ObjectKind::Set(_)) {
            match &mut cx.obj_mut(o).kind {
                ObjectKind::Map(m) | ObjectKind::Set(m) => return Ok(m),
                _ => unreachable!("checked just above"),
            }
        }
    }
    let d = cx.inspect_brief(this);
    Err(cx.type_error(&format!(
        "Method {method} called on incompatible receiver {d}"
    )))
}

fn get(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (m, k) = data_and_key(cx, this, arg(args, 0), "Map.prototype.get")?;
    Ok(m.index
        .get(&k as &dyn AsKeyRef)
        .and_then(|&i| m.entries.get(i).copied().flatten())
        .map_or(Value::Undefined, |(_, v)| v))
}

pub(crate) fn insert(
    cx: &mut Interpreter,
    this: Value,
    key: Value,
    value: Value,
    method: &str,
) -> JsResult<Value> {
    // `-0` is stored as `+0` (SameValueZero keys, and `map.keys()` shows `0`).
    let key = if let Value::Number(n) = key {
        Value::Number(n + 0.0)
    } else {
        key
    };
    let (m, k) = data_and_key(cx, this, key, method)?;
    match m.index.get(&k as &dyn AsKeyRef) {
        Some(&i) => {
            if let Some(Some(e)) = m.entries.get_mut(i) {
                e.1 = value;
            }
        }
        None => {
            m.index.insert(k.to_owned_key(), m.entries.len());
            m.entries.push(Some((key, value)));
            m.size += 1;
        }
    }
    Ok(this)
}

/// Weak collections take objects (and unregistered symbols) only.
fn check_weak_key(cx: &mut Interpreter, this: Value, key: Value, message: &str) -> JsResult<()> {
    let weak = matches!(this, Value::Object(o) if {
        let p = cx.obj(o).proto;
        p == Some(cx.realm.weak_map_proto) || p == Some(cx.realm.weak_set_proto)
            || cx.instance_proto_is(o, cx.realm.weak_map_proto) || cx.instance_proto_is(o, cx.realm.weak_set_proto)
    });
    let ok = match key {
        Value::Object(_) => true,
        Value::Symbol(s) => !cx.sym(s).registered,
        _ => false,
    };
    if weak && !ok {
        return Err(cx.type_error(message));
    }
    Ok(())
}

fn set(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    check_weak_key(cx, this, arg(args, 0), "Invalid value used as weak map key")?;
    insert(cx, this, arg(args, 0), arg(args, 1), "Map.prototype.set")
}

fn add(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    check_weak_key(cx, this, arg(args, 0), "Invalid value used in weak set")?;
    insert(cx, this, arg(args, 0), arg(args, 0), "Set.prototype.add")
}

fn has(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (m, k) = data_and_key(cx, this, arg(args, 0), "has")?;
    Ok(Value::Bool(m.index.contains_key(&k as &dyn AsKeyRef)))
}

fn delete(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let (m, k) = data_and_key(cx, this, arg(args, 0), "delete")?;
    match m.index.remove(&k as &dyn AsKeyRef) {
        Some(i) => {
            if let Some(e) = m.entries.get_mut(i) {
                *e = None;
            }
            m.size -= 1;
            Ok(Value::Bool(true))
        }
        None => Ok(Value::Bool(false)),
    }
}

fn clear(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let m = data(cx, this, "clear")?;
    m.entries.iter_mut().for_each(|e| *e = None);
    m.index.clear();
    m.size = 0;
    Ok(Value::Undefined)
}

fn size(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let m = data(cx, this, "size")?;
    Ok(Value::Number(m.size as f64))
}

fn for_each(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    data(cx, this, "forEach")?;
    let f = arg(args, 0);
    if !cx.is_callable(f) {
        let d = cx.inspect_brief(f);
        return Err(cx.type_error(&format!("{d} is not a function")));
    }
    let is_set = matches!(this, Value::Object(o) if matches!(cx.obj(o).kind, ObjectKind::Set(_)));
    let mut i = 0;
    loop {
        let next = data(cx, this, "forEach")?.entry_from(i);
        let Some((j, k, v)) = next else { break };
        let v = if is_set { k } else { v };
        cx.call(f, arg(args, 1), &[v, k, this])?;
        i = j + 1;
    }
    Ok(Value::Undefined)
}

fn make_iter(cx: &mut Interpreter, this: Value, kind: IterKind) -> JsResult<Value> {
    data(cx, this, "iterator")?;
    let proto = match kind {
        IterKind::SetValues | IterKind::SetEntries => cx.realm.set_iterator_proto,
        _ => cx.realm.map_iterator_proto,
    };
    let state = IterState {
        kind,
        target: this,
        index: 0,
        done: false,
    };
    Ok(Value::Object(cx.new_object(
        Some(proto),
        ObjectKind::Iterator(Box::new(state)),
    )))
}

fn map_keys(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    make_iter(cx, this, IterKind::MapKeys)
}
fn map_values(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    make_iter(cx, this, IterKind::MapValues)
}
fn map_entries(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    make_iter(cx, this, IterKind::MapEntries)
}
fn set_values(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    make_iter(cx, this, IterKind::SetValues)
}
fn set_entries(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    make_iter(cx, this, IterKind::SetEntries)
}
