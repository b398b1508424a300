//! Suspension: generators (`function*`, `yield`, `yield*`) and async functions.
//!
//! Design: *resumable re-entry*. A `yield` evaluates its operand, stores it, and
//! unwinds the Rust stack with `Exc::Suspend`. On the way up, every statement that
//! was running pushes a small [`Resume`] record saying where it was (statement
//! index, loop or `try` phase, live iterator, pending completion, environment).
//! The generator object keeps those records plus a copy of the frame's locals and
//! environment: one ordinary heap object per suspended call, traced by the GC like
//! any other. `next()` puts the locals back on the value stack and walks down the
//! tree again, each statement popping its record and continuing exactly where it
//! stopped (`eval/resume.rs`); nothing is re-executed.
//!
//! Compared with lowering bodies to a state machine (DESIGN-NOTES), this keeps one
//! evaluator and no second code shape, costs nothing when no generator runs (the
//! records are only built on the unwinding path), and handles `try`/`finally` and
//! labels with the evaluator's own logic. A half-evaluated expression is not
//! saved, so the evaluator only resumes a suspension that is the whole expression
//! of a statement (`yield x;`, `v = yield x;`, `[a, b] = yield x;`,
//! `const v = yield x;`, `return yield x;`).
//!
//! Every other position is made into one of those when the code is lowered
//! (`compile/hoist.rs`): each nested `yield`/`await` becomes its own statement
//! `t = yield x;` writing a hidden frame slot (a temporary, saved with the
//! locals), and everything evaluated before it, in evaluation order, is stored
//! in temporaries first, so side effects keep their order: `a() + await b()`
//! runs as `t1 = a(); t2 = await b(); t1 + t2`. A method call whose arguments
//! suspend reads its receiver and method first and calls with `CallWith`, which
//! keeps `this`. `&&`, `||`, `??`, `?:`, `x op= v` and the links of an optional
//! chain after a `?.` become `if` statements over temporaries, so a right side
//! suspends only when it runs. The suspending
//! tests of `if`, `switch` (and its `case` tests) and the right side of
//! `for…of`/`for…in` are evaluated just before the statement; loop tests move
//! into the body (`while (c) s` runs as `while (true) { if (!c) break; s }`, and
//! `for` moves its head into a body that keeps the per-iteration bindings), so
//! they run again on every iteration and `continue` and labels behave. Still
//! rejected with a SyntaxError when reached: suspensions in destructuring
//! defaults, in templates tagged by a method (`String.raw`), in class heads
//! (`extends`, computed keys) and in `delete` of an optional chain.
//!
//! Async functions reuse the same machinery: the body runs as a suspended
//! "generator" whose every suspension is an `await`; `async_step` subscribes to
//! the awaited promise with callbacks that resume the body, and settles the
//! function's promise when the body returns or throws. Async generators add
//! a queue of requests and a driver (`builtins/async_generator.rs`); their
//! `yield`, `yield*` and `for await` are small state machines whose every
//! `await` is a suspension with a record saying which step comes next
//! (`eval/async_iter.rs`). The driver tells a `yield` from an `await` by the
//! innermost record.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::atoms;
use crate::builtins::iterator::iter_result;
use crate::env::EnvRef;
use crate::eval::{Flow, IterRecord};
use crate::gc::Tracer;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::ir::FunctionCode;
use crate::object::ObjectKind;
use crate::value::{ObjRef, PropKey, Value};

