//! `Promise` (ECMAScript §27.2): promise objects, their reactions and the jobs
//! that run them, `then`/`catch`/`finally`, the statics (`resolve`, `reject`,
//! `all`, `allSettled`, `race`, `any`, `withResolvers`).
//!
//! Jobs follow the specification exactly, because node's output order depends on
//! it: a reaction runs one job after its promise settles, and resolving a promise
//! with a thenable (another promise included) costs one job to call `then` and one
//! more for that `then`'s reaction — the "extra ticks" node shows. Jobs wait in the
//! interpreter's job queue (`Interpreter::enqueue_job`), which the host drains
//! after each macrotask; rejections without a handler are reported to the host
//! through [`crate::Host::promise_rejection_tracker`] (the spec's
//! HostPromiseRejectionTracker), which decides what "unhandled" means.
//!
//! A job is a native function object whose `data` slot is an array holding what
//! the job needs (handler, argument, capability), so the job queue stays a plain
//! queue of callable values, shared with `queueMicrotask`.

use super::arg;
use crate::atoms;
use crate::gc::Tracer;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::object::{NativeFn, NativeFunction, ObjectKind, CONFIGURABLE, HIDDEN};
use crate::value::{ObjRef, PropKey, Value};

/// Where a promise is in its life (§27.2.6 `[[PromiseState]]` and result).
#[derive(Clone, Copy, Debug)]
pub enum PromiseState {
    Pending,
    Fulfilled(Value),
    Rejected(Value),
}

/// The internal slots of a promise object.
pub struct PromiseData {
    pub state: PromiseState,
    /// Reactions registered while pending, in registration order. Most promises
    /// get exactly one, so the first is stored inline (one allocation less per
    /// link of a chain).
    first_reaction: Option<Reaction>,
    more_reactions: Vec<Reaction>,
    /// For a promise made by `then`: the reaction job that will settle it, once
    /// its source settles (handler, argument, whether the source fulfilled). The
    /// job function then needs no record of its own: its data is this promise.
    job: Option<(Value, Value, bool)>,
    /// `[[PromiseIsHandled]]`: a handler was attached at some point.
    pub handled: bool,
    /// Whether the promise's own capability already resolved it (the
    /// "alreadyResolved" flag of the resolving functions, for promises that
    /// nodelet resolves directly without creating those functions).
    resolved: bool,
}

impl PromiseData {
    pub(crate) fn trace(&self, t: &mut Tracer) {
        if let PromiseState::Fulfilled(v) | PromiseState::Rejected(v) = self.state {
            t.value(v);
        }
        for r in self.first_reaction.iter().chain(&self.more_reactions) {
            r.trace(t);
        }
        if let Some((handler, argument, _)) = self.job {
            t.value(handler);
            t.value(argument);
        }
    }
}

/// A PromiseCapability record (§27.2.1.1). `resolve` and `reject` are
/// `undefined` for a promise made by `%Promise%` itself, which is settled
/// directly; `promise` is `undefined` when nobody waits for the result.
#[derive(Clone, Copy, Debug)]
struct Capability {
    promise: Value,
    resolve: Value,
    reject: Value,
}

impl Capability {
    fn intrinsic(p: ObjRef) -> Capability {
        Capability {
            promise: Value::Object(p),
            resolve: Value::Undefined,
            reject: Value::Undefined,
        }
    }
}

/// One `then` registration: both handlers (absent ones are `undefined`) and the
/// capability of the derived promise.
#[derive(Clone, Copy, Debug)]
struct Reaction {
    on_fulfilled: Value,
    on_rejected: Value,
    capability: Capability,
}

impl Reaction {
    fn trace(&self, t: &mut Tracer) {
        for v in [
            self.on_fulfilled,
            self.on_rejected,
            self.capability.promise,
            self.capability.resolve,
            self.capability.reject,
        ] {
            t.value(v);
        }
    }
}

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.promise_proto;
    let ctor = cx.constructor("Promise", promise_ctor, 1, proto);
    cx.realm.promise_ctor = ctor;
    cx.method(proto, "then", then, 2);
    cx.method(proto, "catch", catch, 1);
    cx.method(proto, "finally", finally, 1);
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let name = cx.string_value("Promise");
    cx.define_value(proto, tag, name, CONFIGURABLE);
    cx.method(ctor, "resolve", promise_resolve_static, 1);
    cx.method(ctor, "reject", promise_reject_static, 1);
    cx.method(ctor, "all", all, 1);
    cx.method(ctor, "allSettled", all_settled, 1);
    cx.method(ctor, "any", any, 1);
    cx.method(ctor, "race", race, 1);
    cx.method(ctor, "withResolvers", with_resolvers, 0);
}

// -------------------------------------------------------------------------------
// The public face, for the host and for async functions
// -------------------------------------------------------------------------------

impl Interpreter {
    /// A new pending promise with `Promise.prototype` as its prototype.
    pub fn new_promise(&mut self) -> ObjRef {
        let proto = self.realm.promise_proto;
        self.new_promise_with_proto(proto)
    }

