//! Async generators and async iteration (ECMAScript §27.1.4–27.1.6, §27.6):
//! `%AsyncIteratorPrototype%`, `%AsyncGeneratorFunction.prototype%`,
//! `%AsyncGenerator.prototype%` with `next`/`return`/`throw`, the driver that
//! runs an async generator's body, and `%AsyncFromSyncIteratorPrototype%`,
//! which lets `for await` and `yield*` consume a sync iterable.
//!
//! An async generator is a suspended body (`suspend.rs`) plus a queue of
//! requests: each `next`/`throw`/`return` call appends one with a fresh
//! promise and, when the body is not already running or awaiting, resumes it.
//! The body suspends either at an `await` (the driver subscribes to the
//! promise and stays "executing", so later calls just queue) or at a `yield`
//! (the driver resolves the front request with `{ value, done: false }` and
//! goes on with the next request, if any). When the body ends, the remaining
//! requests are answered in order (`AsyncGeneratorDrainQueue`). The job
//! ordering follows the specification step by step, as node's does.

use crate::atoms;
use crate::builtins::arg;
use crate::builtins::iterator::{iter_result, IterKind, IterState};
use crate::interp::{Exc, Interpreter, JsResult};
use crate::object::{NativeFn, ObjectKind, CONFIGURABLE};
use crate::suspend::{AsyncRequest, AsyncYieldStage, DelegateStage, GenStatus, Resume, ResumeMode};
use crate::value::{ObjRef, PropKey, Value};
use nodelet_parser::Span;

pub(crate) fn install(cx: &mut Interpreter) {
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    // %AsyncIteratorPrototype%: `[Symbol.asyncIterator]() { return this }`.
    let aip = cx.realm.async_iterator_proto;
    let sym = cx.realm.sym_async_iterator;
    cx.symbol_method(aip, sym, "[Symbol.asyncIterator]", return_this, 0);

    // %AsyncGeneratorFunction.prototype% and %AsyncGenerator.prototype%.
    let gfp = cx.realm.async_generator_function_proto;
    let proto = cx.realm.async_generator_proto;
    cx.define_value(
        gfp,
        PropKey::Str(atoms::PROTOTYPE),
        Value::Object(proto),
        CONFIGURABLE,
    );
    let ctor = cx.make_native("AsyncGeneratorFunction", function_from_string_ctor, 1, true);
    cx.define_value(ctor, PropKey::Str(atoms::PROTOTYPE), Value::Object(gfp), 0);
    cx.define_value(
        gfp,
        PropKey::Str(atoms::CONSTRUCTOR),
        Value::Object(ctor),
        CONFIGURABLE,
    );
    let function_ctor = cx.realm.function_ctor;
    cx.set_proto(ctor, Some(function_ctor));
    let v = cx.string_value("AsyncGeneratorFunction");
    cx.define_value(gfp, tag, v, CONFIGURABLE);
    cx.define_value(
        proto,
        PropKey::Str(atoms::CONSTRUCTOR),
        Value::Object(gfp),
        CONFIGURABLE,
    );
    cx.method(proto, "next", next, 1);
    cx.method(proto, "return", return_, 1);
    cx.method(proto, "throw", throw, 1);
    let v = cx.string_value("AsyncGenerator");
    cx.define_value(proto, tag, v, CONFIGURABLE);

    // %AsyncFunction.prototype% and `AsyncFunction`.
    let afp = cx.realm.async_function_proto;
    let ctor = cx.make_native("AsyncFunction", function_from_string_ctor, 1, true);
    cx.set_proto(ctor, Some(function_ctor));
    cx.define_value(ctor, PropKey::Str(atoms::PROTOTYPE), Value::Object(afp), 0);
    cx.define_value(
        afp,
        PropKey::Str(atoms::CONSTRUCTOR),
        Value::Object(ctor),
        CONFIGURABLE,
    );
    let v = cx.string_value("AsyncFunction");
    cx.define_value(afp, tag, v, CONFIGURABLE);

    // %AsyncFromSyncIteratorPrototype%.
    let afs = cx.realm.async_from_sync_iterator_proto;
    cx.method(afs, "next", from_sync_next, 1);
    cx.method(afs, "return", from_sync_return, 1);
    cx.method(afs, "throw", from_sync_throw, 1);
}

