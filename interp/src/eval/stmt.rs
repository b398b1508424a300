//! Statement execution and completion handling: blocks, loops (with labels and
//! per-iteration bindings), `try`/`catch`/`finally` (a `finally` that completes
//! abruptly overrides the pending completion), `switch`, `for…in` and `for…of`.

use super::{Flow, IterRecord};
use crate::interp::{Exc, Interpreter, JsResult};
use crate::ir::{Block, FieldValue, Pat, PropName, ScopeInfo, Stmt, StmtKind};
use crate::object::{Property, Slot, ENUMERABLE, DEFAULT_ATTRS, CONFIGURABLE};
use crate::value::{Atom, PropKey, Value};

/// What a loop does with the completion of its body.
enum LoopStep {
    Next,
    Exit(Flow),
}

#[inline]
fn loop_step(flow: Flow, labels: &[Atom]) -> LoopStep {
    match flow {
        Flow::Normal | Flow::Continue(None) => LoopStep::Next,
        Flow::Continue(Some(l)) if labels.contains(&l) => LoopStep::Next,
        Flow::Break(None) => LoopStep::Exit(Flow::Normal),
        Flow::Break(Some(l)) if labels.contains(&l) => LoopStep::Exit(Flow::Normal),
        other => LoopStep::Exit(other),
    }
}

impl Interpreter {
    pub(crate) fn exec_block_body(&mut self, stmts: &[Stmt]) -> JsResult<Flow> {
        for s in stmts {
            let f = self.exec(s)?;
            if f != Flow::Normal {
                return Ok(f);
            }
        }
        Ok(Flow::Normal)
    }

    pub(crate) fn exec_block(&mut self, b: &Block) -> JsResult<Flow> {
        if b.scope.env.is_none() && b.scope.local_tdz.is_empty() && b.scope.functions.is_empty() {
            return self.exec_block_body(&b.body);
        }
        let saved = self.enter_scope(&b.scope);
        let r = self.exec_block_body(&b.body);
        self.env = saved;
        r
    }

