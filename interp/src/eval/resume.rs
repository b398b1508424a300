//! Resuming a suspended generator: walk down the tree again, each statement
//! popping the `Resume` record it pushed when the generator suspended (see
//! `suspend.rs` for the design), then continuing normally. At the bottom is the
//! `yield` itself, whose statement completes with the value `next(v)` sent (or
//! throws, or returns, for `throw(e)` and `return(v)`).

use super::async_iter::ForAwaitResume;
use super::Flow;
use crate::atoms;
use crate::eval::stmt::TryResume;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::ir::{Block, Expr, ExprKind, Pat, Stmt, StmtKind, Target};
use crate::suspend::{Resume, ResumeMode};
use crate::value::{PropKey, Value};

/// What a resumed `yield` expression does.
pub(super) enum YieldOutcome {
    /// It evaluates to this value.
    Value(Value),
    /// The generator was asked to return this value.
    Return(Value),
}

impl Interpreter {
    fn lost_state(&mut self) -> Exc {
        self.type_error("nodelet internal error: generator resume state is inconsistent")
    }

    fn pop_record(&mut self) -> Option<Resume> {
        self.resume_records.pop()
    }

    /// Resumes a statement list at the statement its record names.
    pub(crate) fn resume_stmts(&mut self, stmts: &[Stmt]) -> JsResult<Flow> {
        let Some(Resume::Stmts { index }) = self.pop_record() else {
            return Err(self.lost_state());
        };
        let Some(s) = stmts.get(index) else {
            return Err(self.lost_state());
        };
        match self.resume_stmt(s) {
            Ok(Flow::Normal) => self.exec_stmts_from(stmts, index + 1),
            Err(Exc::Suspend) => {
                self.suspend_records.push(Resume::Stmts { index });
                Err(Exc::Suspend)
            }
            r => r,
        }
    }

    pub(crate) fn resume_block(&mut self, b: &Block) -> JsResult<Flow> {
        let Some(Resume::Scope { env, outer }) = self.pop_record() else {
            return Err(self.lost_state());
        };
        self.env = env;
        let r = self.resume_stmts(&b.body);
        if matches!(r, Err(Exc::Suspend)) {
            self.suspend_records.push(Resume::Scope {
                env: self.env,
                outer,
            });
        }
        self.env = outer;
        r
    }

