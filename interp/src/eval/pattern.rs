//! Destructuring: binding a value to a pattern (declarations, parameters,
//! `catch`, `for…of` heads) or assigning it to targets (`[a, b] = [b, a]`).
//! Array patterns use the iterator protocol and close the iterator when the
//! pattern does not exhaust it; object patterns read properties by key.

use crate::interp::{Interpreter, JsResult};
use crate::ir::{Pat, Target};
use crate::value::{PropKey, Value};

impl Interpreter {
    pub(crate) fn bind_pattern(&mut self, pat: &Pat, v: Value) -> JsResult<()> {
        match pat {
            Pat::Init(var) => {
                self.write_var_init(var, v);
                Ok(())
            }
            Pat::Assign(t) => self.assign_target(t, v),
            Pat::Default { target, default } => {
                let v = if matches!(v, Value::Undefined) {
                    self.eval(default)?
                } else {
                    v
                };
                self.bind_pattern(target, v)
            }
            Pat::Array { elems, rest } => {
                let mark = self.stack.len();
                self.root(v);
                if v.is_nullish() {
                    let d = self.primitive_text(v);
                    return Err(self.type_error(&format!("{d} is not iterable")));
                }
                let mut it = self.get_iterator(v)?;
                let mut done = false;
                for el in elems {
                    let x = if done {
                        Value::Undefined
                    } else {
                        match self.iter_next(&mut it)? {
                            Some(x) => x,
                            None => {
                                done = true;
                                Value::Undefined
                            }
                        }
                    };
                    if let Some(p) = el {
                        self.root(x);
                        if let Err(e) = self.bind_nested(p, x) {
                            if !done {
                                let exception = self.exception;
                                self.root(exception);
                                let _ = self.iter_close(&it);
                                self.exception = exception;
                            }
                            return Err(e);
                        }
                    }
                }
                if let Some(r) = rest {
                    let mut items = Vec::new();
                    if !done {
                        while let Some(x) = self.iter_next(&mut it)? {
                            self.root(x);
                            items.push(x);
                        }
                    }
                    done = true;
                    let arr = self.new_array(items);
                    self.root(Value::Object(arr));
                    self.bind_pattern(r, Value::Object(arr))?;
                }
                if !done {
                    self.iter_close(&it)?;
                }
                self.stack.truncate(mark);
                Ok(())
            }
            Pat::Object { props, rest } => {
                let mark = self.stack.len();
                self.root(v);
                if v.is_nullish() {
                    let d = self.primitive_text(v);
                    let first = props.first().and_then(|(k, _)| match k {
                        crate::ir::PropName::Atom(a) => Some(self.atom_text(*a)),
                        _ => None,
                    });
                    return Err(self.type_error(&match first {
                        Some(k) => {
                            format!("Cannot destructure property '{k}' of '{d}' as it is {d}.")
                        }
                        None => format!("Cannot destructure '{d}' as it is {d}."),
                    }));
                }
                let mut used = Vec::new();
                for (name, p) in props {
                    let key = self.prop_name_key(name)?;
                    if let PropKey::Sym(s) = key {
                        self.root(Value::Symbol(s));
                    }
                    used.push(key);
                    let x = self.get_value(v, key)?;
                    self.root(x);
                    self.bind_nested(p, x)?;
                }
                if let Some(r) = rest {
                    let o = self.new_plain_object();
                    self.root(Value::Object(o));
                    self.copy_data_properties(o, v, &used)?;
                    self.bind_pattern(r, Value::Object(o))?;
                }
                self.stack.truncate(mark);
                Ok(())
            }
        }
    }

    /// Binds a pattern nested inside another: a nested object pattern over
    /// `null`/`undefined` fails as the property read it is, as in V8.
    fn bind_nested(&mut self, p: &Pat, x: Value) -> JsResult<()> {
        if let (Pat::Array { .. }, true) = (p, x.is_nullish()) {
            let d = self.primitive_text(x);
            return Err(self.type_error(&format!(
                "{d} is not iterable (cannot read property Symbol(Symbol.iterator))"
            )));
        }
        if let (Pat::Object { props, .. }, true) = (p, x.is_nullish()) {
            if let Some((crate::ir::PropName::Atom(a), _)) = props.first() {
                let k = self.atom_text(*a);
                let d = self.primitive_text(x);
                return Err(
                    self.type_error(&format!("Cannot read properties of {d} (reading '{k}')"))
                );
            }
        }
        self.bind_pattern(p, x)
    }

    /// Assigns to an existing target (destructuring assignment, `for (x.y of …)`).
    pub(crate) fn assign_target(&mut self, t: &Target, v: Value) -> JsResult<()> {
        match t {
            Target::Var(var) => self.write_var(var, v),
            Target::Member { object, prop } => {
                let mark = self.stack.len();
                self.root(v);
                let o = self.eval(object)?;
                self.root(o);
                let key = match prop {
                    crate::ir::Prop::Named(a, _) => PropKey::Str(*a),
                    crate::ir::Prop::Computed(k) => {
                        let kv = self.eval(k)?;
                        self.to_property_key(kv)?
                    }
                    crate::ir::Prop::Private(var) => {
                        self.private_set(o, var, v)?;
                        self.stack.truncate(mark);
                        return Ok(());
                    }
                };
                self.set_value(o, key, v)?;
                self.stack.truncate(mark);
                Ok(())
            }
            Target::SuperMember { home, this, prop } => {
                // `[super.x] = …`: a set on the home object's prototype with
                // `this` as the receiver.
                let mark = self.stack.len();
                self.root(v);
                let this_v = self.read_var(this)?;
                self.root(this_v);
                let key = match prop {
                    crate::ir::Prop::Named(a, _) => PropKey::Str(*a),
                    crate::ir::Prop::Computed(k) => {
                        let kv = self.eval(k)?;
                        self.to_property_key(kv)?
                    }
                    crate::ir::Prop::Private(var) => self.private_key(var)?,
                };
                if let Value::Object(h) = self.read_var(home)? {
                    if let Some(p) = self.obj(h).proto {
                        self.set_to(p, key, v, this_v)?;
                    }
                }
                self.stack.truncate(mark);
                Ok(())
            }
        }
    }
}
