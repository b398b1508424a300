//! Computed-member access `o[key]` when the key is already a property key: a
//! symbol (`state[kState]`, everywhere in node's stream code) or a string. The
//! evaluator's computed-member sites (reads, plain writes, compound writes and
//! `++`) come here once the key is evaluated, and skip the general `GetV` /
//! `PutValue` layers for ordinary objects.
//!
//! Own properties are found through the shared own-slot hint table (the slot
//! where this key was found last time, on any object), so a site that keeps
//! reading one key from objects made alike checks one key; misses fall back to
//! `get_from` / `set`, which hold every rule (prototype chain and its cache,
//! accessors, exotic objects, read-only and non-extensible objects).

use std::cell::Cell;

use nodelet_parser::ast::BinaryOp;

use crate::eval::number_binary;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::object::{Slot, WRITABLE};
use crate::property::{is_plain_kind, own_hint_index};
use crate::value::{ObjRef, PropKey, Value};

impl Interpreter {
    /// ToPropertyKey of a computed key's value, with a symbol that the
    /// conversion made (from an object's `toString`/`@@toPrimitive`) rooted
    /// until the caller's mark.
    pub(crate) fn property_key_rooted(&mut self, kv: Value) -> JsResult<PropKey> {
        if let Some(key) = self.quick_property_key(kv) {
            return Ok(key);
        }
        let key = self.to_property_key(kv)?;
        if let PropKey::Sym(s) = key {
            self.root(Value::Symbol(s));
        }
        Ok(key)
    }

    /// The property key of a key value whose conversion cannot run
    /// JavaScript or fail: a symbol, or a string (interned once, then its atom
    /// is remembered on the string). Other values go through `to_property_key`.
    #[inline]
    pub(crate) fn quick_property_key(&mut self, v: Value) -> Option<PropKey> {
        match v {
            Value::Symbol(s) => Some(PropKey::Sym(s)),
            Value::String(s) => Some(PropKey::Str(self.atom_of(s))),
            _ => None,
        }
    }

    /// `o[key]` on an object: an own property where the hint table says this
    /// key was last found is read directly; anything else is `[[Get]]`.
    #[inline(always)]
    pub(crate) fn get_keyed(&mut self, o: ObjRef, key: PropKey) -> JsResult<Value> {
        let obj = self.obj(o);
        // Elements, string indices and `length` live outside the property map.
        if !self.is_exotic_key(&obj.kind, key) {
            let h = self
                .own_hints
                .get(own_hint_index(key))
                .copied()
                .unwrap_or(0) as usize;
            if let Some((k, p)) = obj.props.entry_at(h) {
                if k == key {
                    if let Slot::Data(v) = p.slot {
                        return Ok(v);
                    }
                    return self.cached_slot_value(o, Value::Object(o), h);
                }
            }
        }
        self.get_from(o, key, Value::Object(o))
    }

    /// `o[key] = value` on an object: an own writable data property of an
    /// object without exotic properties is stored in place; anything else
    /// (a new property, a setter, a read-only property, an array element) is
    /// the general `[[Set]]` with its strict-mode error.
    #[inline]
    pub(crate) fn set_keyed(&mut self, o: ObjRef, key: PropKey, value: Value) -> JsResult<()> {
        let hint = own_hint_index(key);
        let h = self.own_hints.get(hint).copied().unwrap_or(0) as usize;
        let obj = self.obj_mut(o);
        if is_plain_kind(&obj.kind) {
            let found = if obj.props.key_at(h) == Some(key) {
                Some(h)
            } else {
                obj.props.find(key)
            };
            if let Some(i) = found {
                if let Some(p) = obj.props.get_mut(i) {
                    if p.attrs & WRITABLE != 0 {
                        if let Slot::Data(v) = &mut p.slot {
                            *v = value;
                            if let Some(slot) = self.own_hints.get_mut(hint) {
                                *slot = i as u32;
                            }
                            return Ok(());
                        }
                    }
                }
            }
        }
        self.set(o, key, value)
    }

    /// `o[key] op= y` on an own writable data property that holds a number,
    /// giving the old number and the new value; the property is found once (through `hint`, a named site's cache, or else the shared
    /// own-slot hint table) and updated in place: `state[kState] |= kFlag`
    /// without a read and a write that each look the property up. `None`,
    /// having changed nothing, when the property is anything else (absent,
    /// inherited, an accessor, read-only, not a number, on an exotic object)
    /// or the operator needs more than arithmetic on two numbers; the caller
    /// then takes the general path, which sees the object unchanged.
    #[inline]
    pub(crate) fn update_number_in_place(
        &mut self,
        o: ObjRef,
        key: PropKey,
        hint: Option<&Cell<u32>>,
        op: BinaryOp,
        y: f64,
    ) -> Option<(f64, Value)> {
        let table_index = own_hint_index(key);
        let h = match hint {
            Some(c) => c.get(),
            None => self.own_hints.get(table_index).copied().unwrap_or(0),
        } as usize;
        let obj = self.objects.get_mut(o);
        if !is_plain_kind(&obj.kind) {
            return None;
        }
        let i = if obj.props.key_at(h) == Some(key) {
            h
        } else {
            obj.props.find(key)?
        };
        let p = obj.props.get_mut(i)?;
        let Slot::Data(Value::Number(x)) = p.slot else {
            return None;
        };
        if p.attrs & WRITABLE == 0 {
            return None;
        }
        let v = number_binary(op, x, y)?;
        p.slot = Slot::Data(v);
        if i != h {
            match hint {
                Some(c) => c.set(i as u32),
                None => {
                    if let Some(slot) = self.own_hints.get_mut(table_index) {
                        *slot = i as u32;
                    }
                }
            }
        }
        Some((x, v))
    }

    /// The TypeError for reading (or, with `setting`, writing) `base[key]`
    /// when `base` is null or undefined, raised before the key is converted
    /// (`GetValue` / `PutValue` make the base an object first). Like V8, the
    /// message quotes a primitive key and leaves out an object key, whose
    /// conversion could run JavaScript.
    #[cold]
    pub(crate) fn nullish_member_error(&mut self, base: Value, key: Value, setting: bool) -> Exc {
        let what = if matches!(base, Value::Null) {
            "null"
        } else {
            "undefined"
        };
        let (verb, doing) = if setting {
            ("set", "setting")
        } else {
            ("read", "reading")
        };
        let quoted = match key {
            Value::Object(_) => None,
            Value::Symbol(s) => Some(self.key_text(PropKey::Sym(s))),
            other => match self.to_rust_string(other) {
                Ok(text) => Some(text),
                Err(e) => return e,
            },
        };
        let msg = match quoted {
            Some(k) => format!("Cannot {verb} properties of {what} ({doing} '{k}')"),
            None => format!("Cannot {verb} properties of {what}"),
        };
        self.type_error(&msg)
    }
}