fn return_this(
    _: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(this)
}

fn function_from_string_ctor(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Err(cx.syntax_error("nodelet: creating functions from strings is not supported"))
}

/// The thrown value of an `Exc::Throw`, taken out of the interpreter: it is
/// handed to a promise rather than thrown on.
fn take_exception(cx: &mut Interpreter) -> Value {
    cx.throw_site = None;
    std::mem::replace(&mut cx.exception, Value::Undefined)
}

fn type_error_value(cx: &mut Interpreter, message: &str) -> Value {
    let p = cx.realm.type_error_proto;
    Value::Object(cx.make_error(p, message))
}

// -------------------------------------------------------------------------------
// Getting an async iterator (§7.4.3 GetIterator with kind async)
// -------------------------------------------------------------------------------

impl Interpreter {
    /// `GetIterator(v, async)` for `for await`: the iterator and its `next`
    /// method, both rooted on the value stack. A sync iterable is wrapped by
    /// `CreateAsyncFromSyncIterator`.
    pub(crate) fn get_async_iterator(
        &mut self,
        v: Value,
        source: Option<Span>,
    ) -> JsResult<(Value, Value)> {
        let key = PropKey::Sym(self.realm.sym_async_iterator);
        let method = self.get_method(v, key)?;
        if !matches!(method, Value::Undefined) {
            return self.iterator_from_method(v, method, "Symbol.asyncIterator");
        }
        let key = PropKey::Sym(self.realm.sym_iterator);
        let sync = self.get_method(v, key)?;
        if matches!(sync, Value::Undefined) {
            let d = self.iterable_desc(v, source);
            return Err(self.type_error(&format!("{d} is not async iterable")));
        }
        let (iter, next) = self.iterator_from_method(v, sync, "Symbol.iterator")?;
        Ok(self.async_from_sync_iterator(iter, next))
    }

    /// `GetIterator(v, async)` for `yield*`, with V8's messages (it calls the
    /// missing method, hence "undefined is not a function").
    pub(crate) fn get_async_iterator_for_delegate(&mut self, v: Value) -> JsResult<(Value, Value)> {
        let key = PropKey::Sym(self.realm.sym_async_iterator);
        let method = self.get_method(v, key)?;
        if !matches!(method, Value::Undefined) {
            return self.iterator_from_method(v, method, "Symbol.asyncIterator");
        }
        let key = PropKey::Sym(self.realm.sym_iterator);
        let sync = self.get_method(v, key)?;
        if matches!(sync, Value::Undefined) {
            return Err(self.type_error("undefined is not a function"));
        }
        let (iter, next) = self.iterator_from_method(v, sync, "Symbol.iterator")?;
        Ok(self.async_from_sync_iterator(iter, next))
    }

    /// `GetIteratorFromMethod`: calls the method, checks the iterator is an
    /// object and reads its `next`.
    fn iterator_from_method(
        &mut self,
        v: Value,
        method: Value,
        which: &str,
    ) -> JsResult<(Value, Value)> {
        let iter = self.call(method, v, &[])?;
        if !matches!(iter, Value::Object(_)) {
            return Err(self.type_error(&format!("Result of the {which} method is not an object")));
        }
        self.root(iter);
        let next = self.get_value(iter, PropKey::Str(atoms::NEXT))?;
        self.root(next);
        Ok((iter, next))
    }

