//! Class definition evaluation (ECMA-262 ClassDefinitionEvaluation): the
//! prototype chain from `extends`, the constructor function, methods and
//! accessors on the prototype or the constructor, fresh private names for this
//! evaluation, computed field keys, and static initialisers run in order.

use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::ir::{ClassCode, ClassMember};
use crate::object::{ObjectKind, Property, CONFIGURABLE, HIDDEN};
use crate::value::{PropKey, Value};

impl Interpreter {
    pub(crate) fn eval_class(&mut self, c: &ClassCode) -> JsResult<Value> {
        let saved = self.enter_scope(&c.scope);
        let r = self.eval_class_inner(c);
        self.env = saved;
        r
    }

    fn eval_class_inner(&mut self, c: &ClassCode) -> JsResult<Value> {
        let mark = self.stack.len();
        for (var, name, is_method) in &c.private_names {
            let d = self.atom_str(*name);
            let s = self.new_symbol(Some(d));
            let sym = self.symbols.get_mut(s);
            sym.private = true;
            if *is_method {
                sym.method_of = Some(self.atoms.string(c.name));
            }
            self.write_var_init(var, Value::Symbol(s));
        }
        let (proto_parent, ctor_parent) = match &c.extends {
            None => (Some(self.realm.object_proto), self.realm.function_proto),
            Some(e) => {
                let sup = self.eval(e)?;
                self.root(sup);
                match sup {
                    Value::Null => (None, self.realm.function_proto),
                    Value::Object(s) if self.is_constructor(sup) => {
                        let pp = self.get(s, PropKey::Str(atoms::PROTOTYPE))?;
                        match pp {
                            Value::Object(p) => (Some(p), s),
                            Value::Null => (None, s),
                            _ => {
                                return Err(self.type_error(
                                    "Class extends value does not have valid prototype property undefined",
                                ))
                            }
                        }
                    }
                    _ => {
                        let d = match sup {
                            Value::Object(_) => {
                                match crate::builtins::function::to_string_value(self, sup) {
                                    Ok(Value::String(s)) => self.rust_string(s),
                                    _ => self.inspect_brief(sup),
                                }
                            }
                            _ => self.inspect_brief(sup),
                        };
                        return Err(self.type_error(&format!(
                            "Class extends value {d} is not a constructor or null"
                        )));
                    }
                }
            }
        };
        let proto = self.new_object(proto_parent, ObjectKind::Ordinary);
        self.root(Value::Object(proto));
        let ctor = self.make_closure(&c.constructor, Some(proto));
        self.root(Value::Object(ctor));
        self.set_proto(ctor, Some(ctor_parent));
        let name = self.atom_value(c.name);
        self.define_value(ctor, PropKey::Str(atoms::NAME), name, CONFIGURABLE);
        self.define_value(
            ctor,
            PropKey::Str(atoms::PROTOTYPE),
            Value::Object(proto),
            0,
        );
        self.define_value(
            proto,
            PropKey::Str(atoms::CONSTRUCTOR),
            Value::Object(ctor),
            HIDDEN,
        );
        if let Some(fields) = &c.fields {
            let f = self.make_closure(fields, Some(proto));
            if let ObjectKind::Function(cl) = &mut self.obj_mut(ctor).kind {
                cl.fields = Some(f);
            }
        }
        let mut statics = Vec::new();
        for m in &c.members {
            match m {
                ClassMember::Method {
                    is_static,
                    key,
                    func,
                } => {
                    let target = if *is_static { ctor } else { proto };
                    let k = self.prop_name_key(key)?;
                    let f = self.make_closure(func, Some(target));
                    self.root(Value::Object(f));
                    if matches!(key, crate::ir::PropName::Computed(_)) {
                        self.set_function_name(f, k, None);
                    }
                    self.define(target, k, Property::data(Value::Object(f), HIDDEN));
                }
                ClassMember::Getter {
                    is_static,
                    key,
                    func,
                }
                | ClassMember::Setter {
                    is_static,
                    key,
                    func,
                } => {
                    let target = if *is_static { ctor } else { proto };
                    let k = self.prop_name_key(key)?;
                    let f = self.make_closure(func, Some(target));
                    self.root(Value::Object(f));
                    let is_get = matches!(m, ClassMember::Getter { .. });
                    self.set_function_name(f, k, Some(if is_get { "get" } else { "set" }));
                    let (g, s) = if is_get {
                        (Some(f), None)
                    } else {
                        (None, Some(f))
                    };
                    self.define_accessor(target, k, g, s, CONFIGURABLE);
                }
                ClassMember::FieldKey { slot, key } => {
                    let v = self.eval(key)?;
                    let k = self.to_property_key(v)?;
                    let kv = match k {
                        PropKey::Str(a) => self.atom_value(a),
                        PropKey::Sym(s) => Value::Symbol(s),
                    };
                    self.write_var_init(slot, kv);
                }
                ClassMember::StaticInit(code) => {
                    let f = self.make_closure(code, Some(ctor));
                    self.root(Value::Object(f));
                    statics.push(f);
                }
            }
        }
        if let Some(inner) = &c.inner {
            self.write_var_init(inner, Value::Object(ctor));
        }
        for f in statics {
            self.call(Value::Object(f), Value::Object(ctor), &[])?;
        }
        self.stack.truncate(mark);
        Ok(Value::Object(ctor))
    }
}
