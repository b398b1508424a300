//! Async iteration in the evaluator: `for await` loops, and the `yield` and
//! `yield*` of async generators. Each is a small state machine over the
//! resumable re-entry of `suspend.rs`: every `await` the specification puts
//! in them (on the next result, on the value yielded, on a `return()`…)
//! suspends the body with a record saying which step comes next, and the
//! driver (`builtins/async_generator.rs`, or `async_step` for async
//! functions) resumes it when the awaited promise settles.

use super::resume::YieldOutcome;
use super::stmt::{loop_step, LoopStep};
use super::Flow;
use crate::atoms;
use crate::env::EnvRef;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::ir::{Expr, Pat, ScopeInfo, Stmt};
use crate::suspend::{AsyncYieldStage, DelegateStage, ForAwaitPhase, Resume, ResumeMode};
use crate::value::{Atom, PropKey, Value};

/// Where a resumed `for await` continues (the fields of `Resume::ForAwait`).
pub(crate) struct ForAwaitResume {
    pub iter: Value,
    pub next: Value,
    pub phase: ForAwaitPhase,
    pub env: Option<EnvRef>,
    pub outer: Option<EnvRef>,
    pub pending: Option<Box<(JsResult<Flow>, Value)>>,
}

/// The next step of a `for await` loop.
enum Step {
    /// Call `next()` and await its result.
    CallNext,
    /// The awaited result arrived (or the await threw).
    GotResult(ResumeMode, Value),
    /// Resume the body, suspended with these environments (iteration, loop).
    Body(Option<EnvRef>, Option<EnvRef>),
    /// The loop ends early with this completion (and its value): close the
    /// iterator.
    Close(JsResult<Flow>, Value),
    /// The awaited `return()` result of closing arrived.
    Closed(JsResult<Flow>, Value, ResumeMode, Value),
}

impl Interpreter {
    /// Suspends the running body at an `await` of `v`; `record` says where to
    /// continue.
    pub(super) fn await_with<T>(&mut self, record: Resume, v: Value) -> JsResult<T> {
        self.yield_value = v;
        self.suspend_records.push(record);
        Err(Exc::Suspend)
    }

    /// `GetMethod(v, key)`: `undefined` for a missing (or `null`) method.
    pub(crate) fn get_method(&mut self, v: Value, key: PropKey) -> JsResult<Value> {
        let m = self.get_value(v, key)?;
        if m.is_nullish() {
            return Ok(Value::Undefined);
        }
        if !self.is_callable(m) {
            let d = self.callee_desc(m);
            return Err(self.type_error(&format!("{d} is not a function")));
        }
        Ok(m)
    }

    /// How V8 names a value that was called but is not a function.
    fn callee_desc(&mut self, v: Value) -> String {
        match v {
            Value::Object(_) => "object".into(),
            Value::String(_) => {
                let t = self.describe_for_error(v);
                format!("string {t}")
            }
            _ => {
                let t = self.primitive_text(v);
                format!("{} {t}", self.typeof_str(v))
            }
        }
    }

