//! `Array` and `Array.prototype`. Every method works on any array-like `this`
//! through `length` and indexed gets and sets; dense arrays take fast paths
//! (direct element access) that give the same results.

use super::arg;
use crate::atoms;
use crate::builtins::iterator::{IterKind, IterState};
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.array_proto;
    let ctor = cx.constructor("Array", array_ctor, 1, proto);
    cx.realm.array_ctor = ctor;
    cx.method(ctor, "isArray", is_array, 1);
    cx.method(ctor, "from", from, 1);
    cx.method(ctor, "of", of, 0);
    let species = cx.make_native("get [Symbol.species]", return_this, 0, false);
    let key = PropKey::Sym(cx.realm.sym_species);
    cx.define_accessor(ctor, key, Some(species), None, crate::object::CONFIGURABLE);
    let methods: &[(&str, crate::object::NativeFn, u32)] = &[
        ("push", push, 1),
        ("pop", pop, 0),
        ("shift", shift, 0),
        ("unshift", unshift, 1),
        ("slice", slice, 2),
        ("splice", splice, 2),
        ("indexOf", index_of, 1),
        ("lastIndexOf", last_index_of, 1),
        ("includes", includes, 1),
        ("join", join, 1),
        ("toString", to_string, 0),
        ("toLocaleString", to_locale_string, 0),
        ("map", map, 1),
        ("filter", filter, 1),
        ("forEach", for_each, 1),
        ("reduce", reduce, 1),
        ("reduceRight", reduce_right, 1),
        ("find", find, 1),
        ("findIndex", find_index, 1),
        ("findLast", find_last, 1),
        ("findLastIndex", find_last_index, 1),
        ("some", some, 1),
        ("every", every, 1),
        ("sort", sort, 1),
        ("reverse", reverse, 0),
        ("fill", fill, 1),
        ("flat", flat, 0),
        ("flatMap", flat_map, 1),
        ("at", at, 1),
        ("keys", keys, 0),
        ("entries", entries, 0),
        ("toReversed", to_reversed, 0),
        ("toSorted", to_sorted, 1),
        ("with", with, 2),
        ("copyWithin", copy_within, 2),
        ("toSpliced", to_spliced, 2),
    ];
    for &(name, f, len) in methods {
        cx.method(proto, name, f, len);
    }
    let values_fn = cx.method(proto, "values", values, 0);
    let sym = cx.realm.sym_iterator;
    cx.define_value(
        proto,
        PropKey::Sym(sym),
        Value::Object(values_fn),
        crate::object::HIDDEN,
    );
    // `Symbol.isConcatSpreadable` is made here and kept in `concat`'s data slot
    // (the realm has no slot for it); `symbol.rs` publishes it from there.
    let desc = cx.new_string(crate::string::Units::from_str("Symbol.isConcatSpreadable"));
    let spreadable = cx.new_symbol(Some(desc));
    let f = cx.make_native_with_data("concat", concat, 1, Value::Symbol(spreadable));
    let key = PropKey::Str(cx.intern("concat"));
    cx.define_value(proto, key, Value::Object(f), crate::object::HIDDEN);
    install_unscopables(cx, proto);
}

/// `Array.prototype[Symbol.unscopables]`: a null-prototype object naming the
/// methods `with` statements must not see. The symbol itself is made here and
/// published as `Symbol.unscopables` by `symbol.rs`.
fn install_unscopables(cx: &mut Interpreter, proto: ObjRef) {
    let desc = cx.new_string(crate::string::Units::from_str("Symbol.unscopables"));
    let sym = cx.new_symbol(Some(desc));
    let list = cx.new_object(None, ObjectKind::Ordinary);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "values",
        "toReversed",
        "toSorted",
        "toSpliced",
    ] {
        let key = PropKey::Str(cx.intern(name));
        cx.define_value(list, key, Value::Bool(true), crate::object::DEFAULT_ATTRS);
    }
    cx.define_value(
        proto,
        PropKey::Sym(sym),
        Value::Object(list),
        crate::object::CONFIGURABLE,
    );
}

/// The well-known symbols `array.rs` makes, for `Symbol` to publish:
/// `isConcatSpreadable` (from `concat`'s data slot) and `unscopables` (the
/// one symbol key of `Array.prototype` besides `Symbol.iterator`).
pub fn own_well_known_symbols(cx: &mut Interpreter) -> Vec<(&'static str, crate::value::SymRef)> {
    let proto = cx.realm.array_proto;
    let mut out = Vec::new();
    let concat_key = PropKey::Str(cx.intern("concat"));
    if let Some(crate::property::Own::Data(Value::Object(f), _)) = cx.get_own(proto, concat_key) {
        if let ObjectKind::Native(n) = &cx.obj(f).kind {
            if let Value::Symbol(s) = n.data {
                out.push(("isConcatSpreadable", s));
            }
        }
    }
    let iterator = cx.realm.sym_iterator;
    for key in cx.obj(proto).props.keys() {
        if let PropKey::Sym(s) = key {
            if s != iterator {
                out.push(("unscopables", s));
            }
        }
    }
    out
}