    pub(crate) fn resume_stmt(&mut self, s: &Stmt) -> JsResult<Flow> {
        match &s.kind {
            StmtKind::Expr(_) | StmtKind::Init(..) | StmtKind::Return(_) => self.resume_leaf(s),
            StmtKind::Block(b) => self.resume_block(b),
            StmtKind::If(_, cons, alt) => {
                let Some(Resume::If { consequent }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                let r = match (consequent, alt) {
                    (true, _) => self.resume_stmt(cons),
                    (false, Some(a)) => self.resume_stmt(a),
                    (false, None) => return Err(self.lost_state()),
                };
                if matches!(r, Err(Exc::Suspend)) {
                    self.suspend_records.push(Resume::If { consequent });
                }
                r
            }
            StmtKind::While { test, body, labels } => {
                let Some(Resume::Loop { env, .. }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                self.env = env;
                self.run_while(test, body, labels, true)
            }
            StmtKind::DoWhile { body, test, labels } => {
                let Some(Resume::Loop { env, .. }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                self.env = env;
                self.run_do_while(body, test, labels, true)
            }
            StmtKind::For {
                scope,
                init,
                test,
                update,
                body,
                labels,
            } => {
                let Some(Resume::Loop { env, outer }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                self.run_for(
                    scope,
                    init.as_deref(),
                    test.as_ref(),
                    update.as_ref(),
                    body,
                    labels,
                    Some((env, outer)),
                )
            }
            StmtKind::ForOf {
                scope,
                head,
                right,
                body,
                labels,
                is_await: false,
            } => {
                let Some(Resume::ForOf { iter, env, outer }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                self.run_for_of(scope, head, right, body, labels, Some((iter, env, outer)))
            }
            StmtKind::ForOf {
                scope,
                head,
                right,
                body,
                labels,
                is_await: true,
            } => {
                let Some(Resume::ForAwait {
                    iter,
                    next,
                    phase,
                    env,
                    outer,
                    pending,
                }) = self.pop_record()
                else {
                    return Err(self.lost_state());
                };
                let resume = ForAwaitResume {
                    iter,
                    next,
                    phase,
                    env,
                    outer,
                    pending,
                };
                self.run_for_await(scope, head, right, body, labels, Some(resume))
            }
            StmtKind::ForIn {
                scope,
                head,
                right,
                body,
                labels,
            } => {
                let Some(Resume::ForIn {
                    keys,
                    next,
                    obj,
                    env,
                    outer,
                }) = self.pop_record()
                else {
                    return Err(self.lost_state());
                };
                self.run_for_in(
                    scope,
                    head,
                    right,
                    body,
                    labels,
                    Some((keys, next, obj, env, outer)),
                )
            }
            StmtKind::Try {
                block,
                catch,
                finally,
            } => {
                let Some(Resume::Try {
                    phase,
                    pending,
                    pending_return,
                    pending_exception,
                    outer,
                }) = self.pop_record()
                else {
                    return Err(self.lost_state());
                };
                let resume = TryResume {
                    phase,
                    pending,
                    pending_return,
                    pending_exception,
                    outer,
                };
                self.run_try(block, catch.as_ref(), finally.as_ref(), Some(resume))
            }
            StmtKind::Switch { disc, scope, cases } => {
                let Some(Resume::Switch { case, env, outer }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                self.run_switch(disc, scope, cases, Some((case, env, outer)))
            }
            StmtKind::Labeled(l, body) => match self.resume_stmt(body)? {
                Flow::Break(Some(b)) if b == *l => Ok(Flow::Normal),
                f => Ok(f),
            },
            _ => Err(self.lost_state()),
        }
    }

    /// Completes the statement whose `yield` suspended, with the resumption value.
    fn resume_leaf(&mut self, s: &Stmt) -> JsResult<Flow> {
        let v = match self.resume_yield()? {
            YieldOutcome::Return(v) => {
                self.return_value = v;
                return Ok(Flow::Return);
            }
            YieldOutcome::Value(v) => v,
        };
        let mark = self.stack.len();
        self.root(v);
        let r = match &s.kind {
            StmtKind::Expr(e) => self.complete_yield_expr(e, v).map(|_| Flow::Normal),
            StmtKind::Init(pat, _) => self.bind_pattern(pat, v).map(|_| Flow::Normal),
            StmtKind::Return(_) => {
                self.return_value = v;
                Ok(Flow::Return)
            }
            _ => Err(self.lost_state()),
        };
        self.stack.truncate(mark);
        r
    }

    /// The rest of an expression statement whose root was `yield`:
    /// `yield x;`, `v = yield x;` or `[a, b] = yield x;`.
    fn complete_yield_expr(&mut self, e: &Expr, v: Value) -> JsResult<()> {
        match &e.kind {
            ExprKind::Assign { target, .. } => match &**target {
                Target::Var(var) => self.write_var(var, v),
                t => self.bind_pattern_target(t, v),
            },
            ExprKind::Destructure { pattern, .. } => self.bind_pattern(pattern, v),
            _ => Ok(()),
        }
    }

    fn bind_pattern_target(&mut self, t: &Target, v: Value) -> JsResult<()> {
        // Member targets are evaluated after the yield resumes (a simplification:
        // the specification evaluates the object first).
        let pat = Pat::Assign(match t {
            Target::Var(var) => Target::Var(var.clone()),
            _ => return self.assign_target(t, v),
        });
        self.bind_pattern(&pat, v)
    }

    /// The value of the `yield` being resumed, according to how it was resumed.
    fn resume_yield(&mut self) -> JsResult<YieldOutcome> {
        let (mode, v) = self
            .resume_input
            .take()
            .unwrap_or((ResumeMode::Next, Value::Undefined));
        match self.resume_records.last() {
            Some(Resume::Delegate { .. }) => {
                let Some(Resume::Delegate { iter, next }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                return self.resume_delegate(iter, next, mode, v);
            }
            Some(Resume::AsyncYield { .. }) => {
                let Some(Resume::AsyncYield { stage }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                return self.resume_async_yield(stage, mode, v);
            }
            Some(Resume::AsyncDelegate { .. }) => {
                let Some(Resume::AsyncDelegate { iter, next, stage }) = self.pop_record() else {
                    return Err(self.lost_state());
                };
                return self.resume_async_delegate(iter, next, stage, mode, v);
            }
            _ => {}
        }
        match mode {
            ResumeMode::Next => Ok(YieldOutcome::Value(v)),
            ResumeMode::Throw => Err(self.throw_value(v)),
            ResumeMode::Return => Ok(YieldOutcome::Return(v)),
        }
    }

    /// `yield*` forwarding `next`/`throw`/`return` to the inner iterator.
    fn resume_delegate(
        &mut self,
        iter: Value,
        next: Value,
        mode: ResumeMode,
        v: Value,
    ) -> JsResult<YieldOutcome> {
        let mark = self.stack.len();
        self.stack.extend_from_slice(&[iter, next, v]);
        let r = match mode {
            ResumeMode::Next => self.call(next, iter, &[v])?,
            ResumeMode::Throw => {
                let th = self.get_value(iter, PropKey::Str(atoms::THROW))?;
                if th.is_nullish() {
                    let _ = self.iter_close(&crate::eval::IterRecord::Generic { iter, next });
                    return Err(self.type_error("The iterator does not provide a 'throw' method."));
                }
                self.call(th, iter, &[v])?
            }
            ResumeMode::Return => {
                let rt = self.get_value(iter, PropKey::Str(atoms::RETURN))?;
                if rt.is_nullish() {
                    return Ok(YieldOutcome::Return(v));
                }
                let r = self.call(rt, iter, &[v])?;
                if let Some((done, value)) = self.iter_result_parts(r)? {
                    if done {
                        self.stack.truncate(mark);
                        return Ok(YieldOutcome::Return(value));
                    }
                }
                r
            }
        };
        let Some((done, value)) = self.iter_result_parts(r)? else {
            return Err(self.type_error("Iterator result is not an object"));
        };
        self.stack.truncate(mark);
        if done {
            return Ok(YieldOutcome::Value(value));
        }
        self.yield_value = value;
        self.suspend_records.push(Resume::Delegate { iter, next });
        Err(Exc::Suspend)
    }

    /// `(done, value)` of an iterator result object.
    fn iter_result_parts(&mut self, r: Value) -> JsResult<Option<(bool, Value)>> {
        let Value::Object(o) = r else { return Ok(None) };
        self.root(r);
        let done = self.get(o, PropKey::Str(atoms::DONE))?;
        let done = self.to_boolean(done);
        let value = self.get(o, PropKey::Str(atoms::VALUE))?;
        Ok(Some((done, value)))
    }

    /// Evaluates `yield` / `yield*` for the first time: suspend with a value.
    pub(crate) fn eval_yield(&mut self, e: &Expr) -> JsResult<Value> {
        let (arg, delegate) = match &e.kind {
            ExprKind::Yield { arg, delegate } => (arg.as_deref(), *delegate),
            // In an async function every suspension is an `await`.
            ExprKind::Await(a) => (Some(&**a), false),
            _ => return Ok(Value::Undefined),
        };
        let v = match arg {
            Some(a) => self.eval(a)?,
            None => Value::Undefined,
        };
        let async_gen = self
            .cur_code
            .as_ref()
            .is_some_and(|c| c.is_async && c.is_generator);
        if async_gen && matches!(e.kind, ExprKind::Yield { .. }) {
            return match delegate {
                true => self.start_async_delegate(v),
                false => self.start_async_yield(v),
            };
        }
        if !delegate {
            self.yield_value = v;
            return Err(Exc::Suspend);
        }
        let mark = self.stack.len();
        self.root(v);
        let method = self.get_value(v, PropKey::Sym(self.realm.sym_iterator))?;
        if !self.is_callable(method) {
            let d = self.describe_for_error(v);
            return Err(self.type_error(&format!("{d} is not iterable")));
        }
        let iter = self.call(method, v, &[])?;
        self.root(iter);
        let next = self.get_value(iter, PropKey::Str(atoms::NEXT))?;
        self.root(next);
        let r = self.call(next, iter, &[Value::Undefined])?;
        let Some((done, value)) = self.iter_result_parts(r)? else {
            return Err(self.type_error("Iterator result is not an object"));
        };
        self.stack.truncate(mark);
        if done {
            return Ok(value);
        }
        self.yield_value = value;
        self.suspend_records.push(Resume::Delegate { iter, next });
        Err(Exc::Suspend)
    }
}
