//! Statement execution and completion handling: blocks, loops (with labels and
//! per-iteration bindings), `try`/`catch`/`finally` (a `finally` that completes
//! abruptly overrides the pending completion), `switch`, `for…in` and `for…of`.
//!
//! Every construct that can contain a `yield` also knows how to be resumed: when
//! `Exc::Suspend` passes through it, it pushes a `Resume` record saying where it
//! was, and its `resume` argument (used by `eval/resume.rs`) lets it continue from
//! that record. On the normal path this costs nothing but a match on errors.

use super::{Flow, IterRecord};
use crate::env::EnvRef;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::ir::{Block, Expr, FieldValue, Pat, PropName, ScopeInfo, Stmt, StmtKind};
use crate::object::{Property, CONFIGURABLE};
use crate::suspend::{Resume, TryPhase};
use crate::value::{Atom, ObjRef, PropKey, Value};

/// What a loop does with the completion of its body.
pub(super) enum LoopStep {
    Next,
    Exit(Flow),
}

#[inline]
pub(super) fn loop_step(flow: Flow, labels: &[Atom]) -> LoopStep {
    match flow {
        Flow::Normal | Flow::Continue(None) => LoopStep::Next,
        Flow::Continue(Some(l)) if labels.contains(&l) => LoopStep::Next,
        Flow::Break(None) => LoopStep::Exit(Flow::Normal),
        Flow::Break(Some(l)) if labels.contains(&l) => LoopStep::Exit(Flow::Normal),
        other => LoopStep::Exit(other),
    }
}

/// A `catch` clause: its parameter scope, pattern and body.
pub(crate) type CatchClause = (ScopeInfo, Option<Pat>, Block);

/// Where a resumed `for…in` continues: the keys, the next index, the object, and
/// the iteration's and the loop's environments.
pub(crate) type ForInResume = (
    Vec<(ObjRef, PropKey)>,
    usize,
    ObjRef,
    Option<EnvRef>,
    Option<EnvRef>,
);

/// Where a resumed `try` statement continues.
pub(crate) struct TryResume {
    pub phase: TryPhase,
    pub pending: Option<JsResult<Flow>>,
    pub pending_return: Value,
    pub pending_exception: Value,
    pub outer: Option<EnvRef>,
}

impl Interpreter {
    pub(crate) fn exec_block_body(&mut self, stmts: &[Stmt]) -> JsResult<Flow> {
        self.exec_stmts_from(stmts, 0)
    }

    /// Runs statements `from..` of a list.
    pub(crate) fn exec_stmts_from(&mut self, stmts: &[Stmt], from: usize) -> JsResult<Flow> {
        for (i, s) in stmts.iter().enumerate().skip(from) {
            match self.exec(s) {
                Ok(Flow::Normal) => {}
                Ok(f) => return Ok(f),
                Err(Exc::Suspend) => {
                    self.suspend_records.push(Resume::Stmts { index: i });
                    return Err(Exc::Suspend);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(Flow::Normal)
    }

    // Out of line: inlined, it would make `exec` save more registers.
    #[inline(never)]
    pub(crate) fn exec_block(&mut self, b: &Block) -> JsResult<Flow> {
        let plain =
            b.scope.env.is_none() && b.scope.local_tdz.is_empty() && b.scope.functions.is_empty();
        let saved = if plain {
            self.env
        } else {
            self.enter_scope(&b.scope)
        };
        let r = self.exec_block_body(&b.body);
        if matches!(r, Err(Exc::Suspend)) {
            self.suspend_records.push(Resume::Scope {
                env: self.env,
                outer: saved,
            });
        }
        self.env = saved;
        r
    }

    /// Runs one statement. The statements that make up most function bodies
    /// (expressions, simple declarations, `if`, `return`) are handled here;
    /// the rest go to `exec_cold`, so that this function stays small and its
    /// entry and exit save and restore few registers (one runs per statement).
    pub(crate) fn exec(&mut self, s: &Stmt) -> JsResult<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                // Temporaries rooted while evaluating die with the statement.
                let mark = self.stack.len();
                self.eval(e)?;
                self.stack.truncate(mark);
                Ok(Flow::Normal)
            }
            StmtKind::Init(Pat::Init(var), init) => {
                let mark = self.stack.len();
                let v = match init {
                    Some(e) => self.eval(e)?,
                    None => Value::Undefined,
                };
                self.stack.truncate(mark);
                self.write_var_init(var, v);
                Ok(Flow::Normal)
            }
            StmtKind::If(test, cons, alt) => {
                let mark = self.stack.len();
                let t = self.eval(test)?;
                self.stack.truncate(mark);
                let consequent = self.to_boolean(t);
                let r = if consequent {
                    self.exec(cons)
                } else if let Some(a) = alt {
                    self.exec(a)
                } else {
                    return Ok(Flow::Normal);
                };
                if matches!(r, Err(Exc::Suspend)) {
                    self.suspend_records.push(Resume::If { consequent });
                }
                r
            }
            StmtKind::Return(e) => {
                let mark = self.stack.len();
                self.return_value = match e {
                    Some(e) => self.eval(e)?,
                    None => Value::Undefined,
                };
                self.stack.truncate(mark);
                Ok(Flow::Return)
            }
            StmtKind::Block(b) => self.exec_block(b),
            StmtKind::Break(l) => Ok(Flow::Break(*l)),
            StmtKind::Continue(l) => Ok(Flow::Continue(*l)),
            _ => self.exec_cold(s),
        }
    }