    fn new_promise_with_proto(&mut self, proto: ObjRef) -> ObjRef {
        self.new_object(
            Some(proto),
            ObjectKind::Promise(Box::new(PromiseData {
                state: PromiseState::Pending,
                first_reaction: None,
                more_reactions: Vec::new(),
                job: None,
                handled: false,
                resolved: false,
            })),
        )
    }

    /// The state of a promise object, or `None` for anything else.
    pub fn promise_state(&self, v: Value) -> Option<PromiseState> {
        match v {
            Value::Object(o) => match &self.obj(o).kind {
                ObjectKind::Promise(p) => Some(p.state),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether a handler was ever attached to this promise (`[[PromiseIsHandled]]`).
    pub fn promise_is_handled(&self, v: Value) -> bool {
        match v {
            Value::Object(o) => match &self.obj(o).kind {
                ObjectKind::Promise(p) => p.handled,
                _ => true,
            },
            _ => true,
        }
    }

    /// Resolves `promise` with `value` as its `resolve` function would, once:
    /// later calls are ignored, as are calls after [`Interpreter::reject_promise`].
    pub fn resolve_promise(&mut self, promise: ObjRef, value: Value) {
        if self.claim_resolution(promise) {
            resolve_raw(self, promise, value);
        }
    }

    /// Rejects `promise` with `reason`, once (see [`Interpreter::resolve_promise`]).
    pub fn reject_promise(&mut self, promise: ObjRef, reason: Value) {
        if self.claim_resolution(promise) {
            reject_raw(self, promise, reason);
        }
    }

    /// `PerformPromiseThen(promise, onFulfilled, onRejected)` with no derived
    /// promise (what `await` needs): the handlers run as jobs once it settles.
    pub fn promise_then_internal(
        &mut self,
        promise: ObjRef,
        on_fulfilled: Value,
        on_rejected: Value,
    ) {
        let none = Capability {
            promise: Value::Undefined,
            resolve: Value::Undefined,
            reject: Value::Undefined,
        };
        perform_then(self, promise, on_fulfilled, on_rejected, none);
    }

    /// `PerformPromiseThen(promise, onFulfilled, onRejected)` for an `await` in
    /// the suspended body `g`: instead of two closures, the reaction names the
    /// body, and its job resumes it (`Interpreter::queue_await_job`). The job
    /// order is that of the specification's closures.
    pub(crate) fn promise_await(&mut self, promise: ObjRef, g: ObjRef) {
        let reaction = Reaction {
            on_fulfilled: Value::Object(g),
            on_rejected: Value::Object(g),
            capability: Capability {
                promise: Value::Undefined,
                resolve: Value::Undefined,
                reject: Value::Undefined,
            },
        };
        register_reaction(self, promise, reaction);
    }

    /// `PerformPromiseThen(promise, onFulfilled, onRejected, capability)` for
    /// a capability of `%Promise%`: `derived` settles with the handler's result.
    pub(crate) fn promise_then_into(
        &mut self,
        promise: ObjRef,
        on_fulfilled: Value,
        on_rejected: Value,
        derived: ObjRef,
    ) {
        let cap = Capability::intrinsic(derived);
        perform_then(self, promise, on_fulfilled, on_rejected, cap);
    }

    /// `PromiseResolve(%Promise%, value)`: the value itself when it is already a
    /// plain promise, else a new promise resolved with it.
    pub fn promise_resolve_value(&mut self, value: Value) -> JsResult<ObjRef> {
        let ctor = Value::Object(self.realm.promise_ctor);
        match promise_resolve(self, ctor, value)? {
            Value::Object(o) => Ok(o),
            _ => Err(self.type_error("PromiseResolve called on non-object")),
        }
    }

    /// Sets the promise's own "already resolved" flag; false if it was set.
    fn claim_resolution(&mut self, promise: ObjRef) -> bool {
        match &mut self.obj_mut(promise).kind {
            ObjectKind::Promise(p) if !p.resolved && matches!(p.state, PromiseState::Pending) => {
                p.resolved = true;
                true
            }
            _ => false,
        }
    }
}

// -------------------------------------------------------------------------------
// Settling (§27.2.1)
// -------------------------------------------------------------------------------

/// The body of a promise's resolve function, after the "already resolved" check
/// (§27.2.1.3.2): self-resolution is a TypeError, a thenable is followed through
/// a PromiseResolveThenableJob, anything else fulfils.
fn resolve_raw(cx: &mut Interpreter, promise: ObjRef, resolution: Value) {
    if let Value::Object(r) = resolution {
        if r == promise {
            let e = make_type_error(cx, "Chaining cycle detected for promise #<Promise>");
            reject_raw(cx, promise, e);
            return;
        }
        cx.root(Value::Object(promise));
        cx.root(resolution);
        let then_key = PropKey::Str(cx.intern_const("then"));
        let then = match cx.get(r, then_key) {
            Ok(t) => t,
            Err(e) => {
                let reason = take_exception(cx, e);
                reject_raw(cx, promise, reason);
                return;
            }
        };
        if cx.is_callable(then) {
            // The extra job: `then` is called later, never synchronously.
            let job = make_job(
                cx,
                resolve_thenable_job,
                vec![Value::Object(promise), resolution, then],
            );
            cx.enqueue_job(job);
            return;
        }
    }
    fulfill(cx, promise, resolution);
}

fn fulfill(cx: &mut Interpreter, promise: ObjRef, value: Value) {
    let reactions = match &mut cx.obj_mut(promise).kind {
        ObjectKind::Promise(p) if matches!(p.state, PromiseState::Pending) => {
            p.state = PromiseState::Fulfilled(value);
            take_reactions(p)
        }
        _ => return,
    };
    for r in reactions {
        enqueue_reaction_job(cx, r, true, value);
    }
}

/// The pending reactions in registration order, leaving none behind.
fn take_reactions(p: &mut PromiseData) -> impl Iterator<Item = Reaction> {
    let more = std::mem::take(&mut p.more_reactions);
    p.first_reaction.take().into_iter().chain(more)
}

fn reject_raw(cx: &mut Interpreter, promise: ObjRef, reason: Value) {
    let (reactions, handled) = match &mut cx.obj_mut(promise).kind {
        ObjectKind::Promise(p) if matches!(p.state, PromiseState::Pending) => {
            p.state = PromiseState::Rejected(reason);
            (take_reactions(p), p.handled)
        }
        _ => return,
    };
    if !handled {
        cx.host
            .promise_rejection_tracker(Value::Object(promise), false);
    }
    for r in reactions {
        enqueue_reaction_job(cx, r, false, reason);
    }
}

/// `PerformPromiseThen` (§27.2.5.4.1).
fn perform_then(
    cx: &mut Interpreter,
    promise: ObjRef,
    on_fulfilled: Value,
    on_rejected: Value,
    capability: Capability,
) {
    let reaction = Reaction {
        on_fulfilled: if cx.is_callable(on_fulfilled) {
            on_fulfilled
        } else {
            Value::Undefined
        },
        on_rejected: if cx.is_callable(on_rejected) {
            on_rejected
        } else {
            Value::Undefined
        },
        capability,
    };
    register_reaction(cx, promise, reaction);
}

/// The second half of `PerformPromiseThen`: keep the reaction while the
/// promise is pending, or queue its job at once.
fn register_reaction(cx: &mut Interpreter, promise: ObjRef, reaction: Reaction) {
    let (state, was_handled) = match &mut cx.obj_mut(promise).kind {
        ObjectKind::Promise(p) => {
            let was = p.handled;
            p.handled = true;
            if matches!(p.state, PromiseState::Pending) {
                if p.first_reaction.is_none() {
                    p.first_reaction = Some(reaction);
                } else {
                    p.more_reactions.push(reaction);
                }
            }
            (p.state, was)
        }
        _ => return,
    };
    match state {
        PromiseState::Pending => {}
        PromiseState::Fulfilled(v) => enqueue_reaction_job(cx, reaction, true, v),
        PromiseState::Rejected(v) => {
            if !was_handled {
                cx.host
                    .promise_rejection_tracker(Value::Object(promise), true);
            }
            enqueue_reaction_job(cx, reaction, false, v);
        }
    }
}

// -------------------------------------------------------------------------------
// Jobs (§27.2.2)
// -------------------------------------------------------------------------------

/// A job (`NewPromiseReactionJob`, `NewPromiseResolveThenableJob`): a native
/// function with its inputs in an array in its `data` slot.
fn make_job(cx: &mut Interpreter, f: NativeFn, data: Vec<Value>) -> Value {
    native_with_data(cx, f, 0, data)
}

/// A native function closing over `data` (kept in an array in its data slot).
fn native_with_data(cx: &mut Interpreter, f: NativeFn, length: u32, data: Vec<Value>) -> Value {
    let arr = cx.new_array(data);
    let proto = cx.realm.function_proto;
    let o = cx.new_object(
        Some(proto),
        ObjectKind::Native(NativeFunction {
            f,
            constructor: false,
            data: Value::Object(arr),
        }),
    );
    if length > 0 {
        cx.define_value(
            o,
            PropKey::Str(atoms::LENGTH),
            Value::Number(length as f64),
            CONFIGURABLE,
        );
    }
    Value::Object(o)
}

/// The array in the running native's data slot.
fn data_array(cx: &Interpreter) -> Option<ObjRef> {
    cx.native_data().as_object()
}

fn data_get(cx: &Interpreter, arr: Option<ObjRef>, i: usize) -> Value {
    match arr.map(|a| &cx.obj(a).kind) {
        Some(ObjectKind::Array(v)) => v.get(i).copied().unwrap_or(Value::Undefined),
        _ => Value::Undefined,
    }
}

fn data_set(cx: &mut Interpreter, arr: Option<ObjRef>, i: usize, value: Value) {
    if let Some(a) = arr {
        if let ObjectKind::Array(v) = &mut cx.obj_mut(a).kind {
            if let Some(slot) = v.get_mut(i) {
                *slot = value;
            }
        }
    }
}

fn enqueue_reaction_job(cx: &mut Interpreter, r: Reaction, fulfilled: bool, argument: Value) {
    let handler = if fulfilled {
        r.on_fulfilled
    } else {
        r.on_rejected
    };
    // An `await`: the handler is the suspended body itself (see
    // `Interpreter::promise_await`), resumed by its own job.
    if let Value::Object(g) = handler {
        if matches!(cx.obj(g).kind, ObjectKind::Generator(_)) {
            let mode = if fulfilled {
                crate::suspend::ResumeMode::Next
            } else {
                crate::suspend::ResumeMode::Throw
            };
            cx.queue_await_job(g, mode, argument);
            return;
        }
    }
    // Fast path: the derived promise of a plain `then` carries the job's inputs.
    if let (Value::Object(derived), Value::Undefined) = (r.capability.promise, r.capability.resolve)
    {
        if let ObjectKind::Promise(p) = &mut cx.obj_mut(derived).kind {
            if p.job.is_none() {
                p.job = Some((handler, argument, fulfilled));
                let job = cx.make_internal_native(derived_reaction_job, Value::Object(derived));
                cx.enqueue_job(Value::Object(job));
                return;
            }
        }
    }
    let job = make_job(
        cx,
        reaction_job,
        vec![
            handler,
            argument,
            Value::Bool(fulfilled),
            r.capability.promise,
            r.capability.resolve,
            r.capability.reject,
        ],
    );
    cx.enqueue_job(job);
}

/// `NewPromiseReactionJob`'s closure (§27.2.2.1).
fn reaction_job(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let d = data_array(cx);
    let handler = data_get(cx, d, 0);
    let argument = data_get(cx, d, 1);
    let fulfilled = matches!(data_get(cx, d, 2), Value::Bool(true));
    let capability = Capability {
        promise: data_get(cx, d, 3),
        resolve: data_get(cx, d, 4),
        reject: data_get(cx, d, 5),
    };
    let outcome = run_handler(cx, handler, argument, fulfilled)?;
    match outcome {
        Ok(v) => capability_resolve(cx, capability, v)?,
        Err(e) => capability_reject(cx, capability, e)?,
    }
    Ok(Value::Undefined)
}

/// The heart of a promise reaction job (PromiseReactionJob, steps 1.c–1.f):
/// call the handler with the settled value, or pass the value through when
/// there is no handler. `Ok(Ok(v))` resolves the derived promise with `v`,
/// `Ok(Err(e))` rejects it with `e`; only a non-throw unwinding (such as
/// `process.exit`) escapes as `Err`.
fn run_handler(
    cx: &mut Interpreter,
    handler: Value,
    argument: Value,
    fulfilled: bool,
) -> JsResult<Result<Value, Value>> {
    if handler.is_nullish() {
        return Ok(if fulfilled {
            Ok(argument)
        } else {
            Err(argument)
        });
    }
    match cx.call(handler, Value::Undefined, &[argument]) {
        Ok(v) => Ok(Ok(v)),
        Err(Exc::Throw) => Ok(Err(take_exception(cx, Exc::Throw))),
        Err(other) => Err(other),
    }
}

/// The reaction job of the fast path: its data is the derived promise, which
/// holds the handler and argument.
fn derived_reaction_job(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(derived) = cx.native_data() else {
        return Ok(Value::Undefined);
    };
    let job = match &mut cx.obj_mut(derived).kind {
        ObjectKind::Promise(p) => p.job.take(),
        _ => None,
    };
    let Some((handler, argument, fulfilled)) = job else {
        return Ok(Value::Undefined);
    };
    let outcome = run_handler(cx, handler, argument, fulfilled)?;
    match outcome {
        Ok(v) => cx.resolve_promise(derived, v),
        Err(e) => cx.reject_promise(derived, e),
    }
    Ok(Value::Undefined)
}

/// `NewPromiseResolveThenableJob`'s closure (§27.2.2.2).
fn resolve_thenable_job(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let d = data_array(cx);
    let Value::Object(promise) = data_get(cx, d, 0) else {
        return Ok(Value::Undefined);
    };
    let thenable = data_get(cx, d, 1);
    let then = data_get(cx, d, 2);
    let (resolve, reject) = resolving_functions(cx, promise);
    cx.root(resolve);
    cx.root(reject);
    match cx.call(then, thenable, &[resolve, reject]) {
        Ok(_) => {}
        Err(Exc::Throw) => {
            let e = take_exception(cx, Exc::Throw);
            cx.call(reject, Value::Undefined, &[e])?;
        }
        Err(other) => return Err(other),
    }
    Ok(Value::Undefined)
}

/// `CreateResolvingFunctions` (§27.2.1.3): a pair sharing an "already resolved"
/// flag (element 1 of their shared data array).
fn resolving_functions(cx: &mut Interpreter, promise: ObjRef) -> (Value, Value) {
    let shared = cx.new_array(vec![Value::Object(promise), Value::Bool(false)]);
    let proto = cx.realm.function_proto;
    let make = |cx: &mut Interpreter, f: NativeFn| {
        let o = cx.new_object(
            Some(proto),
            ObjectKind::Native(NativeFunction {
                f,
                constructor: false,
                data: Value::Object(shared),
            }),
        );
        cx.define_value(
            o,
            PropKey::Str(atoms::LENGTH),
            Value::Number(1.0),
            CONFIGURABLE,
        );
        let empty = cx.atom_value(atoms::EMPTY);
        cx.define_value(o, PropKey::Str(atoms::NAME), empty, CONFIGURABLE);
        Value::Object(o)
    };
    let resolve = make(cx, resolve_function);
    let reject = make(cx, reject_function);
    (resolve, reject)
}

fn resolve_function(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let d = data_array(cx);
    if let (Value::Object(p), Value::Bool(false)) = (data_get(cx, d, 0), data_get(cx, d, 1)) {
        data_set(cx, d, 1, Value::Bool(true));
        resolve_raw(cx, p, arg(args, 0));
    }
    Ok(Value::Undefined)
}

fn reject_function(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let d = data_array(cx);
    if let (Value::Object(p), Value::Bool(false)) = (data_get(cx, d, 0), data_get(cx, d, 1)) {
        data_set(cx, d, 1, Value::Bool(true));
        reject_raw(cx, p, arg(args, 0));
    }
    Ok(Value::Undefined)
}

// -------------------------------------------------------------------------------
// Capabilities (§27.2.1.5)
// -------------------------------------------------------------------------------

/// `NewPromiseCapability(C)`. `%Promise%` itself gets a promise settled directly;
/// any other constructor is called with an executor that captures its functions.
fn new_capability(cx: &mut Interpreter, c: Value) -> JsResult<Capability> {
    if let Value::Object(co) = c {
        if co == cx.realm.promise_ctor {
            let p = cx.new_promise();
            cx.root(Value::Object(p));
            return Ok(Capability::intrinsic(p));
        }
    }
    if !cx.is_constructor(c) {
        let d = cx.describe_for_error(c);
        return Err(cx.type_error(&format!("{d} is not a constructor")));
    }
    let executor = native_with_data(
        cx,
        capability_executor,
        2,
        vec![Value::Undefined, Value::Undefined],
    );
    cx.root(executor);
    let promise = cx.construct(c, &[executor], None)?;
    cx.root(promise);
    let d = match executor {
        Value::Object(e) => match &cx.obj(e).kind {
            ObjectKind::Native(n) => n.data.as_object(),
            _ => None,
        },
        _ => None,
    };
    let resolve = data_get(cx, d, 0);
    let reject = data_get(cx, d, 1);
    if !cx.is_callable(resolve) || !cx.is_callable(reject) {
        return Err(cx.type_error("Promise resolve or reject function is not callable"));
    }
    Ok(Capability {
        promise,
        resolve,
        reject,
    })
}

fn capability_executor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let d = data_array(cx);
    if !data_get(cx, d, 0).is_nullish() || !data_get(cx, d, 1).is_nullish() {
        return Err(
            cx.type_error("Promise executor has already been invoked with non-undefined arguments")
        );
    }
    data_set(cx, d, 0, arg(args, 0));
    data_set(cx, d, 1, arg(args, 1));
    Ok(Value::Undefined)
}

fn capability_resolve(cx: &mut Interpreter, cap: Capability, v: Value) -> JsResult<()> {
    match (cap.promise, cap.resolve) {
        (Value::Undefined, _) => Ok(()),
        (Value::Object(p), Value::Undefined) => {
            cx.resolve_promise(p, v);
            Ok(())
        }
        (_, f) => cx.call(f, Value::Undefined, &[v]).map(|_| ()),
    }
}

fn capability_reject(cx: &mut Interpreter, cap: Capability, e: Value) -> JsResult<()> {
    match (cap.promise, cap.reject) {
        (Value::Undefined, _) => Ok(()),
        (Value::Object(p), Value::Undefined) => {
            cx.reject_promise(p, e);
            Ok(())
        }
        (_, f) => cx.call(f, Value::Undefined, &[e]).map(|_| ()),
    }
}

/// The thrown value of an `Exc::Throw`, taken out of the interpreter (the
/// exception is being handled, so it no longer belongs to the throw site).
fn take_exception(cx: &mut Interpreter, e: Exc) -> Value {
    match e {
        Exc::Throw => {
            cx.throw_site = None;
            std::mem::replace(&mut cx.exception, Value::Undefined)
        }
        _ => Value::Undefined,
    }
}

fn make_type_error(cx: &mut Interpreter, message: &str) -> Value {
    let p = cx.realm.type_error_proto;
    Value::Object(cx.make_error(p, message))
}

// -------------------------------------------------------------------------------
// The constructor and the prototype methods (§27.2.3, §27.2.5)
// -------------------------------------------------------------------------------

fn promise_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        return Err(cx.type_error("Promise constructor cannot be invoked without 'new'"));
    };
    let executor = arg(args, 0);
    if !cx.is_callable(executor) {
        let d = cx.describe_for_error(executor);
        return Err(cx.type_error(&format!("Promise resolver {d} is not a function")));
    }
    let fallback = cx.realm.promise_proto;
    let proto = cx.proto_from_constructor(nt, fallback)?;
    let p = cx.new_promise_with_proto(proto);
    cx.root(Value::Object(p));
    let (resolve, reject) = resolving_functions(cx, p);
    cx.root(resolve);
    cx.root(reject);
    match cx.call(executor, Value::Undefined, &[resolve, reject]) {
        Ok(_) => {}
        Err(Exc::Throw) => {
            let e = take_exception(cx, Exc::Throw);
            cx.call(reject, Value::Undefined, &[e])?;
        }
        Err(other) => return Err(other),
    }
    Ok(Value::Object(p))
}