fn array_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let arr = if args.len() == 1 {
        if let Value::Number(n) = args[0] {
            if n < 0.0 || n.fract() != 0.0 {
                return Err(cx.range_error("Invalid array length"));
            }
            let n = new_array_length(cx, n as usize)?;
            cx.new_array(vec![Value::Hole; n])
        } else {
            cx.new_array(args.to_vec())
        }
    } else {
        cx.new_array(args.to_vec())
    };
    if let Some(nt) = nt {
        if nt != cx.realm.array_ctor {
            cx.root(Value::Object(arr));
            let p = cx.proto_from_constructor(nt, cx.realm.array_proto)?;
            cx.set_proto(arr, Some(p));
        }
    }
    Ok(Value::Object(arr))
}

fn return_this(
    _: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(this)
}

/// `ArraySpeciesCreate`, applied after the fact: when `o` is an array whose
/// constructor (or its `Symbol.species`) is not `Array`, the result is rebuilt
/// as an instance of that constructor (so subclasses keep their class).
fn species_wrap(cx: &mut Interpreter, o: ObjRef, result: ObjRef) -> JsResult<Value> {
    if !matches!(cx.obj(o).kind, ObjectKind::Array(_)) {
        return Ok(Value::Object(result));
    }
    cx.root(Value::Object(result));
    let mut c = cx.get(o, PropKey::Str(atoms::CONSTRUCTOR))?;
    if let Value::Object(co) = c {
        c = cx.get(co, PropKey::Sym(cx.realm.sym_species))?;
        if matches!(c, Value::Null) {
            c = Value::Undefined;
        }
    }
    if matches!(c, Value::Undefined) || c.same_handle(Value::Object(cx.realm.array_ctor)) {
        return Ok(Value::Object(result));
    }
    if !cx.is_constructor(c) {
        return Err(cx.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    let out = cx.construct(c, &[Value::Number(0.0)], None)?;
    let Value::Object(oo) = out else {
        return Ok(out);
    };
    cx.root(out);
    let n = length_of(cx, result)?;
    for i in 0..n {
        if has_index(cx, result, i) {
            let v = get_index(cx, result, i)?;
            let k = cx.index_key(i as u32);
            cx.create_data_property(oo, k, v)?;
        }
    }
    set_length(cx, oo, n)?;
    Ok(out)
}

fn is_array(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Object(o) if matches!(cx.obj(o).kind, ObjectKind::Array(_))),
    ))
}

// ---------------------------------------------------------------------------
// Array-like access helpers
// ---------------------------------------------------------------------------

/// `LengthOfArrayLike`.
pub fn length_of(cx: &mut Interpreter, o: ObjRef) -> JsResult<usize> {
    if let ObjectKind::Array(elems) = &cx.obj(o).kind {
        return Ok(elems.len());
    }
    let v = cx.get(o, PropKey::Str(atoms::LENGTH))?;
    let n = cx.to_integer(v)?;
    Ok(n.clamp(0.0, 9007199254740991.0) as usize)
}

/// The length of a new array of `n` elements (the spec's ArrayCreate): node's
/// RangeError past 2^32 - 1, and nodelet's own past `MAX_DENSE_LENGTH`, since
/// its arrays are dense: never an allocation that size (an array-like
/// `{ length: 2 ** 40 }` reaches here).
fn new_array_length(cx: &mut Interpreter, n: usize) -> JsResult<usize> {
    if n > u32::MAX as usize {
        return Err(cx.range_error("Invalid array length"));
    }
    if n > crate::property::MAX_DENSE_LENGTH {
        return Err(
            cx.range_error("nodelet: arrays longer than 50,000,000 elements are not supported")
        );
    }
    Ok(n)
}

/// `o[i]` with the dense fast path.
pub fn get_index(cx: &mut Interpreter, o: ObjRef, i: usize) -> JsResult<Value> {
    if let ObjectKind::Array(elems) = &cx.obj(o).kind {
        if let Some(&v) = elems.get(i) {
            if !matches!(v, Value::Hole) {
                return Ok(v);
            }
        }
    }
    let k = cx.index_key(i as u32);
    cx.get(o, k)
}

fn has_index(cx: &mut Interpreter, o: ObjRef, i: usize) -> bool {
    if let ObjectKind::Array(elems) = &cx.obj(o).kind {
        if let Some(v) = elems.get(i) {
            if !matches!(v, Value::Hole) {
                return true;
            }
        }
    }
    let k = cx.index_key(i as u32);
    cx.has_property(o, k)
}

fn set_index(cx: &mut Interpreter, o: ObjRef, i: usize, v: Value) -> JsResult<()> {
    // Overwriting an element a dense, unfrozen array already has is a plain
    // store: no setter can be involved and no key needs interning.
    if let Some(elems) = dense_mut(cx, o) {
        if let Some(slot) = elems.get_mut(i) {
            if !matches!(slot, Value::Hole) {
                *slot = v;
                return Ok(());
            }
        }
    }
    let k = cx.index_key(i as u32);
    cx.set(o, k, v)
}

/// `DeletePropertyOrThrow`: built-ins fail loudly on non-configurable elements.
fn delete_index(cx: &mut Interpreter, o: ObjRef, i: usize) -> JsResult<()> {
    let k = cx.index_key(i as u32);
    if !cx.delete(o, k) {
        let d = cx.describe_object_brief(o);
        return Err(cx.type_error(&format!("Cannot delete property '{i}' of {d}")));
    }
    Ok(())
}

fn set_length(cx: &mut Interpreter, o: ObjRef, n: usize) -> JsResult<()> {
    cx.set(o, PropKey::Str(atoms::LENGTH), Value::Number(n as f64))
}

