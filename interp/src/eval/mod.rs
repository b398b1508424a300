//! The evaluator: walks the executable tree of `ir.rs`. Split by concern:
//! `stmt.rs` (statements and completions), `expr.rs` (expressions and operators),
//! `pattern.rs` (destructuring), `class.rs` (class definitions), and this module:
//! variables, scopes and the iterator protocol shared by all of them.
//!
//! Completions: statements return `JsResult<Flow>`. `Flow` carries normal
//! completion, `break`/`continue` (with an optional label) and `return` (its value
//! waits in `Interpreter::return_value`); a `throw` is the `Err` side.

mod async_iter;
mod class;
mod expr;
mod pattern;
mod resume;
mod stmt;
pub(crate) mod trace;

pub(crate) use expr::{js_pow, number_binary};

use crate::atoms;
use crate::env::EnvRef;
use crate::interp::{Interpreter, JsResult};
use crate::ir::{BindKind, Loc, ScopeInfo, VarRef};
use crate::object::ObjectKind;
use crate::value::{Atom, ObjRef, PropKey, Value};
use nodelet_parser::Span;

/// How a statement completed (other than by throwing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Normal,
    Return,
    Break(Option<Atom>),
    Continue(Option<Atom>),
}

impl Interpreter {
    // ---------------------------------------------------------------------------
    // Variables
    // ---------------------------------------------------------------------------

    /// The environment `hops` captured scopes up from the current one.
    #[inline]
    fn env_at(&self, hops: u32) -> Option<EnvRef> {
        let mut e = self.env?;
        for _ in 0..hops {
            e = self.env_ref(e).parent?;
        }
        Some(e)
    }

    /// The value in slot `slot` of the environment `hops` captured scopes up,
    /// or `None` when the chain is shorter, the slot is missing, or a handle on
    /// the way is stale. Made only of loads and compares, with no call even on
    /// the failure paths, so it can be inlined where a variable is read without
    /// giving that function a stack frame; on `None` the caller falls back to
    /// `read_var`, which reports a stale handle properly.
    #[inline(always)]
    pub(crate) fn env_value(&self, hops: u32, slot: u32) -> Option<Value> {
        let mut e = self.env?;
        for _ in 0..hops {
            e = self.envs.try_get(e)?.parent?;
        }
        self.envs.try_get(e)?.slots.get(slot as usize).copied()
    }

    /// Reads a binding without the TDZ check (`Hole` if uninitialised).
    #[inline]
    pub(crate) fn read_var_raw(&self, v: &VarRef) -> Value {
        match v.loc {
            Loc::Local(i) => self
                .stack
                .get(self.base + i as usize)
                .copied()
                .unwrap_or(Value::Undefined),
            Loc::Env { hops, slot } => match self.env_at(hops) {
                Some(e) => self
                    .env_ref(e)
                    .slots
                    .get(slot as usize)
                    .copied()
                    .unwrap_or(Value::Undefined),
                None => Value::Undefined,
            },
            Loc::Global => Value::Undefined,
        }
    }

    #[inline]
    pub(crate) fn read_var(&mut self, v: &VarRef) -> JsResult<Value> {
        if v.loc == Loc::Global {
            return self.read_global(v);
        }
        let val = self.read_var_raw(v);
        if v.tdz && matches!(val, Value::Hole) {
            return Err(self.tdz_error(v));
        }
        Ok(val)
    }

    fn tdz_error(&mut self, v: &VarRef) -> crate::interp::Exc {
        self.cur_span = v.span;
        if v.name == atoms::THIS || self.atom_text(v.name) == "this" {
            return self.reference_error(
                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
            );
        }
        let name = self.atom_text(v.name);
        self.reference_error(&format!("Cannot access '{name}' before initialization"))
    }

    /// Reads a global: a data property of the global object found at the
    /// reference's cached slot is answered in place (fast path); anything
    /// else (first read, a deleted or redefined global, an accessor, an
    /// undeclared name) takes `read_global_slow`.
    #[inline]
    fn read_global(&mut self, v: &VarRef) -> JsResult<Value> {
        let key = PropKey::Str(v.name);
        let hint = v.global_hint.get() as usize;
        if let Some(val) = self.obj(self.realm.global).props.data_at(key, hint) {
            return Ok(val);
        }
        self.read_global_slow(v)
    }