/// `this` as a promise object, or node's "incompatible receiver" TypeError.
fn this_promise(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this {
        if matches!(cx.obj(o).kind, ObjectKind::Promise(_)) {
            return Ok(o);
        }
    }
    let d = match this {
        Value::Object(o) => cx.describe_object_brief(o),
        _ => cx.describe_for_error(this),
    };
    Err(cx.type_error(&format!(
        "Method Promise.prototype.{method} called on incompatible receiver {d}"
    )))
}

/// `SpeciesConstructor(promise, %Promise%)`, without `Symbol.species` (which
/// nodelet does not have): the promise's `constructor` when it is one.
fn species_constructor(cx: &mut Interpreter, o: ObjRef) -> JsResult<Value> {
    let c = cx.get(o, PropKey::Str(atoms::CONSTRUCTOR))?;
    match c {
        Value::Undefined => Ok(Value::Object(cx.realm.promise_ctor)),
        Value::Object(_) if cx.is_constructor(c) => Ok(c),
        Value::Object(_) => Ok(Value::Object(cx.realm.promise_ctor)),
        _ => Err(cx.type_error("The .constructor property is not an object")),
    }
}

fn then(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let p = this_promise(cx, this, "then")?;
    let c = species_constructor(cx, p)?;
    let cap = new_capability(cx, c)?;
    perform_then(cx, p, arg(args, 0), arg(args, 1), cap);
    Ok(cap.promise)
}

