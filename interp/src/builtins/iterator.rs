//! Built-in iterators: `%IteratorPrototype%` and the array, string, map and set
//! iterators. One object kind (`ObjectKind::Iterator`) holds the state of all of
//! them: what is iterated, how far, and which view (keys, values, entries).

use crate::atoms;
use crate::gc::Tracer;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::string::Units;
use crate::value::{ObjRef, PropKey, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    ArrayValues,
    ArrayKeys,
    ArrayEntries,
    MapKeys,
    MapValues,
    MapEntries,
    SetValues,
    SetEntries,
    StringChars,
    /// Not a sync iterator: the state of an async-from-sync iterator
    /// (`builtins/async_generator.rs`), whose target holds the sync iterator
    /// and its `next` method.
    AsyncFromSync,
}

pub struct IterState {
    pub kind: IterKind,
    pub target: Value,
    pub index: usize,
    pub done: bool,
}

impl IterState {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.target);
    }
}

pub fn install(cx: &mut Interpreter) {
    let ip = cx.realm.iterator_proto;
    let sym = cx.realm.sym_iterator;
    cx.symbol_method(ip, sym, "[Symbol.iterator]", return_this, 0);
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    for (proto, name) in [
        (cx.realm.array_iterator_proto, "Array Iterator"),
        (cx.realm.string_iterator_proto, "String Iterator"),
        (cx.realm.map_iterator_proto, "Map Iterator"),
        (cx.realm.set_iterator_proto, "Set Iterator"),
    ] {
        cx.method(proto, "next", next, 0);
        let v = cx.string_value(name);
        cx.define_value(proto, tag, v, crate::object::CONFIGURABLE);
    }
}

fn return_this(
    _: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(this)
}

/// `{ value, done }`.
pub fn iter_result(cx: &mut Interpreter, value: Value, done: bool) -> Value {
    let o = cx.new_plain_object();
    cx.define_value(
        o,
        PropKey::Str(atoms::VALUE),
        value,
        crate::object::DEFAULT_ATTRS,
    );
    cx.define_value(
        o,
        PropKey::Str(atoms::DONE),
        Value::Bool(done),
        crate::object::DEFAULT_ATTRS,
    );
    Value::Object(o)
}

fn next(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Object(it) = this else {
        return Err(cx.type_error("next method called on incompatible receiver"));
    };
    if !matches!(&cx.obj(it).kind, ObjectKind::Iterator(s) if s.kind != IterKind::AsyncFromSync) {
        let d = cx.inspect_brief(this);
        return Err(cx.type_error(&format!("next method called on incompatible receiver {d}")));
    }
    match step_builtin(cx, it)? {
        Some(value) => {
            cx.root(value);
            Ok(iter_result(cx, value, false))
        }
        None => Ok(iter_result(cx, Value::Undefined, true)),
    }
}

/// Whether `f` is the built-in `next` of the array, string, map and set
/// iterators: then `for…of`, spread and destructuring may step the iterator
/// with [`step_builtin`] and skip the `{ value, done }` object nobody else sees.
pub fn is_builtin_next(cx: &Interpreter, f: Value) -> bool {
    let Value::Object(f) = f else { return false };
    matches!(&cx.obj(f).kind, ObjectKind::Native(n) if n.f as *const () == next as *const ())
}

/// Whether `o` is a built-in sync iterator that [`step_builtin`] can step.
pub fn is_builtin_iterator(cx: &Interpreter, o: ObjRef) -> bool {
    matches!(&cx.obj(o).kind, ObjectKind::Iterator(s) if s.kind != IterKind::AsyncFromSync)
}

/// One step of a built-in iterator: the next value, or `None` when it is done
/// (from then on it stays done). This is `next` without the result object.
pub fn step_builtin(cx: &mut Interpreter, it: ObjRef) -> JsResult<Option<Value>> {
    let (kind, target, index, done) = match &cx.obj(it).kind {
        ObjectKind::Iterator(s) if s.kind != IterKind::AsyncFromSync => {
            (s.kind, s.target, s.index, s.done)
        }
        _ => return Ok(None),
    };
    if done {
        return Ok(None);
    }
    match step(cx, kind, target, index)? {
        Some((value, next_index)) => {
            if let ObjectKind::Iterator(s) = &mut cx.obj_mut(it).kind {
                s.index = next_index;
            }
            Ok(Some(value))
        }
        None => {
            if let ObjectKind::Iterator(s) = &mut cx.obj_mut(it).kind {
                s.done = true;
            }
            Ok(None)
        }
    }
}

/// The value at `index` and the index after it, or `None` at the end.
fn step(
    cx: &mut Interpreter,
    kind: IterKind,
    target: Value,
    index: usize,
) -> JsResult<Option<(Value, usize)>> {
    match kind {
        IterKind::ArrayValues | IterKind::ArrayKeys | IterKind::ArrayEntries => {
            let Value::Object(o) = target else {
                return Ok(None);
            };
            let len = crate::builtins::array::length_of(cx, o)?;
            if index >= len {
                return Ok(None);
            }
            let v = match kind {
                IterKind::ArrayKeys => Value::Number(index as f64),
                IterKind::ArrayValues => crate::builtins::array::get_index(cx, o, index)?,
                _ => {
                    let v = crate::builtins::array::get_index(cx, o, index)?;
                    Value::Object(cx.new_array(vec![Value::Number(index as f64), v]))
                }
            };
            Ok(Some((v, index + 1)))
        }
        IterKind::StringChars => {
            let Value::String(s) = target else {
                return Ok(None);
            };
            let units = &cx.str(s).units();
            let Some(u) = units.at(index) else {
                return Ok(None);
            };
            let pair = (0xD800..0xDC00).contains(&u)
                && units
                    .at(index + 1)
                    .is_some_and(|l| (0xDC00..0xE000).contains(&l));
            let n = if pair { 2 } else { 1 };
            let part = units.slice(index, index + n);
            Ok(Some((Value::String(cx.new_string(part)), index + n)))
        }
        IterKind::AsyncFromSync => Ok(None),
        IterKind::MapKeys
        | IterKind::MapValues
        | IterKind::MapEntries
        | IterKind::SetValues
        | IterKind::SetEntries => {
            let Value::Object(o) = target else {
                return Ok(None);
            };
            let found = match &cx.obj(o).kind {
                ObjectKind::Map(m) | ObjectKind::Set(m) => m.entry_from(index),
                _ => None,
            };
            let Some((i, k, v)) = found else {
                return Ok(None);
            };
            let out = match kind {
                IterKind::MapKeys | IterKind::SetValues => k,
                IterKind::MapValues => v,
                IterKind::SetEntries => Value::Object(cx.new_array(vec![k, k])),
                _ => Value::Object(cx.new_array(vec![k, v])),
            };
            Ok(Some((out, i + 1)))
        }
    }
}

/// A string iterator (`'abc'[Symbol.iterator]()`), iterating code points.
pub fn string_iterator(cx: &mut Interpreter, s: Value) -> Value {
    let proto = cx.realm.string_iterator_proto;
    let state = IterState {
        kind: IterKind::StringChars,
        target: s,
        index: 0,
        done: false,
    };
    let _ = Units::from_str("");
    Value::Object(cx.new_object(Some(proto), ObjectKind::Iterator(Box::new(state))))
}