    #[inline(never)]
    fn read_global_slow(&mut self, v: &VarRef) -> JsResult<Value> {
        let g = self.realm.global;
        let key = PropKey::Str(v.name);
        let props = &self.obj(g).props;
        if let Some(i) = props.find_cached(key, &v.global_hint) {
            if let Some((_, p)) = props.entry_at(i) {
                if let crate::object::Slot::Data(val) = p.slot {
                    return Ok(val);
                }
            }
        }
        if !self.has_property(g, key) {
            self.cur_span = v.span;
            let name = self.atom_text(v.name);
            return Err(self.reference_error(&format!("{name} is not defined")));
        }
        self.get(g, key)
    }

    /// `typeof x` reads an undeclared global as `undefined`.
    pub(crate) fn read_var_typeof(&mut self, v: &VarRef) -> JsResult<Value> {
        if v.loc == Loc::Global {
            let g = self.realm.global;
            return self.get(g, PropKey::Str(v.name));
        }
        self.read_var(v)
    }

    /// Initialises a binding (declarations, parameters): no TDZ or const checks.
    #[inline]
    pub(crate) fn write_var_init(&mut self, v: &VarRef, val: Value) {
        match v.loc {
            Loc::Local(i) => {
                if let Some(slot) = self.stack.get_mut(self.base + i as usize) {
                    *slot = val;
                }
            }
            Loc::Env { hops, slot } => {
                if let Some(e) = self.env_at(hops) {
                    if let Some(s) = self.env_mut(e).slots.get_mut(slot as usize) {
                        *s = val;
                    }
                }
            }
            Loc::Global => {
                let g = self.realm.global;
                let _ = self.create_data_property(g, PropKey::Str(v.name), val);
            }
        }
    }

    /// Assignment to a binding, with the TDZ and `const` checks. The common
    /// case, a writable frame slot that is initialised, is a plain store
    /// inlined into the caller; everything else goes through `write_var_checked`.
    #[inline]
    pub(crate) fn write_var(&mut self, v: &VarRef, val: Value) -> JsResult<()> {
        if let (Loc::Local(i), BindKind::Var | BindKind::Let) = (v.loc, v.kind) {
            if let Some(slot) = self.stack.get_mut(self.base + i as usize) {
                if !(v.tdz && matches!(*slot, Value::Hole)) {
                    *slot = val;
                    return Ok(());
                }
            }
        }
        self.write_var_checked(v, val)
    }

    /// `write_var` for globals, constants and bindings that may be in the TDZ.
    #[inline(never)]
    fn write_var_checked(&mut self, v: &VarRef, val: Value) -> JsResult<()> {
        match v.kind {
            BindKind::Var | BindKind::Let => {}
            BindKind::Const => {
                if matches!(self.read_var_raw(v), Value::Hole) {
                    return Err(self.tdz_error(v));
                }
                self.cur_span = v.span;
                return Err(self.type_error("Assignment to constant variable."));
            }
            BindKind::ConstSilent => {
                if self.is_strict() {
                    self.cur_span = v.span;
                    return Err(self.type_error("Assignment to constant variable."));
                }
                return Ok(());
            }
        }
        if v.loc == Loc::Global {
            let g = self.realm.global;
            let key = PropKey::Str(v.name);
            if self.is_strict() && !self.has_property(g, key) {
                self.cur_span = v.span;
                let name = self.atom_text(v.name);
                return Err(self.reference_error(&format!("{name} is not defined")));
            }
            return self.set(g, key, val);
        }
        if v.tdz && matches!(self.read_var_raw(v), Value::Hole) {
            return Err(self.tdz_error(v));
        }
        self.write_var_init(v, val);
        Ok(())
    }

    // ---------------------------------------------------------------------------
    // Scopes
    // ---------------------------------------------------------------------------

    /// Creates the scope's environment (if any) and puts its lexical bindings in
    /// the TDZ. Returns the environment to restore on exit.
    #[inline]
    pub(crate) fn enter_scope_bindings(&mut self, s: &ScopeInfo) -> Option<EnvRef> {
        let saved = self.env;
        if let Some(n) = s.env {
            let mut slots = vec![Value::Undefined; n as usize];
            for &i in &s.env_tdz {
                if let Some(slot) = slots.get_mut(i as usize) {
                    *slot = Value::Hole;
                }
            }
            self.env = Some(self.alloc_env(saved, slots));
        }
        for &i in &s.local_tdz {
            if let Some(slot) = self.stack.get_mut(self.base + i as usize) {
                *slot = Value::Hole;
            }
        }
        saved
    }

    /// Creates the closures of hoisted function declarations.
    pub(crate) fn instantiate_functions(&mut self, s: &ScopeInfo) {
        for (var, code) in &s.functions {
            let f = self.make_closure(code, None);
            self.write_var_init(var, Value::Object(f));
        }
    }