fn catch(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    invoke_then(cx, this, Value::Undefined, arg(args, 0))
}

/// `Invoke(p, "then", « onFulfilled, onRejected »)`.
fn invoke_then(cx: &mut Interpreter, p: Value, on_f: Value, on_r: Value) -> JsResult<Value> {
    let key = PropKey::Str(cx.intern_const("then"));
    let then = cx.get_value(p, key)?;
    if !cx.is_callable(then) {
        let d = cx.describe_for_error(then);
        return Err(cx.type_error(&format!("{d} is not a function")));
    }
    cx.call(then, p, &[on_f, on_r])
}

fn finally(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = this else {
        let d = cx.describe_for_error(this);
        return Err(cx.type_error(&format!(
            "Method Promise.prototype.finally called on incompatible receiver {d}"
        )));
    };
    let c = species_constructor(cx, o)?;
    cx.root(c);
    let on_finally = arg(args, 0);
    let (then_finally, catch_finally) = if cx.is_callable(on_finally) {
        let t = native_with_data(cx, then_finally_fn, 1, vec![on_finally, c]);
        cx.root(t);
        let k = native_with_data(cx, catch_finally_fn, 1, vec![on_finally, c]);
        cx.root(k);
        (t, k)
    } else {
        (on_finally, on_finally)
    };
    invoke_then(cx, this, then_finally, catch_finally)
}