/// Where one statement was when its generator suspended.
pub(crate) enum Resume {
    /// Statement `index` of a statement list was running.
    Stmts {
        index: usize,
    },
    /// A block was running with environment `env`; `outer` is restored on exit.
    Scope {
        env: Option<EnvRef>,
        outer: Option<EnvRef>,
    },
    If {
        consequent: bool,
    },
    /// A `while`/`do`/`for` body was running.
    Loop {
        env: Option<EnvRef>,
        outer: Option<EnvRef>,
    },
    ForOf {
        iter: IterRecord,
        env: Option<EnvRef>,
        outer: Option<EnvRef>,
    },
    ForIn {
        keys: Vec<(ObjRef, PropKey)>,
        next: usize,
        obj: ObjRef,
        env: Option<EnvRef>,
        outer: Option<EnvRef>,
    },
    Try {
        phase: TryPhase,
        pending: Option<Result<Flow, Exc>>,
        pending_return: Value,
        pending_exception: Value,
        outer: Option<EnvRef>,
    },
    Switch {
        case: usize,
        env: Option<EnvRef>,
        outer: Option<EnvRef>,
    },
    /// A `yield*` is forwarding to an inner iterator.
    Delegate {
        iter: Value,
        next: Value,
    },
    /// A `yield` of an async generator, which awaits its operand before it
    /// yields and awaits the value of a `return()` it is resumed with.
    AsyncYield {
        stage: AsyncYieldStage,
    },
    /// A `yield*` of an async generator: every step of the inner iterator is
    /// awaited, so the delegation is itself a little state machine.
    AsyncDelegate {
        iter: Value,
        next: Value,
        stage: DelegateStage,
    },
    /// A `for await` loop: awaiting the next result, running its body, or
    /// awaiting the `return()` that closes the iterator (with the completion
    /// that closed it and that completion's value).
    ForAwait {
        iter: Value,
        next: Value,
        phase: ForAwaitPhase,
        env: Option<EnvRef>,
        outer: Option<EnvRef>,
        pending: Option<Box<(Result<Flow, Exc>, Value)>>,
    },
}

/// Where an async generator's `yield` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum AsyncYieldStage {
    /// Awaiting the operand (`yield v` is `yield await v`).
    AwaitOperand,
    /// Suspended at the yield proper; the consumer decides how it resumes.
    Yielded,
    /// Resumed by `return(v)`: awaiting `v` before returning.
    AwaitReturn,
}

/// Where an async generator's `yield*` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DelegateStage {
    /// Awaiting the result of the inner `next`/`throw` (or of its `return`
    /// when `returning`).
    AwaitInner { returning: bool },
    /// Yielded the inner value to the consumer.
    Yielded,
    /// Resumed by `return(v)` at the yield: awaiting `v`.
    AwaitResumption,
    /// About to return: awaiting the value returned.
    AwaitReturnValue,
    /// The inner iterator has no `throw`: awaiting its `return()` before the
    /// TypeError.
    AwaitClose,
}

/// Where a `for await` loop is suspended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ForAwaitPhase {
    AwaitNext,
    Body,
    AwaitClose,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TryPhase {
    Block,
    Catch,
    Finally,
}

/// How a suspended generator is resumed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ResumeMode {
    Next,
    Throw,
    Return,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenStatus {
    SuspendedStart,
    SuspendedYield,
    Executing,
    /// An async generator awaiting the value of a `return()` request after it
    /// completed (or before it started).
    AwaitingReturn,
    Completed,
}

/// A generator object's state: its function, saved frame and resume records.
pub struct GenState {
    pub func: ObjRef,
    pub code: Rc<FunctionCode>,
    pub status: GenStatus,
    pub locals: Vec<Value>,
    pub env: Option<EnvRef>,
    pub(crate) records: Vec<Resume>,
    /// For an async function: the promise its call returned.
    pub async_promise: Option<ObjRef>,
    /// For an async generator: its queue of `next`/`throw`/`return` requests
    /// (`[[AsyncGeneratorQueue]]`), the front one being served.
    pub(crate) queue: Option<VecDeque<AsyncRequest>>,
    /// The job that resumes the body after an `await` (made once, reused),
    /// and how it will resume it (`queue_await_job`).
    pub(crate) await_job: Option<ObjRef>,
    pub(crate) await_input: Option<(ResumeMode, Value)>,
}

/// One `AsyncGeneratorRequest`: how to resume, with what, and the promise the
/// call returned.
#[derive(Clone, Copy)]
pub(crate) struct AsyncRequest {
    pub mode: ResumeMode,
    pub value: Value,
    pub promise: ObjRef,
}