    pub(crate) fn enter_scope(&mut self, s: &ScopeInfo) -> Option<EnvRef> {
        let saved = self.enter_scope_bindings(s);
        self.instantiate_functions(s);
        saved
    }

    /// A copy of the current environment for the next loop iteration (per-iteration
    /// `let` bindings, so each closure sees its own `i`).
    pub(crate) fn copy_iteration_env(&mut self) {
        if let Some(e) = self.env {
            let (parent, slots) = {
                let env = self.env_ref(e);
                (env.parent, env.slots.clone())
            };
            self.env = Some(self.alloc_env(parent, slots));
        }
    }

    // ---------------------------------------------------------------------------
    // Iteration
    // ---------------------------------------------------------------------------

    /// `GetIterator`. Arrays whose iteration behaviour is untouched take a fast
    /// path that indexes the elements directly (observably the same).
    pub(crate) fn get_iterator(&mut self, v: Value) -> JsResult<IterRecord> {
        let source = self.iterable_source.take();
        if let Value::Object(o) = v {
            if self.is_pristine_array(o) {
                return Ok(IterRecord::Array { array: o, index: 0 });
            }
        }
        if v.is_nullish() {
            let d = self.primitive_text(v);
            return Err(self.type_error(&format!("{d} is not iterable")));
        }
        let key = PropKey::Sym(self.realm.sym_iterator);
        let method = self.get_value(v, key)?;
        if !self.is_callable(method) {
            let desc = self.iterable_desc(v, source);
            return Err(self.type_error(&format!("{desc} is not iterable")));
        }
        let iter = self.call(method, v, &[])?;
        if !matches!(iter, Value::Object(_)) {
            return Err(self.type_error("Result of the Symbol.iterator method is not an object"));
        }
        self.root(iter);
        let next = self.get_value(iter, PropKey::Str(atoms::NEXT))?;
        self.root(next);
        // A built-in iterator whose `next` is the original: step it directly
        // (the `{ value, done }` objects it would make are never seen).
        if let Value::Object(io) = iter {
            if crate::builtins::iterator::is_builtin_iterator(self, io)
                && crate::builtins::iterator::is_builtin_next(self, next)
            {
                return Ok(IterRecord::Builtin { iter: io, next });
            }
        }
        Ok(IterRecord::Generic { iter, next })
    }

    /// How V8 names a value that is not iterable: the source of the iterated
    /// expression when there is one.
    pub(crate) fn iterable_desc(&mut self, v: Value, source: Option<Span>) -> String {
        let desc = self.describe_for_error(v);
        let Some(span) = source else { return desc };
        let text = self
            .cur_code
            .as_ref()
            .map(|c| c.source.text(span).to_string());
        match text {
            // V8 prints object literals as `{}` or `{(intermediate value)}`.
            Some(t) if t.starts_with('{') && t.ends_with('}') => {
                if t[1..t.len() - 1].trim().is_empty() {
                    "{}".to_string()
                } else {
                    "{(intermediate value)}".to_string()
                }
            }
            // A suspension's value has no source text of its own.
            Some(t) if t.starts_with("await") || t.starts_with("yield") => {
                "(intermediate value)".to_string()
            }
            Some(t) if !t.is_empty() && t.len() <= 40 && !t.contains('\n') => t,
            _ => desc,
        }
    }

    pub(crate) fn is_pristine_array(&self, o: ObjRef) -> bool {
        let obj = self.obj(o);
        if !matches!(obj.kind, ObjectKind::Array(_)) || obj.proto != Some(self.realm.array_proto) {
            return false;
        }
        let key = PropKey::Sym(self.realm.sym_iterator);
        if obj.props.lookup(key).is_some() {
            return false;
        }
        let values_is_builtin = match self.obj(self.realm.array_proto).props.lookup(key) {
            Some(p) => {
                matches!(p.slot, crate::object::Slot::Data(Value::Object(f)) if self.is_array_values(f))
            }
            None => false,
        };
        // The array iterator's `next` must be the built-in too, and no
        // `return` may be inherited: a program that adds either sees every
        // step, or the early exit, as in node.
        let iter_proto = self.realm.array_iterator_proto;
        let next_is_builtin = match self.obj(iter_proto).props.lookup(PropKey::Str(atoms::NEXT)) {
            Some(p) => {
                matches!(p.slot, crate::object::Slot::Data(f) if crate::builtins::iterator::is_builtin_next(self, f))
            }
            None => false,
        };
        let no_return = [
            iter_proto,
            self.realm.iterator_proto,
            self.realm.object_proto,
        ]
        .iter()
        .all(|&o| {
            self.obj(o)
                .props
                .lookup(PropKey::Str(atoms::RETURN))
                .is_none()
        });
        values_is_builtin && next_is_builtin && no_return
    }