fn then_finally_fn(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    finally_step(cx, arg(args, 0), value_thunk)
}

fn catch_finally_fn(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    finally_step(cx, arg(args, 0), thrower)
}

/// Calls `onFinally`, waits for its result, then passes on the original value
/// (or throws the original reason) through `then`.
fn finally_step(cx: &mut Interpreter, value: Value, pass_on: NativeFn) -> JsResult<Value> {
    let d = data_array(cx);
    let on_finally = data_get(cx, d, 0);
    let c = data_get(cx, d, 1);
    let result = cx.call(on_finally, Value::Undefined, &[])?;
    cx.root(result);
    let p = promise_resolve(cx, c, result)?;
    cx.root(p);
    let thunk = native_with_data(cx, pass_on, 0, vec![value]);
    cx.root(thunk);
    invoke_then(cx, p, thunk, Value::Undefined)
}

fn value_thunk(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let d = data_array(cx);
    Ok(data_get(cx, d, 0))
}

fn thrower(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let d = data_array(cx);
    let reason = data_get(cx, d, 0);
    Err(cx.throw_value(reason))
}

// -------------------------------------------------------------------------------
// Statics (§27.2.4)
// -------------------------------------------------------------------------------

/// `PromiseResolve(C, x)` (§27.2.4.7.1).
fn promise_resolve(cx: &mut Interpreter, c: Value, x: Value) -> JsResult<Value> {
    if let Value::Object(xo) = x {
        if matches!(cx.obj(xo).kind, ObjectKind::Promise(_)) {
            let ctor = cx.get(xo, PropKey::Str(atoms::CONSTRUCTOR))?;
            if ctor.same_handle(c) {
                return Ok(x);
            }
        }
    }
    let cap = new_capability(cx, c)?;
    capability_resolve(cx, cap, x)?;
    Ok(cap.promise)
}