    /// `CreateAsyncFromSyncIterator`: an async iterator over a sync one.
    fn async_from_sync_iterator(&mut self, iter: Value, next: Value) -> (Value, Value) {
        let record = Value::Object(self.new_array(vec![iter, next]));
        self.root(record);
        let proto = self.realm.async_from_sync_iterator_proto;
        let state = IterState {
            kind: IterKind::AsyncFromSync,
            target: record,
            index: 0,
            done: false,
        };
        let o = Value::Object(self.new_object(Some(proto), ObjectKind::Iterator(Box::new(state))));
        self.root(o);
        let afs_next = match self.get_value(o, PropKey::Str(atoms::NEXT)) {
            Ok(n) => n,
            Err(_) => Value::Undefined,
        };
        self.root(afs_next);
        (o, afs_next)
    }
}

// -------------------------------------------------------------------------------
// %AsyncFromSyncIteratorPrototype% (§27.1.4.2)
// -------------------------------------------------------------------------------

/// The wrapped sync iterator and its `next` method.
fn sync_record(cx: &Interpreter, this: Value) -> Option<(Value, Value)> {
    let Value::Object(o) = this else { return None };
    let ObjectKind::Iterator(s) = &cx.obj(o).kind else {
        return None;
    };
    if s.kind != IterKind::AsyncFromSync {
        return None;
    }
    let Value::Object(r) = s.target else {
        return None;
    };
    match &cx.obj(r).kind {
        ObjectKind::Array(v) => Some((
            v.first().copied().unwrap_or(Value::Undefined),
            v.get(1).copied().unwrap_or(Value::Undefined),
        )),
        _ => None,
    }
}

/// The shared shape of the three methods: a new promise, settled from what
/// the sync iterator answers (`step` returns the iterator result, or `None`
/// when it settled the promise itself).
fn from_sync_method(
    cx: &mut Interpreter,
    this: Value,
    step: impl FnOnce(&mut Interpreter, Value, Value, ObjRef) -> JsResult<Option<Value>>,
) -> JsResult<Value> {
    let promise = cx.new_promise();
    cx.root(Value::Object(promise));
    let Some((iter, next)) = sync_record(cx, this) else {
        let e = type_error_value(cx, "not an async-from-sync iterator");
        cx.reject_promise(promise, e);
        return Ok(Value::Object(promise));
    };
    match step(cx, iter, next, promise) {
        Ok(Some(result)) => {
            cx.root(result);
            from_sync_continuation(cx, result, promise)?;
        }
        Ok(None) => {}
        Err(Exc::Throw) => {
            let e = take_exception(cx);
            cx.reject_promise(promise, e);
        }
        Err(e) => return Err(e),
    }
    Ok(Value::Object(promise))
}

/// Calls `f` on the sync iterator with the argument if one was passed.
fn call_with_optional(
    cx: &mut Interpreter,
    f: Value,
    iter: Value,
    args: &[Value],
) -> JsResult<Value> {
    match args.first() {
        Some(&v) => cx.call(f, iter, &[v]),
        None => cx.call(f, iter, &[]),
    }
}

fn from_sync_next(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    from_sync_method(cx, this, |cx, iter, next, _| {
        let r = call_with_optional(cx, next, iter, args)?;
        if !matches!(r, Value::Object(_)) {
            let d = cx.inspect_brief(r);
            return Err(cx.type_error(&format!("Iterator result {d} is not an object")));
        }
        Ok(Some(r))
    })
}

fn from_sync_return(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    from_sync_method(cx, this, |cx, iter, _, promise| {
        let rt = cx.get_method(iter, PropKey::Str(atoms::RETURN))?;
        if matches!(rt, Value::Undefined) {
            let r = iter_result(cx, arg(args, 0), true);
            cx.resolve_promise(promise, r);
            return Ok(None);
        }
        let r = call_with_optional(cx, rt, iter, args)?;
        if !matches!(r, Value::Object(_)) {
            let d = cx.inspect_brief(r);
            return Err(cx.type_error(&format!("Iterator result {d} is not an object")));
        }
        Ok(Some(r))
    })
}