    /// The statements `exec` leaves out: blocks, loops, `try`, `switch` and
    /// the rarer simple ones.
    #[inline(never)]
    fn exec_cold(&mut self, s: &Stmt) -> JsResult<Flow> {
        match &s.kind {
            // `exec` handles these itself and never passes them on.
            StmtKind::Expr(_)
            | StmtKind::If(..)
            | StmtKind::Return(_)
            | StmtKind::Block(_)
            | StmtKind::Break(_)
            | StmtKind::Continue(_) => self.exec(s),
            StmtKind::Init(pat, init) => {
                let mark = self.stack.len();
                let v = match init {
                    Some(e) => self.eval(e)?,
                    None => Value::Undefined,
                };
                self.stack.truncate(mark);
                match pat {
                    Pat::Init(var) => self.write_var_init(var, v),
                    _ => {
                        if let (Some(e), Pat::Array { .. }) = (init, pat) {
                            self.iterable_source = Some(e.span);
                        }
                        self.root(v);
                        self.bind_pattern(pat, v)?;
                        self.stack.truncate(mark);
                    }
                }
                Ok(Flow::Normal)
            }
            StmtKind::For {
                scope,
                init,
                test,
                update,
                body,
                labels,
            } => self.run_for(
                scope,
                init.as_deref(),
                test.as_ref(),
                update.as_ref(),
                body,
                labels,
                None,
            ),
            StmtKind::While { test, body, labels } => self.run_while(test, body, labels, false),
            StmtKind::DoWhile { body, test, labels } => {
                self.run_do_while(body, test, labels, false)
            }
            StmtKind::ForIn {
                scope,
                head,
                right,
                body,
                labels,
            } => self.run_for_in(scope, head, right, body, labels, None),
            StmtKind::ForOf {
                scope,
                head,
                right,
                body,
                labels,
                is_await: false,
            } => self.run_for_of(scope, head, right, body, labels, None),
            StmtKind::ForOf {
                scope,
                head,
                right,
                body,
                labels,
                is_await: true,
            } => self.run_for_await(scope, head, right, body, labels, None),
            StmtKind::Throw(e) => {
                let v = self.eval(e)?;
                self.cur_span = s.span;
                Err(self.throw_value(v))
            }
            StmtKind::Try {
                block,
                catch,
                finally,
            } => self.run_try(block, catch.as_ref(), finally.as_ref(), None),
            StmtKind::Switch { disc, scope, cases } => self.run_switch(disc, scope, cases, None),
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

    pub(crate) fn run_while(
        &mut self,
        test: &Expr,
        body: &Stmt,
        labels: &[Atom],
        resuming: bool,
    ) -> JsResult<Flow> {
        let mut resume_body = resuming;
        loop {
            let f = if std::mem::take(&mut resume_body) {
                self.resume_stmt(body)
            } else {
                self.safe_point();
                let t = self.eval(test)?;
                if !self.to_boolean(t) {
                    return Ok(Flow::Normal);
                }
                self.exec(body)
            };
            // A body that completes normally (nearly every iteration) needs no
            // completion handling.
            if matches!(f, Ok(Flow::Normal)) {
                continue;
            }
            let f = self.record_loop_suspension(f, self.env)?;
            if let LoopStep::Exit(f) = loop_step(f, labels) {
                return Ok(f);
            }
        }
    }

    pub(crate) fn run_do_while(
        &mut self,
        body: &Stmt,
        test: &Expr,
        labels: &[Atom],
        resuming: bool,
    ) -> JsResult<Flow> {
        let mut resume_body = resuming;
        loop {
            let f = if std::mem::take(&mut resume_body) {
                self.resume_stmt(body)
            } else {
                self.safe_point();
                self.exec(body)
            };
            // A body that completes normally (nearly every iteration) needs no
            // completion handling.
            if !matches!(f, Ok(Flow::Normal)) {
                let f = self.record_loop_suspension(f, self.env)?;
                if let LoopStep::Exit(f) = loop_step(f, labels) {
                    return Ok(f);
                }
            }
            let t = self.eval(test)?;
            if !self.to_boolean(t) {
                return Ok(Flow::Normal);
            }
        }
    }

    pub(crate) fn run_switch(
        &mut self,
        disc: &Expr,
        scope: &ScopeInfo,
        cases: &[(Option<Expr>, Vec<Stmt>)],
        resume: Option<(usize, Option<EnvRef>, Option<EnvRef>)>,
    ) -> JsResult<Flow> {
        let (start, saved, mut resume_case) = match resume {
            Some((case, env, outer)) => {
                self.env = env;
                (case, outer, true)
            }
            None => {
                let d = self.eval(disc)?;
                let mark = self.stack.len();
                self.root(d);
                let saved = self.enter_scope(scope);
                let start = match self.switch_start(d, cases) {
                    Ok(Some(i)) => i,
                    Ok(None) => {
                        self.env = saved;
                        self.stack.truncate(mark);
                        return Ok(Flow::Normal);
                    }
                    Err(e) => {
                        self.env = saved;
                        return Err(e);
                    }
                };
                self.stack.truncate(mark);
                (start, saved, false)
            }
        };
        let mut result = Ok(Flow::Normal);
        for (i, (_, body)) in cases.iter().enumerate().skip(start) {
            let r = if std::mem::take(&mut resume_case) {
                self.resume_stmts(body)
            } else {
                self.exec_block_body(body)
            };
            match r {
                Ok(Flow::Normal) => {}
                Ok(Flow::Break(None)) => break,
                Err(Exc::Suspend) => {
                    self.suspend_records.push(Resume::Switch {
                        case: i,
                        env: self.env,
                        outer: saved,
                    });
                    result = Err(Exc::Suspend);
                    break;
                }
                other => {
                    result = other;
                    break;
                }
            }
        }
        self.env = saved;
        result
    }

    /// The index of the case a `switch` starts at (the matching one, else `default`).
    fn switch_start(
        &mut self,
        d: Value,
        cases: &[(Option<Expr>, Vec<Stmt>)],
    ) -> JsResult<Option<usize>> {
        for (i, (test, _)) in cases.iter().enumerate() {
            if let Some(t) = test {
                let v = self.eval(t)?;
                if self.strict_equals(d, v) {
                    return Ok(Some(i));
                }
            }
        }
        Ok(cases.iter().position(|(t, _)| t.is_none()))
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn run_for(
        &mut self,
        scope: &ScopeInfo,
        init: Option<&Stmt>,
        test: Option<&Expr>,
        update: Option<&Expr>,
        body: &Stmt,
        labels: &[Atom],
        resume: Option<(Option<EnvRef>, Option<EnvRef>)>,
    ) -> JsResult<Flow> {
        let per_iteration = scope.env.is_some();
        let (saved, mut resume_body) = match resume {
            Some((env, outer)) => {
                self.env = env;
                (outer, true)
            }
            None => (self.enter_scope(scope), false),
        };
        let r = (|| -> JsResult<Flow> {
            if !resume_body {
                if let Some(i) = init {
                    self.exec(i)?;
                }
                if per_iteration {
                    self.copy_iteration_env();
                }
            }
            loop {
                let f = if std::mem::take(&mut resume_body) {
                    self.resume_stmt(body)
                } else {
                    self.safe_point();
                    if let Some(t) = test {
                        let v = self.eval(t)?;
                        if !self.to_boolean(v) {
                            return Ok(Flow::Normal);
                        }
                    }
                    self.exec(body)
                };
                // A body that completes normally (nearly every iteration)
                // needs no completion handling.
                if !matches!(f, Ok(Flow::Normal)) {
                    let f = self.record_loop_suspension(f, saved)?;
                    if let LoopStep::Exit(f) = loop_step(f, labels) {
                        return Ok(f);
                    }
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

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn run_for_in(
        &mut self,
        scope: &ScopeInfo,
        head: &Pat,
        right: &Expr,
        body: &Stmt,
        labels: &[Atom],
        resume: Option<ForInResume>,
    ) -> JsResult<Flow> {
        let mark = self.stack.len();
        let (keys, start, o, mut resume_at) = match resume {
            Some((keys, next, obj, env, outer)) => (keys, next, obj, Some((env, outer))),
            None => {
                let saved = self.enter_scope(scope);
                let v = self.eval(right);
                self.env = saved;
                let v = v?;
                if v.is_nullish() {
                    return Ok(Flow::Normal);
                }
                let o = self.to_object(v)?;
                (self.for_in_keys(o), 0, o, None)
            }
        };
        self.stack.push(Value::Object(o));
        for &(owner, _) in &keys {
            self.stack.push(Value::Object(owner));
        }
        let mut result = Ok(Flow::Normal);
        for i in start..keys.len() {
            let (owner, k) = keys[i];
            let (step, inner, saved) = if let Some((env, outer)) = resume_at.take() {
                self.env = env;
                let step = self.resume_stmt(body);
                (step, self.env, outer)
            } else {
                // A property deleted during the loop is skipped.
                if self.get_own(owner, k).is_none() {
                    continue;
                }
                self.safe_point();
                let PropKey::Str(a) = k else { continue };
                let kv = self.atom_value(a);
                let saved = self.enter_scope(scope);
                let step = self.bind_pattern(head, kv).and_then(|_| self.exec(body));
                (step, self.env, saved)
            };
            self.env = saved;
            match step {
                Err(Exc::Suspend) => {
                    let rest = keys.clone();
                    self.suspend_records.push(Resume::ForIn {
                        keys: rest,
                        next: i,
                        obj: o,
                        env: inner,
                        outer: saved,
                    });
                    result = Err(Exc::Suspend);
                    break;
                }
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

    /// The keys a `for…in` visits: enumerable string keys along the prototype
    /// chain; a key seen once (even non-enumerable) hides the same key further up.
    fn for_in_keys(&mut self, o: ObjRef) -> Vec<(ObjRef, PropKey)> {
        let mut keys = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut cur = Some(o);
        while let Some(c) = cur {
            for k in self.own_keys(c) {
                if let PropKey::Str(_) = k {
                    if seen.insert(k) && self.is_enumerable_own(c, k) == Some(true) {
                        keys.push((c, k));
                    }
                }
            }
            cur = self.obj(c).proto;
        }
        keys
    }

    pub(crate) fn run_for_of(
        &mut self,
        scope: &ScopeInfo,
        head: &Pat,
        right: &Expr,
        body: &Stmt,
        labels: &[Atom],
        resume: Option<(IterRecord, Option<EnvRef>, Option<EnvRef>)>,
    ) -> JsResult<Flow> {
        let mark = self.stack.len();
        let (mut it, mut resume_at) = match resume {
            Some((it, env, outer)) => {
                match it {
                    IterRecord::Array { array, .. } => self.stack.push(Value::Object(array)),
                    IterRecord::Builtin { iter, next } => {
                        self.stack.push(Value::Object(iter));
                        self.stack.push(next);
                    }
                    IterRecord::Generic { iter, next } => {
                        self.stack.push(iter);
                        self.stack.push(next);
                    }
                }
                (it, Some((env, outer)))
            }
            None => {
                let saved = self.enter_scope(scope);
                let v = self.eval(right);
                self.env = saved;
                let v = v?;
                self.root(v);
                self.iterable_source = Some(right.span);
                (self.get_iterator(v)?, None)
            }
        };
        // What one iteration roots (its value, temporaries) is dropped before
        // the next, so a long loop does not grow the value stack.
        let iter_mark = self.stack.len();
        let result = loop {
            let (step, inner, saved) = if let Some((env, outer)) = resume_at.take() {
                self.env = env;
                let step = self.resume_stmt(body);
                (step, self.env, outer)
            } else {
                self.safe_point();
                let x = match self.iter_next(&mut it) {
                    Ok(Some(x)) => x,
                    Ok(None) => break Ok(Flow::Normal),
                    Err(e) => break Err(e),
                };
                let saved = self.enter_scope(scope);
                let step = self.bind_pattern(head, x).and_then(|_| self.exec(body));
                (step, self.env, saved)
            };
            self.env = saved;
            match step {
                Err(Exc::Suspend) => {
                    self.suspend_records.push(Resume::ForOf {
                        iter: it,
                        env: inner,
                        outer: saved,
                    });
                    break Err(Exc::Suspend);
                }
                Err(e) => {
                    // Close the iterator, but the original exception wins.
                    if e == Exc::Throw {
                        let v = self.exception;
                        self.root(v);
                        let _ = self.iter_close(&it);
                        self.exception = v;
                    }
                    break Err(e);
                }
                Ok(f) => match loop_step(f, labels) {
                    LoopStep::Next => self.stack.truncate(iter_mark),
                    LoopStep::Exit(f) => {
                        let rv = self.return_value;
                        self.root(rv);
                        let r = self.iter_close(&it);
                        self.return_value = rv;
                        r?;
                        break Ok(f);
                    }
                },
            }
        };
        self.stack.truncate(mark);
        result
    }

    pub(crate) fn run_try(
        &mut self,
        block: &Block,
        catch: Option<&CatchClause>,
        finally: Option<&Block>,
        resume: Option<TryResume>,
    ) -> JsResult<Flow> {
        let mark = self.stack.len();
        let env = self.env;
        let phase = resume.as_ref().map_or(TryPhase::Block, |r| r.phase);
        let r = match phase {
            TryPhase::Block => {
                let resuming = resume.is_some();
                let r = if resuming {
                    self.resume_block(block)
                } else {
                    self.exec_block(block)
                };
                if matches!(r, Err(Exc::Suspend)) {
                    self.suspend_records.push(Resume::Try {
                        phase: TryPhase::Block,
                        pending: None,
                        pending_return: Value::Undefined,
                        pending_exception: Value::Undefined,
                        outer: None,
                    });
                    return r;
                }
                match (&r, catch) {
                    (Err(Exc::Throw), Some(c)) => {
                        let v = self.exception;
                        self.stack.truncate(mark);
                        self.env = env;
                        self.run_catch(c, v, None)?
                    }
                    _ => r,
                }
            }
            TryPhase::Catch => {
                let outer = resume.as_ref().and_then(|r| r.outer);
                match catch {
                    Some(c) => self.run_catch(c, Value::Undefined, Some(outer))?,
                    None => Ok(Flow::Normal),
                }
            }
            TryPhase::Finally => resume
                .as_ref()
                .and_then(|r| r.pending)
                .unwrap_or(Ok(Flow::Normal)),
        };
        let Some(fin) = finally else {
            if r.is_err() {
                self.stack.truncate(mark);
                self.env = env;
            }
            return r;
        };
        if matches!(r, Err(Exc::Exit(_))) {
            return r;
        }
        self.stack.truncate(mark);
        self.env = env;
        // Keep the pending completion's values alive (and restorable) while
        // `finally` runs: it may throw and catch exceptions of its own.
        let (pending_return, pending_exception) = match &resume {
            Some(TryResume {
                phase: TryPhase::Finally,
                pending_return,
                pending_exception,
                ..
            }) => (*pending_return, *pending_exception),
            _ => (self.return_value, self.exception),
        };
        self.stack.push(pending_exception);
        self.stack.push(pending_return);
        let f = if phase == TryPhase::Finally {
            self.resume_block(fin)
        } else {
            self.exec_block(fin)
        };
        match f {
            Err(Exc::Suspend) => {
                self.suspend_records.push(Resume::Try {
                    phase: TryPhase::Finally,
                    pending: Some(r),
                    pending_return,
                    pending_exception,
                    outer: None,
                });
                Err(Exc::Suspend)
            }
            Err(e) => Err(e),
            Ok(Flow::Normal) => {
                self.return_value = pending_return;
                self.exception = pending_exception;
                self.stack.truncate(mark);
                r
            }
            Ok(f) => Ok(f),
        }
    }

    /// Runs a `catch` clause for thrown value `v`. The outer `Result` carries a
    /// suspension (the `try` records it); the inner one is the clause's completion.
    fn run_catch(
        &mut self,
        (scope, param, body): &CatchClause,
        v: Value,
        resume_outer: Option<Option<EnvRef>>,
    ) -> JsResult<JsResult<Flow>> {
        let (r, saved) = match resume_outer {
            Some(outer) => (self.resume_block(body), outer),
            None => {
                self.stack.push(v);
                let saved = self.enter_scope(scope);
                let r = match param {
                    Some(p) => self.bind_pattern(p, v).and_then(|_| self.exec_block(body)),
                    None => self.exec_block(body),
                };
                (r, saved)
            }
        };
        if matches!(r, Err(Exc::Suspend)) {
            self.suspend_records.push(Resume::Try {
                phase: TryPhase::Catch,
                pending: None,
                pending_return: Value::Undefined,
                pending_exception: Value::Undefined,
                outer: saved,
            });
            self.env = saved;
            return Err(Exc::Suspend);
        }
        self.env = saved;
        Ok(r)
    }

    /// `DefineField` in a field or static initialiser: `this` is the target.
    fn define_field(&mut self, key: &PropName, value: &FieldValue) -> JsResult<()> {
        let this = match self.cur_code.clone().and_then(|c| c.this_var.clone()) {
            Some(v) => self.read_var_raw(&v),
            None => Value::Undefined,
        };
        let Value::Object(target) = this else {
            return Ok(());
        };
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
        if private
            && self.obj(target).props.lookup(k).is_some()
            && matches!(value, FieldValue::Value(_))
        {
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
                self.define_accessor(target, k, g, s, CONFIGURABLE);
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

impl Interpreter {
    /// A loop body's completion, passed through; when the body is suspending
    /// (a `yield`/`await` inside it), the loop first records where it was
    /// (`Resume::Loop`, with the environment to restore on exit) so resuming
    /// can re-enter this loop.
    #[inline]
    fn record_loop_suspension(
        &mut self,
        f: JsResult<Flow>,
        outer: Option<EnvRef>,
    ) -> JsResult<Flow> {
        if let Err(Exc::Suspend) = f {
            self.suspend_records.push(Resume::Loop {
                env: self.env,
                outer,
            });
        }
        f
    }
}