fn this_constructor_object(cx: &mut Interpreter, this: Value, what: &str) -> JsResult<Value> {
    match this {
        Value::Object(_) => Ok(this),
        _ => Err(cx.type_error(&format!("{what} called on non-object"))),
    }
}

fn promise_resolve_static(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let c = this_constructor_object(cx, this, "PromiseResolve")?;
    promise_resolve(cx, c, arg(args, 0))
}

fn promise_reject_static(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let c = this_constructor_object(cx, this, "PromiseReject")?;
    let cap = new_capability(cx, c)?;
    capability_reject(cx, cap, arg(args, 0))?;
    Ok(cap.promise)
}

fn with_resolvers(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let cap = new_capability(cx, this)?;
    let (resolve, reject) = match (cap.promise, cap.resolve) {
        (Value::Object(p), Value::Undefined) => resolving_functions(cx, p),
        _ => (cap.resolve, cap.reject),
    };
    cx.root(resolve);
    cx.root(reject);
    let o = cx.new_plain_object();
    for (name, v) in [
        ("promise", cap.promise),
        ("resolve", resolve),
        ("reject", reject),
    ] {
        let key = PropKey::Str(cx.intern_const(name));
        cx.define_value(o, key, v, crate::object::DEFAULT_ATTRS);
    }
    Ok(Value::Object(o))
}