impl Resume {
    pub(crate) fn trace(&self, t: &mut Tracer) {
        let env = |t: &mut Tracer, e: &Option<EnvRef>| {
            if let Some(e) = e {
                t.env(*e);
            }
        };
        match self {
            Resume::Stmts { .. } | Resume::If { .. } => {}
            Resume::Scope { env: e, outer }
            | Resume::Loop { env: e, outer }
            | Resume::Switch { env: e, outer, .. } => {
                env(t, e);
                env(t, outer);
            }
            Resume::ForOf {
                iter,
                env: e,
                outer,
            } => {
                match iter {
                    IterRecord::Array { array, .. } => t.object(*array),
                    IterRecord::Builtin { iter, next } => {
                        t.object(*iter);
                        t.value(*next);
                    }
                    IterRecord::Generic { iter, next } => {
                        t.value(*iter);
                        t.value(*next);
                    }
                }
                env(t, e);
                env(t, outer);
            }
            Resume::ForIn {
                keys,
                obj,
                env: e,
                outer,
                ..
            } => {
                t.object(*obj);
                for (o, k) in keys {
                    t.object(*o);
                    if let PropKey::Sym(s) = k {
                        t.value(Value::Symbol(*s));
                    }
                }
                env(t, e);
                env(t, outer);
            }
            Resume::Try {
                pending_exception,
                pending_return,
                outer,
                ..
            } => {
                t.value(*pending_exception);
                t.value(*pending_return);
                env(t, outer);
            }
            Resume::Delegate { iter, next } | Resume::AsyncDelegate { iter, next, .. } => {
                t.value(*iter);
                t.value(*next);
            }
            Resume::AsyncYield { .. } => {}
            Resume::ForAwait {
                iter,
                next,
                env: e,
                outer,
                pending,
                ..
            } => {
                t.value(*iter);
                t.value(*next);
                if let Some(p) = pending {
                    t.value(p.1);
                }
                env(t, e);
                env(t, outer);
            }
        }
    }
}

impl GenState {
    pub fn trace(&self, t: &mut Tracer) {
        t.object(self.func);
        if let Some(p) = self.async_promise {
            t.object(p);
        }
        self.locals.iter().for_each(|&v| t.value(v));
        if let Some(e) = self.env {
            t.env(e);
        }
        self.records.iter().for_each(|r| r.trace(t));
        if let Some(j) = self.await_job {
            t.object(j);
        }
        if let Some((_, v)) = self.await_input {
            t.value(v);
        }
        for r in self.queue.iter().flat_map(|q| q.iter()) {
            t.value(r.value);
            t.object(r.promise);
        }
    }
}

impl Interpreter {
    /// Calling a generator function: bind the parameters now (as the language
    /// requires), then return a suspended generator object.
    pub(crate) fn call_suspendable(
        &mut self,
        fo: ObjRef,
        code: Rc<FunctionCode>,
        this: Value,
        args_start: usize,
        argc: usize,
    ) -> JsResult<Value> {
        let env = match &self.obj(fo).kind {
            ObjectKind::Function(c) => c.env,
            _ => None,
        };
        self.push_frame(fo, Some(code.clone()), false)?;
        let r = self.prologue(fo, &code, env, this, args_start, argc, None);
        let result = match r {
            Ok(_) => {
                let base = self.base;
                let locals = self.stack[base..base + code.n_locals as usize].to_vec();
                let genv = self.env;
                let async_gen = code.is_async && code.is_generator;
                let proto = match self.get(fo, PropKey::Str(atoms::PROTOTYPE)) {
                    Ok(Value::Object(p)) => p,
                    _ if async_gen => self.realm.async_generator_proto,
                    _ => self.realm.generator_proto,
                };
                let state = GenState {
                    func: fo,
                    code: code.clone(),
                    status: GenStatus::SuspendedStart,
                    locals,
                    env: genv,
                    records: Vec::new(),
                    async_promise: None,
                    queue: async_gen.then(Default::default),
                    await_job: None,
                    await_input: None,
                };
                Ok(Value::Object(self.new_object(
                    Some(proto),
                    ObjectKind::Generator(Box::new(state)),
                )))
            }
            Err(e) => Err(e),
        };
        self.stack.truncate(args_start + argc);
        self.pop_frame();
        if !code.is_async || code.is_generator {
            return result;
        }
        // An async function runs its body at once, up to the first `await`,
        // and returns a promise of its result (rejected if the parameters threw).
        let promise = self.new_promise();
        self.root(Value::Object(promise));
        match result {
            Ok(Value::Object(g)) => {
                self.root(Value::Object(g));
                if let ObjectKind::Generator(s) = &mut self.obj_mut(g).kind {
                    s.async_promise = Some(promise);
                }
                self.async_step(g, ResumeMode::Next, Value::Undefined)?;
            }
            Ok(_) => {}
            Err(Exc::Throw) => {
                let e = self.exception;
                self.reject_promise(promise, e);
            }
            Err(e) => return Err(e),
        }
        Ok(Value::Object(promise))
    }