fn from_sync_throw(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    from_sync_method(cx, this, |cx, iter, _, promise| {
        let th = cx.get_method(iter, PropKey::Str(atoms::THROW))?;
        if matches!(th, Value::Undefined) {
            cx.reject_promise(promise, arg(args, 0));
            return Ok(None);
        }
        let r = call_with_optional(cx, th, iter, args)?;
        if !matches!(r, Value::Object(_)) {
            let d = cx.inspect_brief(r);
            return Err(cx.type_error(&format!("Iterator result {d} is not an object")));
        }
        Ok(Some(r))
    })
}

/// `AsyncFromSyncIteratorContinuation`: waits for the result's value (it may
/// be a promise) and resolves `promise` with a fresh `{ value, done }`.
fn from_sync_continuation(cx: &mut Interpreter, result: Value, promise: ObjRef) -> JsResult<()> {
    let steps = (|| -> JsResult<(bool, ObjRef)> {
        let Value::Object(r) = result else {
            return Err(cx.type_error("Iterator result is not an object"));
        };
        let done = cx.get(r, PropKey::Str(atoms::DONE))?;
        let done = cx.to_boolean(done);
        let value = cx.get(r, PropKey::Str(atoms::VALUE))?;
        cx.root(value);
        let wrapper = cx.promise_resolve_value(value)?;
        Ok((done, wrapper))
    })();
    match steps {
        Ok((done, wrapper)) => {
            cx.root(Value::Object(wrapper));
            let unwrap = cx.make_internal_native(unwrap_result, Value::Bool(done));
            cx.promise_then_into(wrapper, Value::Object(unwrap), Value::Undefined, promise);
            Ok(())
        }
        Err(Exc::Throw) => {
            let e = take_exception(cx);
            cx.reject_promise(promise, e);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn unwrap_result(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let done = matches!(cx.native_data(), Value::Bool(true));
    Ok(iter_result(cx, arg(args, 0), done))
}

// -------------------------------------------------------------------------------
// %AsyncGenerator.prototype% (§27.6.1) and the driver (§27.6.3)
// -------------------------------------------------------------------------------

fn next(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    request(cx, this, ResumeMode::Next, arg(args, 0), "next")
}

fn return_(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    request(cx, this, ResumeMode::Return, arg(args, 0), "return")
}

fn throw(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    request(cx, this, ResumeMode::Throw, arg(args, 0), "throw")
}

/// `this` as an async generator (`AsyncGeneratorValidate`), with its state.
fn this_async_generator(cx: &Interpreter, this: Value) -> Option<(ObjRef, GenStatus)> {
    let Value::Object(o) = this else { return None };
    match &cx.obj(o).kind {
        ObjectKind::Generator(s) if s.queue.is_some() => Some((o, s.status)),
        _ => None,
    }
}

/// `AsyncGenerator.prototype.next/return/throw`: queue the request and, if
/// the body is suspended, resume it; the promise settles when the request is
/// served.
fn request(
    cx: &mut Interpreter,
    this: Value,
    mode: ResumeMode,
    value: Value,
    method: &str,
) -> JsResult<Value> {
    let promise = cx.new_promise();
    cx.root(Value::Object(promise));
    let Some((g, mut status)) = this_async_generator(cx, this) else {
        let d = cx.inspect_brief(this);
        let e = type_error_value(
            cx,
            &format!(
                "Method [AsyncGenerator].prototype.{method} called on incompatible receiver {d}"
            ),
        );
        cx.reject_promise(promise, e);
        return Ok(Value::Object(promise));
    };
    if mode == ResumeMode::Throw && status == GenStatus::SuspendedStart {
        cx.set_gen_status(g, GenStatus::Completed);
        status = GenStatus::Completed;
    }
    if status == GenStatus::Completed {
        match mode {
            ResumeMode::Next => {
                let r = iter_result(cx, Value::Undefined, true);
                cx.resolve_promise(promise, r);
                return Ok(Value::Object(promise));
            }
            ResumeMode::Throw => {
                cx.reject_promise(promise, value);
                return Ok(Value::Object(promise));
            }
            ResumeMode::Return => {}
        }
    }
    if let ObjectKind::Generator(s) = &mut cx.obj_mut(g).kind {
        if let Some(q) = &mut s.queue {
            q.push_back(AsyncRequest {
                mode,
                value,
                promise,
            });
        }
    }
    match (mode, status) {
        (ResumeMode::Return, GenStatus::SuspendedStart | GenStatus::Completed) => {
            cx.set_gen_status(g, GenStatus::AwaitingReturn);
            cx.async_gen_await_return(g)?;
        }
        (_, GenStatus::SuspendedStart | GenStatus::SuspendedYield) => {
            cx.async_gen_resume(g, mode, value)?;
        }
        _ => {}
    }
    Ok(Value::Object(promise))
}

impl Interpreter {
    fn set_gen_status(&mut self, g: ObjRef, status: GenStatus) {
        if let ObjectKind::Generator(s) = &mut self.obj_mut(g).kind {
            s.status = status;
        }
    }

    fn async_gen_front(&self, g: ObjRef) -> Option<AsyncRequest> {
        match &self.obj(g).kind {
            ObjectKind::Generator(s) => s.queue.as_ref().and_then(|q| q.front().copied()),
            _ => None,
        }
    }

    /// Whether the suspended body stopped at a `yield` (rather than an
    /// `await`): its innermost record says so.
    fn async_gen_at_yield(&self, g: ObjRef) -> bool {
        match &self.obj(g).kind {
            ObjectKind::Generator(s) => matches!(
                s.records.first(),
                Some(Resume::AsyncYield {
                    stage: AsyncYieldStage::Yielded
                }) | Some(Resume::AsyncDelegate {
                    stage: DelegateStage::Yielded,
                    ..
                })
            ),
            _ => false,
        }
    }

    /// `AsyncGeneratorResume`: runs the body with `mode`/`value` until it
    /// awaits, or yields with no request waiting, or ends.
    pub(crate) fn async_gen_resume(
        &mut self,
        g: ObjRef,
        mut mode: ResumeMode,
        mut value: Value,
    ) -> JsResult<()> {
        let mark = self.stack.len();
        self.root(Value::Object(g));
        let r = loop {
            self.root(value);
            match self.resume_raw(g, mode, value) {
                Ok((v, false)) => {
                    self.root(v);
                    if self.async_gen_at_yield(g) {
                        // `AsyncGeneratorYield`: serve the front request; the
                        // body stays "executing" meanwhile (resolving may run
                        // a `then` getter that calls `next()` again).
                        self.set_gen_status(g, GenStatus::Executing);
                        self.async_gen_complete_step(g, Ok(v), false);
                        self.set_gen_status(g, GenStatus::SuspendedYield);
                        match self.async_gen_front(g) {
                            Some(req) => {
                                mode = req.mode;
                                value = req.value;
                                continue;
                            }
                            None => break Ok(()),
                        }
                    }
                    self.set_gen_status(g, GenStatus::Executing);
                    match self.await_value(g, v) {
                        Ok(()) => break Ok(()),
                        Err(Exc::Throw) => {
                            // `PromiseResolve` threw (a bad `constructor`):
                            // the await throws into the body.
                            value = take_exception(self);
                            mode = ResumeMode::Throw;
                            self.set_gen_status(g, GenStatus::SuspendedYield);
                        }
                        Err(e) => break Err(e),
                    }
                }
                Ok((v, true)) => {
                    self.set_gen_status(g, GenStatus::Completed);
                    self.async_gen_complete_step(g, Ok(v), true);
                    break self.async_gen_drain_queue(g);
                }
                Err(Exc::Throw) => {
                    let e = take_exception(self);
                    self.root(e);
                    self.set_gen_status(g, GenStatus::Completed);
                    self.async_gen_complete_step(g, Err(e), true);
                    break self.async_gen_drain_queue(g);
                }
                Err(e) => break Err(e),
            }
        };
        self.stack.truncate(mark);
        r
    }

    /// `AsyncGeneratorCompleteStep`: settles the front request's promise.
    fn async_gen_complete_step(&mut self, g: ObjRef, completion: Result<Value, Value>, done: bool) {
        let req = match &mut self.obj_mut(g).kind {
            ObjectKind::Generator(s) => s.queue.as_mut().and_then(|q| q.pop_front()),
            _ => None,
        };
        let Some(req) = req else { return };
        self.root(Value::Object(req.promise));
        match completion {
            Err(e) => self.reject_promise(req.promise, e),
            Ok(v) => {
                let r = iter_result(self, v, done);
                self.root(r);
                self.resolve_promise(req.promise, r);
            }
        }
    }

    /// `AsyncGeneratorDrainQueue`: answers the requests left after the body
    /// ended; a `return` request waits for its value first.
    fn async_gen_drain_queue(&mut self, g: ObjRef) -> JsResult<()> {
        while let Some(req) = self.async_gen_front(g) {
            match req.mode {
                ResumeMode::Return => {
                    self.set_gen_status(g, GenStatus::AwaitingReturn);
                    return self.async_gen_await_return(g);
                }
                ResumeMode::Throw => self.async_gen_complete_step(g, Err(req.value), true),
                ResumeMode::Next => self.async_gen_complete_step(g, Ok(Value::Undefined), true),
            }
        }
        Ok(())
    }

    /// `AsyncGeneratorAwaitReturn`: awaits the value of the front `return`
    /// request, then answers it with `{ value, done: true }`.
    fn async_gen_await_return(&mut self, g: ObjRef) -> JsResult<()> {
        let Some(req) = self.async_gen_front(g) else {
            return Ok(());
        };
        match self.await_then(req.value, g, await_return_fulfilled, await_return_rejected) {
            Ok(()) => Ok(()),
            Err(Exc::Throw) => {
                let e = take_exception(self);
                self.root(e);
                self.set_gen_status(g, GenStatus::Completed);
                self.async_gen_complete_step(g, Err(e), true);
                self.async_gen_drain_queue(g)
            }
            Err(e) => Err(e),
        }
    }

    /// Subscribes the two callbacks (whose data is `g`) to `PromiseResolve(v)`:
    /// the `Await` of the specification. Throws when `PromiseResolve` does.
    pub(crate) fn await_then(
        &mut self,
        v: Value,
        g: ObjRef,
        on_fulfilled: NativeFn,
        on_rejected: NativeFn,
    ) -> JsResult<()> {
        let mark = self.stack.len();
        self.root(v);
        let p = self.promise_resolve_value(v)?;
        self.root(Value::Object(p));
        let f = self.make_internal_native(on_fulfilled, Value::Object(g));
        self.root(Value::Object(f));
        let r = self.make_internal_native(on_rejected, Value::Object(g));
        self.promise_then_internal(p, Value::Object(f), Value::Object(r));
        self.stack.truncate(mark);
        Ok(())
    }
}

impl Interpreter {
    /// An await in the body settled: resume it with the value or the reason.
    pub(crate) fn async_gen_resume_after_await(
        &mut self,
        g: ObjRef,
        mode: ResumeMode,
        v: Value,
    ) -> JsResult<()> {
        self.set_gen_status(g, GenStatus::SuspendedYield);
        self.async_gen_resume(g, mode, v)
    }
}

/// The value of a `return` request settled: answer it and go on draining.
fn await_return_settled(cx: &mut Interpreter, completion: Result<Value, Value>) -> JsResult<Value> {
    if let Value::Object(g) = cx.native_data() {
        cx.set_gen_status(g, GenStatus::Completed);
        cx.async_gen_complete_step(g, completion, true);
        cx.async_gen_drain_queue(g)?;
    }
    Ok(Value::Undefined)
}

fn await_return_fulfilled(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    await_return_settled(cx, Ok(arg(args, 0)))
}

fn await_return_rejected(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    await_return_settled(cx, Err(arg(args, 0)))
}