/// Which combinator a shared record belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

fn all(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    combinator(cx, this, arg(args, 0), Combinator::All)
}

fn all_settled(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    combinator(cx, this, arg(args, 0), Combinator::AllSettled)
}

fn any(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    combinator(cx, this, arg(args, 0), Combinator::Any)
}

fn race(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    combinator(cx, this, arg(args, 0), Combinator::Race)
}

// The shared record of one `all`/`allSettled`/`any` call is an array:
const REC_VALUES: usize = 0; // the results (or errors, for `any`) array
const REC_REMAINING: usize = 1; // remainingElementsCount
const REC_PROMISE: usize = 2; // the capability…
const REC_RESOLVE: usize = 3;
const REC_REJECT: usize = 4;

/// `Promise.all`, `allSettled`, `any` and `race` (§27.2.4.1–5): one loop over
/// the iterable, differing in the per-element functions and the final value.
fn combinator(
    cx: &mut Interpreter,
    this: Value,
    iterable: Value,
    kind: Combinator,
) -> JsResult<Value> {
    let cap = new_capability(cx, this)?;
    let r = combinator_body(cx, this, iterable, kind, cap);
    match r {
        Ok(()) => Ok(cap.promise),
        Err(Exc::Throw) => {
            // IfAbruptRejectPromise: errors become the returned promise's rejection.
            let e = take_exception(cx, Exc::Throw);
            capability_reject(cx, cap, e)?;
            Ok(cap.promise)
        }
        Err(other) => Err(other),
    }
}