    /// `for await (head of right) body`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn run_for_await(
        &mut self,
        scope: &ScopeInfo,
        head: &Pat,
        right: &Expr,
        body: &Stmt,
        labels: &[Atom],
        resume: Option<ForAwaitResume>,
    ) -> JsResult<Flow> {
        let mark = self.stack.len();
        let (iter, next, mut step) = match resume {
            Some(r) => {
                self.stack.extend_from_slice(&[r.iter, r.next]);
                let input = |cx: &mut Interpreter| {
                    let (mode, v) = cx
                        .resume_input
                        .take()
                        .unwrap_or((ResumeMode::Next, Value::Undefined));
                    cx.root(v);
                    (mode, v)
                };
                let step = match (r.phase, r.pending) {
                    (ForAwaitPhase::AwaitNext, _) => {
                        let (mode, v) = input(self);
                        Step::GotResult(mode, v)
                    }
                    (ForAwaitPhase::Body, _) => Step::Body(r.env, r.outer),
                    (ForAwaitPhase::AwaitClose, Some(p)) => {
                        let (pending, pv) = *p;
                        self.root(pv);
                        let (mode, v) = input(self);
                        Step::Closed(pending, pv, mode, v)
                    }
                    (ForAwaitPhase::AwaitClose, None) => {
                        return Err(self.type_error(
                            "nodelet internal error: generator resume state is inconsistent",
                        ))
                    }
                };
                (r.iter, r.next, step)
            }
            None => {
                let saved = self.enter_scope(scope);
                let v = self.eval(right);
                self.env = saved;
                let v = v?;
                self.root(v);
                let (iter, next) = self.get_async_iterator(v, Some(right.span))?;
                (iter, next, Step::CallNext)
            }
        };
        let record = |phase, env, outer, pending| Resume::ForAwait {
            iter,
            next,
            phase,
            env,
            outer,
            pending,
        };
        let result = loop {
            step = match step {
                Step::CallNext => {
                    self.safe_point();
                    match self.call(next, iter, &[]) {
                        Ok(r) => {
                            break self
                                .await_with(record(ForAwaitPhase::AwaitNext, None, None, None), r)
                        }
                        Err(e) => break Err(e),
                    }
                }
                Step::GotResult(mode, r) => {
                    if mode == ResumeMode::Throw {
                        break Err(self.throw_value(r));
                    }
                    let Value::Object(ro) = r else {
                        let d = self.inspect_brief(r);
                        break Err(
                            self.type_error(&format!("Iterator result {d} is not an object"))
                        );
                    };
                    let done = match self.get(ro, PropKey::Str(atoms::DONE)) {
                        Ok(d) => d,
                        Err(e) => break Err(e),
                    };
                    if self.to_boolean(done) {
                        break Ok(Flow::Normal);
                    }
                    let x = match self.get(ro, PropKey::Str(atoms::VALUE)) {
                        Ok(x) => x,
                        Err(e) => break Err(e),
                    };
                    self.root(x);
                    let saved = self.enter_scope(scope);
                    let s = self.bind_pattern(head, x).and_then(|_| self.exec(body));
                    let inner = self.env;
                    self.env = saved;
                    match self.after_for_await_body(s, labels) {
                        Ok(next_step) => next_step,
                        Err(Exc::Suspend) => {
                            self.suspend_records.push(record(
                                ForAwaitPhase::Body,
                                inner,
                                saved,
                                None,
                            ));
                            break Err(Exc::Suspend);
                        }
                        Err(e) => break Err(e),
                    }
                }
                Step::Body(env, outer) => {
                    self.env = env;
                    let s = self.resume_stmt(body);
                    let inner = self.env;
                    self.env = outer;
                    match self.after_for_await_body(s, labels) {
                        Ok(next_step) => next_step,
                        Err(Exc::Suspend) => {
                            self.suspend_records.push(record(
                                ForAwaitPhase::Body,
                                inner,
                                outer,
                                None,
                            ));
                            break Err(Exc::Suspend);
                        }
                        Err(e) => break Err(e),
                    }
                }
                Step::Close(pending, pv) => {
                    // `AsyncIteratorClose`: when the loop is left by a throw,
                    // errors from `return` are dropped and the throw wins.
                    self.root(pv);
                    let thrown = matches!(pending, Err(Exc::Throw));
                    let r = self
                        .get_method(iter, PropKey::Str(atoms::RETURN))
                        .and_then(|rt| match rt {
                            Value::Undefined => Ok(None),
                            rt => self.call(rt, iter, &[]).map(Some),
                        });
                    match r {
                        Ok(Some(r)) => {
                            break self.await_with(
                                record(
                                    ForAwaitPhase::AwaitClose,
                                    None,
                                    None,
                                    Some(Box::new((pending, pv))),
                                ),
                                r,
                            )
                        }
                        Ok(None) => break self.finish_pending(pending, pv),
                        Err(Exc::Throw) if thrown => break self.finish_pending(pending, pv),
                        Err(e) => break Err(e),
                    }
                }
                Step::Closed(pending, pv, mode, v) => {
                    if matches!(pending, Err(Exc::Throw)) {
                        break self.finish_pending(pending, pv);
                    }
                    if mode == ResumeMode::Throw {
                        break Err(self.throw_value(v));
                    }
                    if !matches!(v, Value::Object(_)) {
                        let d = self.inspect_brief(v);
                        break Err(
                            self.type_error(&format!("Iterator result {d} is not an object"))
                        );
                    }
                    break self.finish_pending(pending, pv);
                }
            };
        };
        self.stack.truncate(mark);
        result
    }

    /// What a `for await` loop does after its body ran: the next iteration,
    /// or closing the iterator. A suspension is passed on (as `Err`).
    fn after_for_await_body(&mut self, s: JsResult<Flow>, labels: &[Atom]) -> JsResult<Step> {
        match s {
            Err(Exc::Throw) => Ok(Step::Close(Err(Exc::Throw), self.exception)),
            Err(e) => Err(e),
            Ok(f) => match loop_step(f, labels) {
                LoopStep::Next => Ok(Step::CallNext),
                LoopStep::Exit(f) => Ok(Step::Close(Ok(f), self.return_value)),
            },
        }
    }

    /// Completes with a completion set aside while an iterator was closed.
    fn finish_pending(&mut self, pending: JsResult<Flow>, value: Value) -> JsResult<Flow> {
        match pending {
            Err(Exc::Throw) => self.exception = value,
            Ok(Flow::Return) => self.return_value = value,
            _ => {}
        }
        pending
    }

    // -----------------------------------------------------------------------
    // `yield` and `yield*` in async generators
    // -----------------------------------------------------------------------

    /// An async generator's `yield v` (first evaluation): await `v` first.
    pub(super) fn start_async_yield(&mut self, v: Value) -> JsResult<Value> {
        self.await_with(
            Resume::AsyncYield {
                stage: AsyncYieldStage::AwaitOperand,
            },
            v,
        )
    }

    /// Continues an async generator's `yield` after the step it suspended at.
    pub(super) fn resume_async_yield(
        &mut self,
        stage: AsyncYieldStage,
        mode: ResumeMode,
        v: Value,
    ) -> JsResult<YieldOutcome> {
        let at = |stage| Resume::AsyncYield { stage };
        match (stage, mode) {
            (_, ResumeMode::Throw) => Err(self.throw_value(v)),
            // The operand is awaited: now the yield proper, which the driver
            // sees by its record and resolves the request with.
            (AsyncYieldStage::AwaitOperand, _) => self.await_with(at(AsyncYieldStage::Yielded), v),
            (AsyncYieldStage::Yielded, ResumeMode::Return) => {
                self.await_with(at(AsyncYieldStage::AwaitReturn), v)
            }
            (AsyncYieldStage::Yielded, _) => Ok(YieldOutcome::Value(v)),
            (AsyncYieldStage::AwaitReturn, _) => Ok(YieldOutcome::Return(v)),
        }
    }

    /// An async generator's `yield* v` (first evaluation): get the async
    /// iterator, call its `next()` and await the result.
    pub(super) fn start_async_delegate(&mut self, v: Value) -> JsResult<Value> {
        let mark = self.stack.len();
        self.root(v);
        let (iter, next) = self.get_async_iterator_for_delegate(v)?;
        let r = self.call(next, iter, &[Value::Undefined])?;
        self.stack.truncate(mark);
        let stage = DelegateStage::AwaitInner { returning: false };
        self.await_with(Resume::AsyncDelegate { iter, next, stage }, r)
    }

    /// Continues an async generator's `yield*` after the step it suspended at
    /// (the loop of ECMAScript §15.5.5, one awaited step at a time).
    pub(super) fn resume_async_delegate(
        &mut self,
        iter: Value,
        next: Value,
        stage: DelegateStage,
        mode: ResumeMode,
        v: Value,
    ) -> JsResult<YieldOutcome> {
        let mark = self.stack.len();
        self.stack.extend_from_slice(&[iter, next, v]);
        let r = self.async_delegate_step(iter, next, stage, mode, v);
        self.stack.truncate(mark);
        r
    }

    fn async_delegate_step(
        &mut self,
        iter: Value,
        next: Value,
        stage: DelegateStage,
        mode: ResumeMode,
        v: Value,
    ) -> JsResult<YieldOutcome> {
        let at = |stage| Resume::AsyncDelegate { iter, next, stage };
        match stage {
            DelegateStage::AwaitInner { returning } => {
                if mode == ResumeMode::Throw {
                    return Err(self.throw_value(v));
                }
                let Value::Object(o) = v else {
                    let d = self.inspect_brief(v);
                    return Err(self.type_error(&format!("Iterator result {d} is not an object")));
                };
                let done = self.get(o, PropKey::Str(atoms::DONE))?;
                let done = self.to_boolean(done);
                let value = self.get(o, PropKey::Str(atoms::VALUE))?;
                match (done, returning) {
                    (true, false) => Ok(YieldOutcome::Value(value)),
                    (true, true) => self.await_with(at(DelegateStage::AwaitReturnValue), value),
                    // Unlike a plain `yield`, the inner value is not awaited.
                    (false, _) => self.await_with(at(DelegateStage::Yielded), value),
                }
            }
            DelegateStage::Yielded => match mode {
                ResumeMode::Return => self.await_with(at(DelegateStage::AwaitResumption), v),
                m => self.delegate_received(iter, next, m, v),
            },
            DelegateStage::AwaitResumption => {
                let m = match mode {
                    ResumeMode::Throw => ResumeMode::Throw,
                    _ => ResumeMode::Return,
                };
                self.delegate_received(iter, next, m, v)
            }
            DelegateStage::AwaitReturnValue => match mode {
                ResumeMode::Throw => Err(self.throw_value(v)),
                _ => Ok(YieldOutcome::Return(v)),
            },
            DelegateStage::AwaitClose => {
                if mode == ResumeMode::Throw {
                    return Err(self.throw_value(v));
                }
                if !matches!(v, Value::Object(_)) {
                    let d = self.inspect_brief(v);
                    return Err(self.type_error(&format!("Iterator result {d} is not an object")));
                }
                Err(self.type_error("The iterator does not provide a 'throw' method."))
            }
        }
    }

    /// Passes what the consumer sent (`next(v)`, `throw(e)`, `return(v)`) to
    /// the inner iterator of a `yield*` and awaits its answer.
    fn delegate_received(
        &mut self,
        iter: Value,
        next: Value,
        mode: ResumeMode,
        v: Value,
    ) -> JsResult<YieldOutcome> {
        let at = |stage| Resume::AsyncDelegate { iter, next, stage };
        let inner = DelegateStage::AwaitInner { returning: false };
        match mode {
            ResumeMode::Next => {
                let r = self.call(next, iter, &[v])?;
                self.await_with(at(inner), r)
            }
            ResumeMode::Throw => {
                let th = self.get_method(iter, PropKey::Str(atoms::THROW))?;
                if !matches!(th, Value::Undefined) {
                    let r = self.call(th, iter, &[v])?;
                    return self.await_with(at(inner), r);
                }
                // No `throw`: close the inner iterator, then report the
                // protocol violation.
                let rt = self.get_method(iter, PropKey::Str(atoms::RETURN))?;
                if matches!(rt, Value::Undefined) {
                    return Err(self.type_error("The iterator does not provide a 'throw' method."));
                }
                let r = self.call(rt, iter, &[])?;
                self.await_with(at(DelegateStage::AwaitClose), r)
            }
            ResumeMode::Return => {
                let rt = self.get_method(iter, PropKey::Str(atoms::RETURN))?;
                if matches!(rt, Value::Undefined) {
                    return self.await_with(at(DelegateStage::AwaitReturnValue), v);
                }
                let r = self.call(rt, iter, &[v])?;
                self.await_with(at(DelegateStage::AwaitInner { returning: true }), r)
            }
        }
    }
}