    /// Runs an async function's body until it awaits or finishes: an `await`
    /// subscribes to the awaited promise with callbacks that resume the body; the
    /// end settles the function's promise.
    pub(crate) fn async_step(&mut self, g: ObjRef, mode: ResumeMode, value: Value) -> JsResult<()> {
        let promise = match &self.obj(g).kind {
            ObjectKind::Generator(s) => s.async_promise,
            _ => None,
        };
        let Some(promise) = promise else {
            return Ok(());
        };
        match self.resume_raw(g, mode, value) {
            Ok((v, true)) => self.resolve_promise(promise, v),
            Ok((awaited, false)) => match self.await_value(g, awaited) {
                Ok(()) => {}
                Err(Exc::Throw) => {
                    let e = self.exception;
                    return self.async_step(g, ResumeMode::Throw, e);
                }
                Err(e) => return Err(e),
            },
            Err(Exc::Throw) => {
                let e = self.exception;
                self.reject_promise(promise, e);
            }
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// `Await(v)` in the suspended body `g`: resume it with the settled value
    /// (or reason) in a later job. Throws when `PromiseResolve` does.
    pub(crate) fn await_value(&mut self, g: ObjRef, v: Value) -> JsResult<()> {
        // A primitive would become an already fulfilled promise, whose
        // reaction job is queued at once: queue the resumption directly.
        if !matches!(v, Value::Object(_)) {
            self.queue_await_job(g, ResumeMode::Next, v);
            return Ok(());
        }
        let mark = self.stack.len();
        self.root(v);
        let p = self.promise_resolve_value(v)?;
        self.promise_await(p, g);
        self.stack.truncate(mark);
        Ok(())
    }

    /// Queues the job that resumes `g` with `mode`/`value` (the reaction job
    /// of its `await`).
    pub(crate) fn queue_await_job(&mut self, g: ObjRef, mode: ResumeMode, value: Value) {
        let job = match &mut self.obj_mut(g).kind {
            ObjectKind::Generator(s) => {
                s.await_input = Some((mode, value));
                s.await_job
            }
            _ => return,
        };
        let job = match job {
            Some(j) => j,
            None => {
                self.root(value);
                let j = self.make_internal_native(await_job, Value::Object(g));
                if let ObjectKind::Generator(s) = &mut self.obj_mut(g).kind {
                    s.await_job = Some(j);
                }
                j
            }
        };
        self.enqueue_job(Value::Object(job));
    }

    /// The prototype of a new function object: `%GeneratorFunction.prototype%`,
    /// `%AsyncFunction.prototype%`… according to its kind.
    pub(crate) fn function_proto_for(&self, code: &FunctionCode) -> ObjRef {
        match (code.is_async, code.is_generator) {
            (true, true) => self.realm.async_generator_function_proto,
            (false, true) => self.realm.generator_function_proto,
            (true, false) => self.realm.async_function_proto,
            (false, false) => self.realm.function_proto,
        }
    }

    /// What the `prototype` object of a generator function inherits from.
    pub(crate) fn generator_object_proto(&self, code: &FunctionCode) -> ObjRef {
        if code.is_async {
            self.realm.async_generator_proto
        } else {
            self.realm.generator_proto
        }
    }

    /// `GeneratorResume` / `GeneratorResumeAbrupt`: the `{ value, done }` result.
    pub fn generator_resume(
        &mut self,
        g: ObjRef,
        mode: ResumeMode,
        value: Value,
    ) -> JsResult<Value> {
        let (v, done) = self.resume_raw(g, mode, value)?;
        Ok(iter_result(self, v, done))
    }

    /// Resumes a suspended body: the value it yielded (or awaited), or returned
    /// with `done`.
    pub(crate) fn resume_raw(
        &mut self,
        g: ObjRef,
        mode: ResumeMode,
        value: Value,
    ) -> JsResult<(Value, bool)> {
        let status = match &self.obj(g).kind {
            ObjectKind::Generator(s) => s.status,
            _ => return Err(self.type_error("next method called on incompatible receiver")),
        };
        match status {
            GenStatus::Executing | GenStatus::AwaitingReturn => {
                return Err(self.type_error("Generator is already running"))
            }
            GenStatus::Completed => {
                return match mode {
                    ResumeMode::Next => Ok((Value::Undefined, true)),
                    ResumeMode::Return => Ok((value, true)),
                    ResumeMode::Throw => Err(self.throw_value(value)),
                };
            }
            GenStatus::SuspendedStart if mode != ResumeMode::Next => {
                self.finish_generator(g);
                return match mode {
                    ResumeMode::Return => Ok((value, true)),
                    _ => Err(self.throw_value(value)),
                };
            }
            _ => {}
        }
        let (func, code) = match &self.obj(g).kind {
            ObjectKind::Generator(s) => (s.func, s.code.clone()),
            _ => return Err(self.type_error("next method called on incompatible receiver")),
        };
        self.push_frame(func, Some(code.clone()), false)?;
        let (mut locals, env, records) = match &mut self.obj_mut(g).kind {
            ObjectKind::Generator(s) => {
                s.status = GenStatus::Executing;
                (
                    std::mem::take(&mut s.locals),
                    s.env,
                    std::mem::take(&mut s.records),
                )
            }
            _ => (Vec::new(), None, Vec::new()),
        };
        let base = self.stack.len();
        self.stack.extend_from_slice(&locals);
        self.base = base;
        self.env = env;
        let mut spare = Vec::new();
        let r = if status == GenStatus::SuspendedStart {
            spare = records;
            self.exec_block_body(&code.body)
        } else {
            self.resume_records = records;
            self.resume_input = Some((mode, value));
            self.resume_stmts(&code.body)
        };
        let out = match r {
            Err(Exc::Suspend) => {
                // The buffers are reused from one suspension to the next: the
                // locals' vector, and the records' (the one the resume walk
                // just emptied collects the next suspension's records).
                locals.clear();
                let end = (base + code.n_locals as usize).min(self.stack.len());
                locals.extend_from_slice(&self.stack[base..end]);
                let mut recycled = std::mem::take(&mut self.resume_records);
                if recycled.capacity() == 0 {
                    recycled = spare;
                }
                recycled.clear();
                let records = std::mem::replace(&mut self.suspend_records, recycled);
                let genv = self.env;
                if let ObjectKind::Generator(s) = &mut self.obj_mut(g).kind {
                    s.locals = locals;
                    s.records = records;
                    s.env = genv;
                    s.status = GenStatus::SuspendedYield;
                }
                let v = std::mem::replace(&mut self.yield_value, Value::Undefined);
                Ok((v, false))
            }
            Ok(Flow::Return) => {
                self.finish_generator(g);
                let v = std::mem::replace(&mut self.return_value, Value::Undefined);
                Ok((v, true))
            }
            Ok(_) => {
                self.finish_generator(g);
                Ok((Value::Undefined, true))
            }
            Err(e) => {
                self.finish_generator(g);
                Err(e)
            }
        };
        self.resume_records.clear();
        self.suspend_records.clear();
        self.resume_input = None;
        self.stack.truncate(base);
        self.pop_frame();
        out
    }

    fn finish_generator(&mut self, g: ObjRef) {
        if let ObjectKind::Generator(s) = &mut self.obj_mut(g).kind {
            s.status = GenStatus::Completed;
            s.locals = Vec::new();
            s.records = Vec::new();
            s.env = None;
        }
    }
}

/// `%GeneratorPrototype%`: `next`, `return`, `throw`.
pub(crate) fn install(cx: &mut Interpreter) {
    let proto = cx.realm.generator_proto;
    cx.method(proto, "next", next, 1);
    cx.method(proto, "return", return_, 1);
    cx.method(proto, "throw", throw, 1);
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("Generator");
    cx.define_value(proto, tag, v, crate::object::CONFIGURABLE);
    // %GeneratorFunction.prototype%, the prototype of every generator function.
    let gfp = cx.realm.generator_function_proto;
    cx.define_value(
        gfp,
        PropKey::Str(atoms::PROTOTYPE),
        Value::Object(proto),
        crate::object::CONFIGURABLE,
    );
    cx.define_value(
        proto,
        PropKey::Str(atoms::CONSTRUCTOR),
        Value::Object(gfp),
        crate::object::CONFIGURABLE,
    );
    let v = cx.string_value("GeneratorFunction");
    cx.define_value(gfp, tag, v, crate::object::CONFIGURABLE);
    let ctor = cx.make_native("GeneratorFunction", generator_function_ctor, 1, true);
    cx.define_value(ctor, PropKey::Str(atoms::PROTOTYPE), Value::Object(gfp), 0);
    cx.define_value(
        gfp,
        PropKey::Str(atoms::CONSTRUCTOR),
        Value::Object(ctor),
        crate::object::CONFIGURABLE,
    );
}

fn generator_function_ctor(
    cx: &mut Interpreter,
    _: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Err(cx.syntax_error("nodelet: creating functions from strings is not supported"))
}

/// The job that resumes a body after its `await` settled: an async
/// function's (`async_step`) or an async generator's (`async_gen_resume`).
fn await_job(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Value::Object(g) = cx.native_data() else {
        return Ok(Value::Undefined);
    };
    let (input, is_async_fn) = match &mut cx.obj_mut(g).kind {
        ObjectKind::Generator(s) => (s.await_input.take(), s.async_promise.is_some()),
        _ => (None, false),
    };
    let Some((mode, v)) = input else {
        return Ok(Value::Undefined);
    };
    if is_async_fn {
        cx.async_step(g, mode, v)?;
    } else {
        cx.async_gen_resume_after_await(g, mode, v)?;
    }
    Ok(Value::Undefined)
}

fn this_generator(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this {
        // Async functions and async generators are not generators to these
        // methods (the former are never visible as objects anyway).
        if matches!(&cx.obj(o).kind, ObjectKind::Generator(s) if s.queue.is_none() && s.async_promise.is_none())
        {
            return Ok(o);
        }
    }
    let d = cx.inspect_brief(this);
    Err(cx.type_error(&format!(
        "{method} method called on incompatible receiver {d}"
    )))
}

fn next(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let g = this_generator(cx, this, "next")?;
    cx.generator_resume(g, ResumeMode::Next, crate::builtins::arg(args, 0))
}

fn return_(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let g = this_generator(cx, this, "return")?;
    cx.generator_resume(g, ResumeMode::Return, crate::builtins::arg(args, 0))
}

fn throw(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let g = this_generator(cx, this, "throw")?;
    cx.generator_resume(g, ResumeMode::Throw, crate::builtins::arg(args, 0))
}