    pub(crate) fn exec(&mut self, s: &Stmt) -> JsResult<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(e)?;
                Ok(Flow::Normal)
            }
            StmtKind::Init(pat, init) => {
                let v = match init {
                    Some(e) => self.eval(e)?,
                    None => Value::Undefined,
                };
                match pat {
                    Pat::Init(var) => self.write_var_init(var, v),
                    _ => {
                        let mark = self.stack.len();
                        self.root(v);
                        self.bind_pattern(pat, v)?;
                        self.stack.truncate(mark);
                    }
                }
                Ok(Flow::Normal)
            }
            StmtKind::If(test, cons, alt) => {
                let t = self.eval(test)?;
                if self.to_boolean(t) {
                    self.exec(cons)
                } else if let Some(a) = alt {
                    self.exec(a)
                } else {
                    Ok(Flow::Normal)
                }
            }
            StmtKind::Block(b) => self.exec_block(b),
            StmtKind::For { scope, init, test, update, body, labels } => {
                self.exec_for(scope, init.as_deref(), test.as_ref(), update.as_ref(), body, labels)
            }
            StmtKind::While { test, body, labels } => {
                loop {
                    self.safe_point();
                    let t = self.eval(test)?;
                    if !self.to_boolean(t) {
                        return Ok(Flow::Normal);
                    }
                    let f = self.exec(body)?;
                    if let LoopStep::Exit(f) = loop_step(f, labels) {
                        return Ok(f);
                    }
                }
            }
            StmtKind::DoWhile { body, test, labels } => loop {
                self.safe_point();
                let f = self.exec(body)?;
                if let LoopStep::Exit(f) = loop_step(f, labels) {
                    return Ok(f);
                }
                let t = self.eval(test)?;
                if !self.to_boolean(t) {
                    return Ok(Flow::Normal);
                }
            },
            StmtKind::ForIn { scope, head, right, body, labels } => self.exec_for_in(scope, head, right, body, labels),
            StmtKind::ForOf { scope, head, right, body, labels } => self.exec_for_of(scope, head, right, body, labels),
            StmtKind::Return(e) => {
                self.return_value = match e {
                    Some(e) => self.eval(e)?,
                    None => Value::Undefined,
                };
                Ok(Flow::Return)
            }
            StmtKind::Break(l) => Ok(Flow::Break(*l)),
            StmtKind::Continue(l) => Ok(Flow::Continue(*l)),
            StmtKind::Throw(e) => {
                let v = self.eval(e)?;
                self.cur_span = s.span;
                Err(self.throw_value(v))
            }
            StmtKind::Try { block, catch, finally } => self.exec_try(block, catch.as_ref(), finally.as_ref()),
            StmtKind::Switch { disc, scope, cases } => {
                let d = self.eval(disc)?;
                let mark = self.stack.len();
                self.root(d);
                let saved = self.enter_scope(scope);
                let r = self.exec_switch(d, cases);
                self.env = saved;
                self.stack.truncate(mark);
                r
            }
            StmtKind::Labeled(l, body) => match self.exec(body)? {
                Flow::Break(Some(b)) if b == *l => Ok(Flow::Normal),
                f => Ok(f),
            },
            StmtKind::DefineField { key, value } => {
                self.define_field(key, value)?;
                Ok(Flow::Normal)
            }
            StmtKind::Empty => Ok(Flow::Normal),
        }
    }

    fn exec_switch(&mut self, d: Value, cases: &[(Option<crate::ir::Expr>, Vec<Stmt>)]) -> JsResult<Flow> {
        let mut start = None;
        for (i, (test, _)) in cases.iter().enumerate() {
            if let Some(t) = test {
                let v = self.eval(t)?;
                if self.strict_equals(d, v) {
                    start = Some(i);
                    break;
                }
            }
        }
        let start = match start.or_else(|| cases.iter().position(|(t, _)| t.is_none())) {
            Some(s) => s,
            None => return Ok(Flow::Normal),
        };
        for (_, body) in &cases[start..] {
            match self.exec_block_body(body)? {
                Flow::Normal => {}
                Flow::Break(None) => return Ok(Flow::Normal),
                f => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_for(
        &mut self,
        scope: &ScopeInfo,
        init: Option<&Stmt>,
        test: Option<&crate::ir::Expr>,
        update: Option<&crate::ir::Expr>,
        body: &Stmt,
        labels: &[Atom],
    ) -> JsResult<Flow> {
        let saved = self.enter_scope(scope);
        let per_iteration = scope.env.is_some();
        let r = (|| -> JsResult<Flow> {
            if let Some(i) = init {
                self.exec(i)?;
            }
            if per_iteration {
                self.copy_iteration_env();
            }
            loop {
                self.safe_point();
                if let Some(t) = test {
                    let v = self.eval(t)?;
                    if !self.to_boolean(v) {
                        return Ok(Flow::Normal);
                    }
                }
                let f = self.exec(body)?;
                if let LoopStep::Exit(f) = loop_step(f, labels) {
                    return Ok(f);
                }
                if per_iteration {
                    self.copy_iteration_env();
                }
                if let Some(u) = update {
                    self.eval(u)?;
                }
            }
        })();
        self.env = saved;
        r
    }

    fn exec_for_in(
        &mut self,
        scope: &ScopeInfo,
        head: &Pat,
        right: &crate::ir::Expr,
        body: &Stmt,
        labels: &[Atom],
    ) -> JsResult<Flow> {
        let saved = self.enter_scope(scope);
        let v = self.eval(right);
        self.env = saved;
        let v = v?;
        if v.is_nullish() {
            return Ok(Flow::Normal);
        }
        let o = self.to_object(v)?;
        let mark = self.stack.len();
        self.stack.push(Value::Object(o));
        // Collect the enumerable string keys along the prototype chain; a key seen
        // once (even non-enumerable) hides the same key further up.
        let mut keys: Vec<(crate::value::ObjRef, PropKey)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut cur = Some(o);
        while let Some(c) = cur {
            self.stack.push(Value::Object(c));
            for k in self.own_keys(c) {
                if let PropKey::Str(_) = k {
                    if seen.insert(k) && self.is_enumerable_own(c, k) == Some(true) {
                        keys.push((c, k));
                    }
                }
            }
            cur = self.obj(c).proto;
        }
        let mut result = Ok(Flow::Normal);
        for (owner, k) in keys {
            // A property deleted during the loop is skipped.
            if self.get_own(owner, k).is_none() {
                continue;
            }
            self.safe_point();
            let PropKey::Str(a) = k else { continue };
            let kv = self.atom_value(a);
            let saved = self.enter_scope(scope);
            let step = self.bind_pattern(head, kv).and_then(|_| self.exec(body));
            self.env = saved;
            match step {
                Err(e) => {
                    result = Err(e);
                    break;
                }
                Ok(f) => {
                    if let LoopStep::Exit(f) = loop_step(f, labels) {
                        result = Ok(f);
                        break;
                    }
                }
            }
        }
        self.stack.truncate(mark);
        result
    }

    fn exec_for_of(
        &mut self,
        scope: &ScopeInfo,
        head: &Pat,
        right: &crate::ir::Expr,
        body: &Stmt,
        labels: &[Atom],
    ) -> JsResult<Flow> {
        let saved = self.enter_scope(scope);
        let v = self.eval(right);
        self.env = saved;
        let v = v?;
        let mark = self.stack.len();
        self.root(v);
        let mut it = self.get_iterator(v)?;
        let result = loop {
            self.safe_point();
            let x = match self.iter_next(&mut it) {
                Ok(Some(x)) => x,
                Ok(None) => break Ok(Flow::Normal),
                Err(e) => break Err(e),
            };
            let saved = self.enter_scope(scope);
            let step = self.bind_pattern(head, x).and_then(|_| self.exec(body));
            self.env = saved;
            match step {
                Err(e) => {
                    // Close the iterator, but the original exception wins.
                    if matches!(e, Exc::Throw(_)) {
                        if let Some(v) = self.exc_value(&e) {
                            self.root(v);
                        }
                        let _ = self.iter_close(&it);
                    }
                    break Err(e);
                }
                Ok(f) => match loop_step(f, labels) {
                    LoopStep::Next => {}
                    LoopStep::Exit(f) => {
                        if f == Flow::Return {
                            let rv = self.return_value;
                            self.root(rv);
                            let r = self.iter_close(&it);
                            self.return_value = rv;
                            r?;
                        } else {
                            self.iter_close(&it)?;
                        }
                        break Ok(f);
                    }
                },
            }
        };
        let _ = IterRecord::Array { array: self.realm.array_proto, index: 0 };
        self.stack.truncate(mark);
        result
    }

    fn exec_try(
        &mut self,
        block: &Block,
        catch: Option<&(ScopeInfo, Option<Pat>, Block)>,
        finally: Option<&Block>,
    ) -> JsResult<Flow> {
        let mark = self.stack.len();
        let env = self.env;
        let depth = self.frames.len();
        let mut r = self.exec_block(block);
        if let (Err(Exc::Throw(v)), Some((scope, param, body))) = (&r, catch) {
            let v = *v;
            self.restore_after_throw(mark, env, depth);
            self.stack.push(v);
            let saved = self.enter_scope(scope);
            r = match param {
                Some(p) => self.bind_pattern(p, v).and_then(|_| self.exec_block(body)),
                None => self.exec_block(body),
            };
            self.env = saved;
        }
        let Some(fin) = finally else {
            if r.is_err() {
                self.restore_after_throw(mark, env, depth);
            }
            return r;
        };
        if matches!(r, Err(Exc::Exit(_))) {
            return r;
        }
        self.restore_after_throw(mark, env, depth);
        // Keep the pending completion's value alive while `finally` runs.
        if let Err(Exc::Throw(v)) = &r {
            self.stack.push(*v);
        }
        let pending_return = self.return_value;
        self.stack.push(pending_return);
        let f = self.exec_block(fin)?;
        if f != Flow::Normal {
            return Ok(f);
        }
        self.return_value = pending_return;
        self.stack.truncate(mark);
        r
    }

    /// After an exception unwound to a `try`, the value stack and environment go
    /// back to what they were when the `try` began.
    fn restore_after_throw(&mut self, mark: usize, env: Option<crate::env::EnvRef>, depth: usize) {
        debug_assert_eq!(depth, self.frames.len());
        self.stack.truncate(mark);
        self.env = env;
    }

    /// `DefineField` in a field or static initialiser: `this` is the target.
    fn define_field(&mut self, key: &PropName, value: &FieldValue) -> JsResult<()> {
        let this = match self.cur_code.clone().and_then(|c| c.this_var.clone()) {
            Some(v) => self.read_var_raw(&v),
            None => Value::Undefined,
        };
        let Value::Object(target) = this else { return Ok(()) };
        let mark = self.stack.len();
        let (k, private) = match key {
            PropName::Private(v) => match self.read_var_raw(v) {
                Value::Symbol(s) => (PropKey::Sym(s), true),
                _ => return Ok(()),
            },
            _ => (self.prop_name_key(key)?, false),
        };
        if let PropKey::Sym(s) = k {
            self.root(Value::Symbol(s));
        }
        if private && self.obj(target).props.lookup(k).is_some() && matches!(value, FieldValue::Value(_)) {
            return Err(self.type_error("Cannot initialize private field twice on the same object"));
        }
        match value {
            FieldValue::Value(e) => {
                let v = match e {
                    Some(e) => self.eval(e)?,
                    None => Value::Undefined,
                };
                if private {
                    self.define(target, k, Property::data(v, crate::object::WRITABLE));
                } else if !self.create_data_property(target, k, v)? {
                    let name = self.key_text(k);
                    return Err(self.type_error(&format!("Cannot redefine property: {name}")));
                }
            }
            FieldValue::Method(code) => {
                let home = self.home_object();
                let f = self.make_closure(code, home);
                self.set_function_name(f, k, None);
                self.define(target, k, Property::data(Value::Object(f), 0));
            }
            FieldValue::Accessor(get, set) => {
                let home = self.home_object();
                let g = get.as_ref().map(|c| self.make_closure(c, home));
                if let Some(g) = g {
                    self.root(Value::Object(g));
                }
                let s = set.as_ref().map(|c| self.make_closure(c, home));
                let _ = (ENUMERABLE, DEFAULT_ATTRS);
                self.define_accessor(target, k, g, s, CONFIGURABLE);
                let _ = Slot::Data(Value::Undefined);
            }
        }
        self.stack.truncate(mark);
        Ok(())
    }

    fn home_object(&mut self) -> Option<crate::value::ObjRef> {
        let v = self.cur_code.clone().and_then(|c| c.home_var.clone())?;
        self.read_var_raw(&v).as_object()
    }
}