    fn is_array_values(&self, f: ObjRef) -> bool {
        matches!(&self.obj(f).kind, ObjectKind::Native(n) if n.f as *const () == crate::builtins::array::values as *const ())
    }

    /// `IteratorStep` + `IteratorValue`: the next value, or `None` when done.
    pub(crate) fn iter_next(&mut self, it: &mut IterRecord) -> JsResult<Option<Value>> {
        match it {
            IterRecord::Array { array, index } => {
                let v = match &self.obj(*array).kind {
                    ObjectKind::Array(elems) => match elems.get(*index) {
                        Some(&v) => v,
                        None => return Ok(None),
                    },
                    _ => return Ok(None),
                };
                *index += 1;
                Ok(Some(if matches!(v, Value::Hole) {
                    Value::Undefined
                } else {
                    v
                }))
            }
            IterRecord::Builtin { iter, .. } => {
                let v = crate::builtins::iterator::step_builtin(self, *iter)?;
                if let Some(v) = v {
                    // Rooted like the result object of the generic path.
                    self.root(v);
                }
                Ok(v)
            }
            IterRecord::Generic { iter, next } => {
                let r = self.call(*next, *iter, &[])?;
                let Value::Object(ro) = r else {
                    let d = self.describe_for_error(r);
                    return Err(self.type_error(&format!("Iterator result {d} is not an object")));
                };
                self.root(r);
                let done = self.get(ro, PropKey::Str(atoms::DONE))?;
                if self.to_boolean(done) {
                    return Ok(None);
                }
                Ok(Some(self.get(ro, PropKey::Str(atoms::VALUE))?))
            }
        }
    }

    /// `IteratorClose`: calls `return()` when a loop or destructuring stops early.
    pub(crate) fn iter_close(&mut self, it: &IterRecord) -> JsResult<()> {
        let iter = match it {
            IterRecord::Array { .. } => None,
            IterRecord::Builtin { iter, .. } => Some(Value::Object(*iter)),
            IterRecord::Generic { iter, .. } => Some(*iter),
        };
        if let Some(iter) = iter {
            let ret = self.get_value(iter, PropKey::Str(atoms::RETURN))?;
            if !ret.is_nullish() {
                let r = self.call(ret, iter, &[])?;
                if !matches!(r, Value::Object(_)) {
                    return Err(self.type_error("Iterator result is not an object"));
                }
            }
        }
        Ok(())
    }

    /// Collects all values of an iterable (spread).
    pub(crate) fn iterate_to_vec(&mut self, v: Value) -> JsResult<Vec<Value>> {
        let source = self.iterable_source.take();
        if let Value::Object(o) = v {
            if self.is_pristine_array(o) {
                if let ObjectKind::Array(elems) = &self.obj(o).kind {
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
            }
        }
        let mark = self.stack.len();
        self.iterable_source = source;
        let mut it = self.get_iterator(v)?;
        let mut out = Vec::new();
        // Root the collected values as we go: `next()` may collect garbage.
        let start = self.stack.len();
        while let Some(x) = self.iter_next(&mut it)? {
            out.push(x);
            self.stack.push(x);
        }
        let _ = start;
        self.stack.truncate(mark);
        Ok(out)
    }

    /// How V8 names a value in "is not iterable"-style messages.
    pub(crate) fn describe_for_error(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => format!("\"{}\"", self.rust_string(s)),
            Value::Object(o) => {
                if self.obj(o).is_callable() {
                    let name = self.get(o, PropKey::Str(atoms::NAME)).ok();
                    match name {
                        Some(Value::String(s)) if !self.str(s).is_empty() => {
                            format!("function {}", self.rust_string(s))
                        }
                        _ => "function".into(),
                    }
                } else {
                    "object".into()
                }
            }
            Value::Symbol(_) => "Symbol()".into(),
            _ => self.primitive_text(v),
        }
    }
}

/// An iterator being consumed by `for…of`, spread or destructuring. Its handles
/// are rooted by whoever created it (`get_iterator` roots them on the stack).
#[derive(Clone, Copy)]
pub(crate) enum IterRecord {
    Array {
        array: ObjRef,
        index: usize,
    },
    /// A built-in iterator (`ObjectKind::Iterator`) whose `next` is the
    /// original built-in, stepped without result objects; `next` is kept so the
    /// record can be turned back into a generic one.
    Builtin {
        iter: ObjRef,
        next: Value,
    },
    Generic {
        iter: Value,
        next: Value,
    },
}