fn combinator_body(
    cx: &mut Interpreter,
    c: Value,
    iterable: Value,
    kind: Combinator,
    cap: Capability,
) -> JsResult<()> {
    let resolve_key = PropKey::Str(cx.intern_const("resolve"));
    let promise_resolve_fn = cx.get_value(c, resolve_key)?;
    if !cx.is_callable(promise_resolve_fn) {
        return Err(cx.type_error("Promise resolve or reject function is not callable"));
    }
    cx.root(promise_resolve_fn);
    let items = cx.iterate_to_vec(iterable)?;
    let items_arr = cx.new_array(items.clone());
    cx.root(Value::Object(items_arr));
    let values = cx.new_array(vec![Value::Undefined; items.len()]);
    let record = cx.new_array(vec![
        Value::Object(values),
        Value::Number(1.0),
        cap.promise,
        cap.resolve,
        cap.reject,
    ]);
    cx.root(Value::Object(record));
    // For a `%Promise%` capability the functions are made here, once.
    let (cap_resolve, cap_reject) = match (cap.promise, cap.resolve) {
        (Value::Object(p), Value::Undefined) => resolving_functions(cx, p),
        _ => (cap.resolve, cap.reject),
    };
    cx.root(cap_resolve);
    cx.root(cap_reject);
    for (index, item) in items.into_iter().enumerate() {
        let next = cx.call(promise_resolve_fn, c, &[item])?;
        cx.root(next);
        let element = |cx: &mut Interpreter, f: NativeFn| {
            native_with_data(
                cx,
                f,
                1,
                vec![
                    Value::Object(record),
                    Value::Number(index as f64),
                    Value::Bool(false),
                ],
            )
        };
        let (on_f, on_r) = match kind {
            Combinator::All => (element(cx, all_resolve_element), cap_reject),
            Combinator::AllSettled => {
                let f = element(cx, settled_fulfilled_element);
                cx.root(f);
                // Both functions of one element share its "already called" flag.
                let shared = match f {
                    Value::Object(fo) => match &cx.obj(fo).kind {
                        ObjectKind::Native(n) => n.data,
                        _ => Value::Undefined,
                    },
                    _ => Value::Undefined,
                };
                let proto = cx.realm.function_proto;
                let r = cx.new_object(
                    Some(proto),
                    ObjectKind::Native(NativeFunction {
                        f: settled_rejected_element,
                        constructor: false,
                        data: shared,
                    }),
                );
                (f, Value::Object(r))
            }
            Combinator::Any => (cap_resolve, element(cx, any_reject_element)),
            Combinator::Race => (cap_resolve, cap_reject),
        };
        cx.root(on_f);
        cx.root(on_r);
        if kind != Combinator::Race {
            let n = record_count(cx, record);
            data_set(cx, Some(record), REC_REMAINING, Value::Number(n + 1.0));
        }
        invoke_then(cx, next, on_f, on_r)?;
    }
    if kind == Combinator::Race {
        return Ok(());
    }
    let n = record_count(cx, record) - 1.0;
    data_set(cx, Some(record), REC_REMAINING, Value::Number(n));
    if n == 0.0 {
        finish_combinator(cx, record, kind)?;
    }
    Ok(())
}

fn record_count(cx: &Interpreter, record: ObjRef) -> f64 {
    match data_get(cx, Some(record), REC_REMAINING) {
        Value::Number(n) => n,
        _ => 0.0,
    }
}

/// All elements are in: resolve with the values, or for `any` reject with an
/// AggregateError holding the reasons.
fn finish_combinator(cx: &mut Interpreter, record: ObjRef, kind: Combinator) -> JsResult<()> {
    let values = data_get(cx, Some(record), REC_VALUES);
    let cap = Capability {
        promise: data_get(cx, Some(record), REC_PROMISE),
        resolve: data_get(cx, Some(record), REC_RESOLVE),
        reject: data_get(cx, Some(record), REC_REJECT),
    };
    if kind == Combinator::Any {
        let p = cx.realm.aggregate_error_proto;
        let e = cx.make_error(p, "All promises were rejected");
        cx.define_value(e, PropKey::Str(atoms::ERRORS), values, HIDDEN);
        capability_reject(cx, cap, Value::Object(e))
    } else {
        capability_resolve(cx, cap, values)
    }
}

/// Stores one element's result; the last one settles the combined promise.
fn element_done(cx: &mut Interpreter, kind: Combinator, result: Value) -> JsResult<Value> {
    let d = data_array(cx);
    if matches!(data_get(cx, d, 2), Value::Bool(true)) {
        return Ok(Value::Undefined);
    }
    data_set(cx, d, 2, Value::Bool(true));
    let Value::Object(record) = data_get(cx, d, 0) else {
        return Ok(Value::Undefined);
    };
    let index = match data_get(cx, d, 1) {
        Value::Number(n) => n as usize,
        _ => 0,
    };
    let values = data_get(cx, Some(record), REC_VALUES).as_object();
    data_set(cx, values, index, result);
    let n = record_count(cx, record) - 1.0;
    data_set(cx, Some(record), REC_REMAINING, Value::Number(n));
    if n == 0.0 {
        finish_combinator(cx, record, kind)?;
    }
    Ok(Value::Undefined)
}

fn all_resolve_element(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    element_done(cx, Combinator::All, arg(args, 0))
}

fn any_reject_element(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    element_done(cx, Combinator::Any, arg(args, 0))
}

fn settled_fulfilled_element(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = settled_record(cx, "fulfilled", "value", arg(args, 0));
    element_done(cx, Combinator::AllSettled, o)
}

fn settled_rejected_element(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let o = settled_record(cx, "rejected", "reason", arg(args, 0));
    element_done(cx, Combinator::AllSettled, o)
}

/// `{ status: 'fulfilled', value }` or `{ status: 'rejected', reason }`.
fn settled_record(cx: &mut Interpreter, status: &str, field: &str, v: Value) -> Value {
    let o = cx.new_plain_object();
    let s = cx.string_value(status);
    let status_key = PropKey::Str(cx.intern_const("status"));
    cx.define_value(o, status_key, s, crate::object::DEFAULT_ATTRS);
    let key = PropKey::Str(cx.intern_const(field));
    cx.define_value(o, key, v, crate::object::DEFAULT_ATTRS);
    Value::Object(o)
}