/// A dense array's elements (for the fast paths), if `o` is an extensible,
/// unfrozen array.
fn dense_mut(cx: &mut Interpreter, o: ObjRef) -> Option<&mut Vec<Value>> {
    let obj = cx.obj_mut(o);
    if obj.frozen_elements || !obj.extensible {
        return None;
    }
    match &mut obj.kind {
        ObjectKind::Array(elems) => Some(elems),
        _ => None,
    }
}

fn relative_index(cx: &mut Interpreter, v: Value, len: usize, default: usize) -> JsResult<usize> {
    if matches!(v, Value::Undefined) {
        return Ok(default);
    }
    let n = cx.to_integer(v)?;
    Ok(if n < 0.0 {
        (len as f64 + n).max(0.0) as usize
    } else {
        n.min(len as f64) as usize
    })
}

fn callback(cx: &mut Interpreter, args: &[Value], method: &str) -> JsResult<Value> {
    let f = arg(args, 0);
    if !cx.is_callable(f) {
        let d = cx.inspect_brief(f);
        let _ = method;
        return Err(cx.type_error(&format!("{d} is not a function")));
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

fn push(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.push")?;
    if let Some(elems) = dense_mut(cx, o) {
        elems.extend_from_slice(args);
        return Ok(Value::Number(elems.len() as f64));
    }
    let mut n = length_of(cx, o)?;
    for &v in args {
        set_index(cx, o, n, v)?;
        n += 1;
    }
    set_length(cx, o, n)?;
    Ok(Value::Number(n as f64))
}

fn pop(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.pop")?;
    if let Some(elems) = dense_mut(cx, o) {
        if !elems.iter().any(|v| matches!(v, Value::Hole)) {
            return Ok(elems.pop().unwrap_or(Value::Undefined));
        }
    }
    let n = length_of(cx, o)?;
    if n == 0 {
        set_length(cx, o, 0)?;
        return Ok(Value::Undefined);
    }
    let v = get_index(cx, o, n - 1)?;
    delete_index(cx, o, n - 1)?;
    set_length(cx, o, n - 1)?;
    Ok(v)
}

fn shift(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.shift")?;
    if let Some(elems) = dense_mut(cx, o) {
        if elems.is_empty() {
            return Ok(Value::Undefined);
        }
        if !elems.iter().any(|v| matches!(v, Value::Hole)) {
            return Ok(elems.remove(0));
        }
    }
    let n = length_of(cx, o)?;
    if n == 0 {
        set_length(cx, o, 0)?;
        return Ok(Value::Undefined);
    }
    let first = get_index(cx, o, 0)?;
    cx.root(first);
    for i in 1..n {
        if has_index(cx, o, i) {
            let v = get_index(cx, o, i)?;
            set_index(cx, o, i - 1, v)?;
        } else {
            delete_index(cx, o, i - 1)?;
        }
    }
    delete_index(cx, o, n - 1)?;
    set_length(cx, o, n - 1)?;
    Ok(first)
}

fn unshift(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.unshift")?;
    if let Some(elems) = dense_mut(cx, o) {
        elems.splice(0..0, args.iter().copied());
        return Ok(Value::Number(elems.len() as f64));
    }
    let n = length_of(cx, o)?;
    let k = args.len();
    for i in (0..n).rev() {
        if has_index(cx, o, i) {
            let v = get_index(cx, o, i)?;
            set_index(cx, o, i + k, v)?;
        } else {
            delete_index(cx, o, i + k)?;
        }
    }
    for (j, &v) in args.iter().enumerate() {
        set_index(cx, o, j, v)?;
    }
    set_length(cx, o, n + k)?;
    Ok(Value::Number((n + k) as f64))
}

fn slice(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.slice")?;
    let n = length_of(cx, o)?;
    let start = relative_index(cx, arg(args, 0), n, 0)?;
    let end = relative_index(cx, arg(args, 1), n, n)?;
    if let ObjectKind::Array(elems) = &cx.obj(o).kind {
        let part = if start < end {
            elems[start..end.min(elems.len())].to_vec()
        } else {
            Vec::new()
        };
        let out = cx.new_array(part);
        return species_wrap(cx, o, out);
    }
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    for i in start..end {
        let v = if has_index(cx, o, i) {
            get_index(cx, o, i)?
        } else {
            Value::Hole
        };
        cx.array_push(out, v);
    }
    Ok(Value::Object(out))
}

fn splice(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.splice")?;
    let n = length_of(cx, o)?;
    let start = relative_index(cx, arg(args, 0), n, 0)?;
    let delete_count = match args.len() {
        0 => 0,
        1 => n - start,
        _ => {
            let d = cx.to_integer(args[1])?;
            (d.max(0.0) as usize).min(n - start)
        }
    };
    let items: Vec<Value> = args.iter().skip(2).copied().collect();
    if let Some(elems) = dense_mut(cx, o) {
        let removed: Vec<Value> = elems.splice(start..start + delete_count, items).collect();
        return Ok(Value::Object(cx.new_array(removed)));
    }
    let mut removed = Vec::new();
    for i in start..start + delete_count {
        let v = get_index(cx, o, i)?;
        cx.root(v);
        removed.push(v);
    }
    let mut all = Vec::new();
    for i in 0..n {
        let v = get_index(cx, o, i)?;
        cx.root(v);
        all.push(v);
    }
    all.splice(start..start + delete_count, items);
    for (i, &v) in all.iter().enumerate() {
        set_index(cx, o, i, v)?;
    }
    for i in all.len()..n {
        delete_index(cx, o, i)?;
    }
    set_length(cx, o, all.len())?;
    Ok(Value::Object(cx.new_array(removed)))
}

fn index_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.indexOf")?;
    let n = length_of(cx, o)?;
    let from = relative_index(cx, arg(args, 1), n, 0)?;
    let target = arg(args, 0);
    for i in from..n {
        if has_index(cx, o, i) {
            let v = get_index(cx, o, i)?;
            if cx.strict_equals(v, target) {
                return Ok(Value::Number(i as f64));
            }
        }
    }
    Ok(Value::Number(-1.0))
}

fn last_index_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.lastIndexOf")?;
    let n = length_of(cx, o)?;
    if n == 0 {
        return Ok(Value::Number(-1.0));
    }
    let from = if args.len() > 1 {
        let f = cx.to_integer(args[1])?;
        if f < 0.0 {
            n as f64 + f
        } else {
            f.min(n as f64 - 1.0)
        }
    } else {
        n as f64 - 1.0
    };
    let mut i = from;
    while i >= 0.0 {
        let idx = i as usize;
        if has_index(cx, o, idx) {
            let v = get_index(cx, o, idx)?;
            if cx.strict_equals(v, arg(args, 0)) {
                return Ok(Value::Number(i));
            }
        }
        i -= 1.0;
    }
    Ok(Value::Number(-1.0))
}

fn includes(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.includes")?;
    let n = length_of(cx, o)?;
    let from = relative_index(cx, arg(args, 1), n, 0)?;
    for i in from..n {
        let v = get_index(cx, o, i)?;
        if cx.same_value_zero(v, arg(args, 0)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn join(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.join")?;
    if cx.join_guard.contains(&o) {
        return Ok(cx.atom_value(atoms::EMPTY));
    }
    let sep: Vec<u16> = match arg(args, 0) {
        Value::Undefined => vec![b',' as u16],
        v => {
            let s = cx.to_string(v)?;
            cx.str(s).units().to_vec16()
        }
    };
    let n = length_of(cx, o)?;
    cx.join_guard.push(o);
    let mut out: Vec<u16> = Vec::new();
    let mut result = Ok(());
    for i in 0..n {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let v = match get_index(cx, o, i) {
            Ok(v) => v,
            Err(e) => {
                result = Err(e);
                break;
            }
        };
        if !v.is_nullish() {
            match cx.to_string(v) {
                Ok(s) => cx.str(s).units().push_to(&mut out),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
    }
    cx.join_guard.pop();
    result?;
    Ok(cx.new_str_value(crate::string::Units::from_vec16(out)))
}

/// `toLocaleString`: each element's own `toLocaleString()`, joined by `,`
/// (`null` and `undefined` give empty strings).
fn to_locale_string(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.toLocaleString")?;
    if cx.join_guard.contains(&o) {
        return Ok(cx.atom_value(atoms::EMPTY));
    }
    let n = length_of(cx, o)?;
    cx.join_guard.push(o);
    let mut out: Vec<u16> = Vec::new();
    let mut result = Ok(());
    for i in 0..n {
        if i > 0 {
            out.push(b',' as u16);
        }
        let step = (|| -> JsResult<()> {
            let v = get_index(cx, o, i)?;
            if v.is_nullish() || matches!(v, Value::Hole) {
                return Ok(());
            }
            let f = cx.get_str(v, "toLocaleString")?;
            if !cx.is_callable(f) {
                let d = cx.inspect_brief(f);
                return Err(cx.type_error(&format!("{d} is not a function")));
            }
            let r = cx.call(f, v, &[])?;
            let s = cx.to_string(r)?;
            cx.str(s).units().push_to(&mut out);
            Ok(())
        })();
        if step.is_err() {
            result = step;
            break;
        }
    }
    cx.join_guard.retain(|&x| x != o);
    result?;
    Ok(cx.new_str_value(crate::string::Units::from_vec16(out)))
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.toString")?;
    let join = cx.intern("join");
    let j = cx.get(o, PropKey::Str(join))?;
    if cx.is_callable(j) {
        return cx.call(j, Value::Object(o), &[]);
    }
    crate::builtins::object::to_string(cx, this, &[], None)
}

/// Calls `f(element, index, array)` for each present element, in order.
fn each(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    method: &str,
    mut visit: impl FnMut(&mut Interpreter, usize, Value, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let o = cx.this_object(this, method)?;
    let f = callback(cx, args, method)?;
    let this_arg = arg(args, 1);
    let n = length_of(cx, o)?;
    for i in 0..n {
        if !has_index(cx, o, i) {
            continue;
        }
        let v = get_index(cx, o, i)?;
        let r = cx.call(f, this_arg, &[v, Value::Number(i as f64), Value::Object(o)])?;
        if !visit(cx, i, v, r)? {
            break;
        }
    }
    Ok(())
}

fn map(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.map")?;
    let n = length_of(cx, o)?;
    // A callback that is not callable is `each`'s TypeError, before the
    // length is looked at (as the spec orders them).
    let n = if cx.is_callable(arg(args, 0)) {
        new_array_length(cx, n)?
    } else {
        0
    };
    let out = cx.new_array(vec![Value::Hole; n]);
    cx.root(Value::Object(out));
    each(cx, this, args, "Array.prototype.map", |cx, i, _, r| {
        if let ObjectKind::Array(es) = &mut cx.obj_mut(out).kind {
            if let Some(slot) = es.get_mut(i) {
                *slot = r;
            }
        }
        Ok(true)
    })?;
    species_wrap(cx, o, out)
}

fn filter(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.filter")?;
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    each(cx, this, args, "Array.prototype.filter", |cx, _, v, r| {
        if cx.to_boolean(r) {
            cx.array_push(out, v);
        }
        Ok(true)
    })?;
    species_wrap(cx, o, out)
}

fn for_each(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    each(cx, this, args, "Array.prototype.forEach", |_, _, _, _| {
        Ok(true)
    })?;
    Ok(Value::Undefined)
}

fn some(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut found = false;
    each(cx, this, args, "Array.prototype.some", |cx, _, _, r| {
        found = cx.to_boolean(r);
        Ok(!found)
    })?;
    Ok(Value::Bool(found))
}

fn every(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut all = true;
    each(cx, this, args, "Array.prototype.every", |cx, _, _, r| {
        all = cx.to_boolean(r);
        Ok(all)
    })?;
    Ok(Value::Bool(all))
}

/// `find`, `findIndex`, `findLast`, `findLastIndex`: visit every index (holes
/// included) in the given direction.
fn find_generic(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    reverse: bool,
    want_index: bool,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.find")?;
    let f = callback(cx, args, "find")?;
    let n = length_of(cx, o)?;
    for j in 0..n {
        let i = if reverse { n - 1 - j } else { j };
        let v = get_index(cx, o, i)?;
        cx.root(v);
        let r = cx.call(
            f,
            arg(args, 1),
            &[v, Value::Number(i as f64), Value::Object(o)],
        )?;
        if cx.to_boolean(r) {
            return Ok(if want_index {
                Value::Number(i as f64)
            } else {
                v
            });
        }
    }
    Ok(if want_index {
        Value::Number(-1.0)
    } else {
        Value::Undefined
    })
}

fn find(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    find_generic(cx, this, args, false, false)
}
fn find_index(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    find_generic(cx, this, args, false, true)
}
fn find_last(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    find_generic(cx, this, args, true, false)
}
fn find_last_index(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    find_generic(cx, this, args, true, true)
}

fn reduce_generic(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    reverse: bool,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.reduce")?;
    let f = callback(cx, args, "reduce")?;
    let n = length_of(cx, o)?;
    let order: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    let mut iter = order.into_iter();
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        loop {
            match iter.next() {
                Some(i) if has_index(cx, o, i) => break get_index(cx, o, i)?,
                Some(_) => {}
                None => return Err(cx.type_error("Reduce of empty array with no initial value")),
            }
        }
    };
    let mark = cx.stack.len();
    for i in iter {
        if !has_index(cx, o, i) {
            continue;
        }
        let v = get_index(cx, o, i)?;
        cx.stack.truncate(mark);
        cx.root(acc);
        acc = cx.call(
            f,
            Value::Undefined,
            &[acc, v, Value::Number(i as f64), Value::Object(o)],
        )?;
    }
    Ok(acc)
}

fn reduce(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    reduce_generic(cx, this, args, false)
}
fn reduce_right(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    reduce_generic(cx, this, args, true)
}

/// Whether `f` is exactly `(a, b) => a - b` or `function (a, b) { return a - b; }`
/// (`Some(false)`), or the same with `b - a` (`Some(true)`): two plain
/// parameters and one `return` of their difference.
fn numeric_comparator(cx: &Interpreter, f: Value) -> Option<bool> {
    use crate::ir::{ExprKind, Loc, Params, StmtKind};
    let Value::Object(o) = f else {
        return None;
    };
    let ObjectKind::Function(closure) = &cx.obj(o).kind else {
        return None;
    };
    let code = &closure.code;
    if code.is_generator || code.is_async || code.rest.is_some() || code.body_scope.is_some() {
        return None;
    }
    let Params::Simple(params) = &code.params else {
        return None;
    };
    let [Some(a), Some(b)] = params.as_slice() else {
        return None;
    };
    let [stmt] = code.body.as_slice() else {
        return None;
    };
    let StmtKind::Return(Some(e)) = &stmt.kind else {
        return None;
    };
    let ExprKind::Binary(nodelet_parser::ast::BinaryOp::Sub, l, r) = &e.kind else {
        return None;
    };
    let (ExprKind::Var(x), ExprKind::Var(y)) = (&l.kind, &r.kind) else {
        return None;
    };
    let local = |v: &crate::ir::VarRef| match v.loc {
        Loc::Local(i) if !v.tdz => Some(i),
        _ => None,
    };
    let (pa, pb, vx, vy) = (local(a)?, local(b)?, local(x)?, local(y)?);
    if pa == pb {
        return None;
    }
    match (vx == pa && vy == pb, vx == pb && vy == pa) {
        (true, _) => Some(false),
        (_, true) => Some(true),
        _ => None,
    }
}

/// A stable merge sort whose comparison may throw.
fn merge_sort(
    cx: &mut Interpreter,
    v: &mut Vec<Value>,
    less_eq: &mut impl FnMut(&mut Interpreter, Value, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut width = 1;
    let mut buf = v.clone();
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < end {
                if less_eq(cx, v[a], v[b])? {
                    buf[k] = v[a];
                    a += 1;
                } else {
                    buf[k] = v[b];
                    b += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - a)].copy_from_slice(&v[a..mid]);
            k += mid - a;
            buf[k..k + (end - b)].copy_from_slice(&v[b..end]);
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// The values to sort and how many are `undefined` (sorted last, uncompared).
/// `sort` skips holes (its result keeps them at the end); `toSorted` reads
/// them, as `undefined` (`skip_holes` false).
fn sorted_values(
    cx: &mut Interpreter,
    o: ObjRef,
    cmp: Value,
    skip_holes: bool,
) -> JsResult<(Vec<Value>, usize)> {
    if !matches!(cmp, Value::Undefined) && !cx.is_callable(cmp) {
        return Err(cx.type_error("The comparison function must be either a function or undefined"));
    }
    let n = length_of(cx, o)?;
    let mut vals = Vec::new();
    let mut undefs = 0;
    for i in 0..n {
        if skip_holes && !has_index(cx, o, i) {
            continue;
        }
        let v = get_index(cx, o, i)?;
        if matches!(v, Value::Undefined) {
            undefs += 1;
        } else {
            cx.root(v);
            vals.push(v);
        }
    }
    // `(a, b) => a - b` over numbers: the same sort with the same
    // comparisons, computed natively instead of by calling the function (the
    // subtraction of two numbers has no side effects, so nothing observable
    // changes).
    if let Some(descending) = numeric_comparator(cx, cmp) {
        if vals.iter().all(|v| matches!(v, Value::Number(_))) {
            let mut less = |_: &mut Interpreter, a: Value, b: Value| -> JsResult<bool> {
                let (Value::Number(x), Value::Number(y)) = (a, b) else {
                    return Ok(false);
                };
                Ok(if descending { y - x } else { x - y } < 0.0)
            };
            sort_values(cx, &mut vals, &mut less)?;
            return Ok((vals, undefs));
        }
    }
    // Whether `a` sorts before `b`: the comparison function's answer below
    // zero (NaN counts as zero), or the default order of their strings.
    let mut less = |cx: &mut Interpreter, a: Value, b: Value| -> JsResult<bool> {
        if matches!(cmp, Value::Undefined) {
            if let (Value::Number(x), Value::Number(y)) = (a, b) {
                if x.fract() == 0.0 && y.fract() == 0.0 && x >= 0.0 && y >= 0.0 {
                    // Same order as comparing the decimal strings of non-negative integers.
                    let (sx, sy) = (
                        crate::number::number_to_string(x),
                        crate::number::number_to_string(y),
                    );
                    return Ok(sx < sy);
                }
            }
            let sa = cx.to_string(a)?;
            cx.root(Value::String(sa));
            let sb = cx.to_string(b)?;
            Ok(cx.str(sa).units().cmp_units(cx.str(sb).units()) == std::cmp::Ordering::Less)
        } else {
            let r = cx.call(cmp, Value::Undefined, &[a, b])?;
            Ok(cx.to_number(r)? < 0.0)
        }
    };
    sort_values(cx, &mut vals, &mut less)?;
    Ok((vals, undefs))
}

/// V8 sorts with TimSort, and a comparison function sees its calls: which
/// pairs, in which order, and so what an inconsistent one (`(a, b) => a > b`)
/// leaves. Below 64 values TimSort is one run, found and then extended by
/// binary insertion (`tim_sort_short`), and this follows it call for call;
/// longer arrays take a stable merge sort, which orders consistent
/// comparisons the same but asks them in another order.
fn sort_values(
    cx: &mut Interpreter,
    v: &mut Vec<Value>,
    less: &mut impl FnMut(&mut Interpreter, Value, Value) -> JsResult<bool>,
) -> JsResult<()> {
    if v.len() < 64 {
        return tim_sort_short(cx, v, less);
    }
    merge_sort(cx, v, &mut |cx, a, b| Ok(!less(cx, b, a)?))
}

/// TimSort on fewer than 64 values, as V8's `ArrayTimSort`: the run at the
/// start (`CountAndMakeRun`: ascending, or strictly descending and then
/// reversed), then each further value inserted by binary search
/// (`BinaryInsertionSort`).
fn tim_sort_short(
    cx: &mut Interpreter,
    v: &mut [Value],
    less: &mut impl FnMut(&mut Interpreter, Value, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let at = |v: &[Value], i: usize| v.get(i).copied().unwrap_or(Value::Undefined);
    let descending = less(cx, at(v, 1), at(v, 0))?;
    let mut run = 2;
    while run < n {
        let before = less(cx, at(v, run), at(v, run - 1))?;
        if before != descending {
            break;
        }
        run += 1;
    }
    if descending {
        if let Some(head) = v.get_mut(..run) {
            head.reverse();
        }
    }
    for start in run..n {
        let pivot = at(v, start);
        let (mut left, mut right) = (0, start);
        while left < right {
            let mid = left + ((right - left) >> 1);
            if less(cx, pivot, at(v, mid))? {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        if let Some(span) = v.get_mut(left..=start) {
            span.rotate_right(1);
        }
    }
    Ok(())
}

fn sort(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.sort")?;
    let n = length_of(cx, o)?;
    let (vals, undefs) = sorted_values(cx, o, arg(args, 0), true)?;
    let count = vals.len();
    for (i, v) in vals.into_iter().enumerate() {
        set_index(cx, o, i, v)?;
    }
    for i in count..count + undefs {
        set_index(cx, o, i, Value::Undefined)?;
    }
    for i in count + undefs..n {
        delete_index(cx, o, i)?;
    }
    Ok(Value::Object(o))
}

fn to_sorted(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.toSorted")?;
    let (mut vals, undefs) = sorted_values(cx, o, arg(args, 0), false)?;
    vals.extend(std::iter::repeat_n(Value::Undefined, undefs));
    Ok(Value::Object(cx.new_array(vals)))
}

fn reverse(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.reverse")?;
    if let Some(elems) = dense_mut(cx, o) {
        elems.reverse();
        return Ok(Value::Object(o));
    }
    let n = length_of(cx, o)?;
    for i in 0..n / 2 {
        let j = n - 1 - i;
        let (a, b) = (get_index(cx, o, i)?, get_index(cx, o, j)?);
        cx.root(a);
        cx.root(b);
        set_index(cx, o, i, b)?;
        set_index(cx, o, j, a)?;
    }
    Ok(Value::Object(o))
}

fn to_reversed(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.toReversed")?;
    let n = length_of(cx, o)?;
    let mut out = Vec::with_capacity(new_array_length(cx, n)?);
    for i in (0..n).rev() {
        let v = get_index(cx, o, i)?;
        cx.root(v);
        out.push(v);
    }
    Ok(Value::Object(cx.new_array(out)))
}

fn with(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.with")?;
    let n = length_of(cx, o)?;
    // ToIntegerOrInfinity, keeping the number itself for the message.
    let given = cx.to_number(arg(args, 0))?;
    let rel = if given.is_nan() { 0.0 } else { given.trunc() };
    let idx = if rel < 0.0 { n as f64 + rel } else { rel };
    if idx < 0.0 || idx >= n as f64 {
        let text = crate::number::number_to_string(given);
        return Err(cx.range_error(&format!("Invalid index : {text}")));
    }
    let mut out = Vec::with_capacity(new_array_length(cx, n)?);
    for i in 0..n {
        let v = if i == idx as usize {
            arg(args, 1)
        } else {
            get_index(cx, o, i)?
        };
        cx.root(v);
        out.push(v);
    }
    Ok(Value::Object(cx.new_array(out)))
}

fn copy_within(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.copyWithin")?;
    let n = length_of(cx, o)?;
    let to = relative_index(cx, arg(args, 0), n, 0)?;
    let from = relative_index(cx, arg(args, 1), n, 0)?;
    let end = relative_index(cx, arg(args, 2), n, n)?;
    let count = end.saturating_sub(from).min(n - to);
    // Copy through a buffer: the ranges may overlap.
    let mut vals = Vec::with_capacity(count);
    for i in from..from + count {
        let present = has_index(cx, o, i);
        let v = if present {
            get_index(cx, o, i)?
        } else {
            Value::Hole
        };
        cx.root(v);
        vals.push(v);
    }
    for (k, v) in vals.into_iter().enumerate() {
        if matches!(v, Value::Hole) {
            delete_index(cx, o, to + k)?;
        } else {
            set_index(cx, o, to + k, v)?;
        }
    }
    Ok(Value::Object(o))
}

fn to_spliced(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.toSpliced")?;
    let n = length_of(cx, o)?;
    let start = relative_index(cx, arg(args, 0), n, 0)?;
    let skip = match args.len() {
        0 => 0,
        1 => n - start,
        _ => (cx.to_integer(args[1])?.max(0.0) as usize).min(n - start),
    };
    let mut out = Vec::with_capacity(new_array_length(cx, n)?);
    for i in 0..start {
        let v = get_index(cx, o, i)?;
        cx.root(v);
        out.push(v);
    }
    out.extend(args.iter().skip(2).copied());
    for i in start + skip..n {
        let v = get_index(cx, o, i)?;
        cx.root(v);
        out.push(v);
    }
    Ok(Value::Object(cx.new_array(out)))
}

fn concat(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let spreadable_sym = cx.native_data();
    let o = cx.this_object(this, "Array.prototype.concat")?;
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    let items: Vec<Value> = std::iter::once(Value::Object(o))
        .chain(args.iter().copied())
        .collect();
    for item in items {
        // `IsConcatSpreadable`: the symbol's value when defined, else IsArray.
        let mut spreadable =
            matches!(item, Value::Object(x) if matches!(cx.obj(x).kind, ObjectKind::Array(_)));
        if let (Value::Object(x), Value::Symbol(sym)) = (item, spreadable_sym) {
            let flag = cx.get(x, PropKey::Sym(sym))?;
            if !matches!(flag, Value::Undefined) {
                spreadable = cx.to_boolean(flag);
            }
        }
        match item {
            Value::Object(x) if spreadable => {
                let n = length_of(cx, x)?;
                for i in 0..n {
                    let v = if has_index(cx, x, i) {
                        get_index(cx, x, i)?
                    } else {
                        Value::Hole
                    };
                    cx.array_push(out, v);
                }
            }
            v => cx.array_push(out, v),
        }
    }
    Ok(Value::Object(out))
}

fn fill(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.fill")?;
    let n = length_of(cx, o)?;
    let start = relative_index(cx, arg(args, 1), n, 0)?;
    let end = relative_index(cx, arg(args, 2), n, n)?;
    for i in start..end {
        set_index(cx, o, i, arg(args, 0))?;
    }
    Ok(Value::Object(o))
}

fn flatten_into(cx: &mut Interpreter, out: ObjRef, src: ObjRef, depth: f64) -> JsResult<()> {
    let n = length_of(cx, src)?;
    for i in 0..n {
        if !has_index(cx, src, i) {
            continue;
        }
        let v = get_index(cx, src, i)?;
        match v {
            Value::Object(x) if depth > 0.0 && matches!(cx.obj(x).kind, ObjectKind::Array(_)) => {
                flatten_into(cx, out, x, depth - 1.0)?
            }
            _ => cx.array_push(out, v),
        }
    }
    Ok(())
}

fn flat(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.flat")?;
    let depth = match arg(args, 0) {
        Value::Undefined => 1.0,
        v => cx.to_integer(v)?,
    };
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    flatten_into(cx, out, o, depth)?;
    Ok(Value::Object(out))
}

fn flat_map(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    each(cx, this, args, "Array.prototype.flatMap", |cx, _, _, r| {
        match r {
            Value::Object(x) if matches!(cx.obj(x).kind, ObjectKind::Array(_)) => {
                flatten_into(cx, out, x, 0.0)?
            }
            _ => cx.array_push(out, r),
        }
        Ok(true)
    })?;
    Ok(Value::Object(out))
}

fn at(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.at")?;
    let n = length_of(cx, o)?;
    let rel = cx.to_integer(arg(args, 0))?;
    let k = if rel < 0.0 { n as f64 + rel } else { rel };
    if k < 0.0 || k >= n as f64 {
        return Ok(Value::Undefined);
    }
    get_index(cx, o, k as usize)
}

fn from(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let src = arg(args, 0);
    let f = arg(args, 1);
    if !matches!(f, Value::Undefined) && !cx.is_callable(f) {
        let d = cx.inspect_brief(f);
        return Err(cx.type_error(&format!("{d} is not a function")));
    }
    if src.is_nullish() {
        let d = cx.primitive_text(src);
        return Err(cx.type_error(&format!(
            "{d} is not iterable (cannot read property Symbol(Symbol.iterator))"
        )));
    }
    let iter_fn = cx.get_value(src, PropKey::Sym(cx.realm.sym_iterator))?;
    if !iter_fn.is_nullish() && !cx.is_callable(iter_fn) {
        return Err(cx.type_error(
            "%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function",
        ));
    }
    let iterable = !iter_fn.is_nullish();
    let items = if iterable {
        cx.iterate_to_vec(src)?
    } else {
        let o = cx.to_object(src)?;
        crate::builtins::function::array_like_to_vec(cx, Value::Object(o))?
    };
    let out = cx.new_array(items);
    if cx.is_callable(f) {
        cx.root(Value::Object(out));
        let n = length_of(cx, out)?;
        for i in 0..n {
            let v = get_index(cx, out, i)?;
            let r = cx.call(f, arg(args, 2), &[v, Value::Number(i as f64)])?;
            if let ObjectKind::Array(es) = &mut cx.obj_mut(out).kind {
                if let Some(slot) = es.get_mut(i) {
                    *slot = r;
                }
            }
        }
    }
    // `new this()` for iterables, `new this(length)` for array-likes (§23.1.2.1).
    into_constructed(cx, this, out, !iterable)
}

/// `Array.from`/`Array.of` called on a constructor other than `Array` (a
/// subclass, or any function) build their result with it: construct, define
/// each element, then set `length`. Otherwise the plain array `out` is it.
fn into_constructed(
    cx: &mut Interpreter,
    this: Value,
    out: ObjRef,
    pass_length: bool,
) -> JsResult<Value> {
    let array_ctor = Value::Object(cx.realm.array_ctor);
    if !cx.is_constructor(this) || cx.strict_equals(this, array_ctor) {
        return Ok(Value::Object(out));
    }
    cx.root(Value::Object(out));
    let elems = match &cx.obj(out).kind {
        ObjectKind::Array(es) => es.clone(),
        _ => Vec::new(),
    };
    let len = Value::Number(elems.len() as f64);
    let ctor_args: &[Value] = if pass_length { &[len] } else { &[] };
    let made = cx.construct(this, ctor_args, None)?;
    let Value::Object(target) = made else {
        return Err(cx.type_error("object constructor returned a non-object"));
    };
    cx.root(made);
    for (i, v) in elems.into_iter().enumerate() {
        let key = cx.index_key(i as u32);
        let v = if matches!(v, Value::Hole) {
            Value::Undefined
        } else {
            v
        };
        if !cx.create_data_property(target, key, v)? {
            let d = cx.key_text(key);
            return Err(cx.type_error(&format!(
                "Cannot add property {d}, object is not extensible"
            )));
        }
    }
    cx.set(target, PropKey::Str(atoms::LENGTH), len)?;
    Ok(made)
}

fn of(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let out = cx.new_array(args.to_vec());
    into_constructed(cx, this, out, true)
}

fn make_iter(cx: &mut Interpreter, this: Value, kind: IterKind) -> JsResult<Value> {
    let o = cx.this_object(this, "Array.prototype.values")?;
    let proto = cx.realm.array_iterator_proto;
    let state = IterState {
        kind,
        target: Value::Object(o),
        index: 0,
        done: false,
    };
    Ok(Value::Object(cx.new_object(
        Some(proto),
        ObjectKind::Iterator(Box::new(state)),
    )))
}

pub fn values(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    make_iter(cx, this, IterKind::ArrayValues)
}
fn keys(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    make_iter(cx, this, IterKind::ArrayKeys)
}
fn entries(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    make_iter(cx, this, IterKind::ArrayEntries)
}
