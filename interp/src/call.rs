//! Calling and constructing functions: the frame protocol, the prologue that
//! binds `this`, parameters, `arguments` and hoisted functions, and the creation of
//! closures from compiled code.
//!
//! Frame protocol: the caller pushes `callee, this, args…` on the value stack (so
//! all three stay rooted), then calls [`Interpreter::call_stacked`]. The callee
//! saves the caller's registers in a `Frame`, allocates its locals above the
//! arguments, and on exit truncates the stack back to where the caller left it.

use std::rc::Rc;

use crate::atoms;
use crate::eval::Flow;
use crate::interp::{Frame, Interpreter, JsResult, MAX_DEPTH};
use crate::ir::{FnKind, FunctionCode, Loc, Params, Pat, StmtKind, VarRef};
use crate::object::{
    Closure, NativeFn, NativeFunction, ObjectKind, Property, CONFIGURABLE, WRITABLE,
};
use crate::value::{Atom, ObjRef, PropKey, Value};

/// The most room `new` reserves for properties from what the constructor's last
/// object reached.
const MAX_INSTANCE_HINT: usize = 64;

/// How `callee_entry` found a callee can be entered.
pub(crate) enum CalleeEntry {
    /// A closure that a plain call may enter: `call_closure`'s arguments.
    Closure(ObjRef, Rc<FunctionCode>, Option<crate::env::EnvRef>),
    /// A native function: `enter_native`'s arguments.
    Native(ObjRef, NativeFn),
    /// Callable some other way (bound functions, class constructors, which
    /// throw): `call_stacked`.
    Other,
    NotCallable,
}

/// The most arguments a native receives in an array on the Rust stack
/// (`call_native`); calls with more use a recycled heap buffer.
const NATIVE_INLINE_ARGS: usize = 4;

impl Interpreter {
    /// Binds simple parameters to the `argc` arguments pushed from
    /// `args_start`; a parameter with no argument is `undefined`.
    fn bind_simple_params(&mut self, vars: &[Option<VarRef>], args_start: usize, argc: usize) {
        for (i, v) in vars.iter().enumerate() {
            if let Some(v) = v {
                let arg = if i < argc {
                    self.stack
                        .get(args_start + i)
                        .copied()
                        .unwrap_or(Value::Undefined)
                } else {
                    Value::Undefined
                };
                self.write_var_init(v, arg);
            }
        }
    }

    /// Calls `f` with `this` and `args` (the entry point for built-ins and the host).
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        let mark = self.stack.len();
        self.stack.push(f);
        self.stack.push(this);
        self.stack.extend_from_slice(args);
        let r = self.call_stacked(mark + 2, args.len(), None);
        self.stack.truncate(mark);
        r
    }

    pub fn call_value(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        self.call(f, this, args)
    }

    /// `new f(...args)` with `new_target` (usually `f` itself).
    pub fn construct(
        &mut self,
        f: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        let Value::Object(fo) = f else {
            return Err(self.type_error("Value is not a constructor"));
        };
        let mark = self.stack.len();
        self.stack.push(f);
        self.stack.push(Value::Undefined);
        self.stack.extend_from_slice(args);
        let r = self.call_stacked(mark + 2, args.len(), Some(new_target.unwrap_or(fo)));
        self.stack.truncate(mark);
        r
    }

    /// How a plain call (not `new`) enters `f`, from one look at the callee
    /// object: a closure that a plain call may enter (a class constructor may
    /// not: `call_stacked` throws for it) and natives are entered directly.
    #[inline]
    pub(crate) fn callee_entry(&self, f: Value) -> CalleeEntry {
        let Value::Object(fo) = f else {
            return CalleeEntry::NotCallable;
        };
        match &self.obj(fo).kind {
            ObjectKind::Function(c) if !matches!(c.code.kind, FnKind::ClassConstructor { .. }) => {
                CalleeEntry::Closure(fo, c.code.clone(), c.env)
            }
            ObjectKind::Native(n) => CalleeEntry::Native(fo, n.f),
            ObjectKind::Function(_) | ObjectKind::Bound(_) => CalleeEntry::Other,
            _ => CalleeEntry::NotCallable,
        }
    }

    /// The parts of `f` that `call_closure` needs, if `f` is a closure that
    /// `new` may enter directly: what `is_constructor` accepts among closures
    /// (plain functions and class constructors, neither async nor generators).
    #[inline]
    pub(crate) fn constructor_closure(
        &self,
        f: Value,
    ) -> Option<(ObjRef, Rc<FunctionCode>, Option<crate::env::EnvRef>)> {
        let Value::Object(fo) = f else { return None };
        match &self.obj(fo).kind {
            ObjectKind::Function(c)
                if matches!(
                    c.code.kind,
                    FnKind::Normal | FnKind::ClassConstructor { .. }
                ) && !c.code.is_generator
                    && !c.code.is_async =>
            {
                Some((fo, c.code.clone(), c.env))
            }
            _ => None,
        }
    }

    /// Calls the function at `stack[args_start - 2]` with `this` at
    /// `stack[args_start - 1]` and `argc` arguments after it. With `new_target`,
    /// this is `[[Construct]]`.
    pub fn call_stacked(
        &mut self,
        args_start: usize,
        argc: usize,
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        let f = self.stack[args_start - 2];
        let this = self.stack[args_start - 1];
        let Value::Object(fo) = f else {
            return Err(self.type_error("Value is not a function"));
        };
        match &self.obj(fo).kind {
            ObjectKind::Function(c) => {
                let code = c.code.clone();
                let env = c.env;
                if new_target.is_none() {
                    if let FnKind::ClassConstructor { .. } = code.kind {
                        let name = self.atom_text(code.name);
                        return Err(self.type_error(&format!(
                            "Class constructor {name} cannot be invoked without 'new'"
                        )));
                    }
                }
                self.call_closure(fo, code, env, this, args_start, argc, new_target)
            }
            ObjectKind::Native(n) => {
                let (func, ctor) = (n.f, n.constructor);
                if new_target.is_some() && !ctor {
                    return Err(self.type_error("Value is not a constructor"));
                }
                self.enter_native(fo, func, this, args_start, argc, new_target)
            }
            ObjectKind::Bound(b) => {
                let (target, bthis, bargs) = (b.target, b.this, b.args.clone());
                let mark = self.stack.len();
                self.stack.push(Value::Object(target));
                self.stack.push(bthis);
                self.stack.extend_from_slice(&bargs);
                self.stack.extend_from_within(args_start..args_start + argc);
                // `new` on a bound function constructs the target.
                let nt = new_target.map(|nt| if nt == fo { target } else { nt });
                let r = self.call_stacked(mark + 2, bargs.len() + argc, nt);
                self.stack.truncate(mark);
                r
            }
            _ => Err(self.type_error("Value is not a function")),
        }
    }

    /// `f.call(thisArg, ...args)` with `f` callable: the stack already holds
    /// `call, f, thisArg, args…`, which from `f` on is the frame layout of the
    /// call to `f` itself, so `f` is called in place. `call` is a built-in and
    /// so absent from stack traces either way; skipping its frame is invisible.
    fn forward_call(&mut self, args_start: usize, argc: usize) -> JsResult<Value> {
        if argc == 0 {
            let f = self.stack[args_start - 1];
            let mark = self.stack.len();
            self.stack.push(f);
            self.stack.push(Value::Undefined);
            let r = self.call_stacked(mark + 2, 0, None);
            self.stack.truncate(mark);
            return r;
        }
        self.call_stacked(args_start + 1, argc - 1, None)
    }

    /// `f.apply(thisArg, list)` with `f` callable, without a frame for `apply`
    /// (see `forward_call`).
    fn forward_apply(&mut self, args_start: usize, argc: usize) -> JsResult<Value> {
        let f = self.stack[args_start - 1];
        let this = if argc > 0 {
            self.stack[args_start]
        } else {
            Value::Undefined
        };
        let list = if argc > 1 {
            self.stack[args_start + 1]
        } else {
            Value::Undefined
        };
        let mark = self.stack.len();
        // A plain array (the usual `arguments`-forwarding case) is copied straight
        // onto the value stack: reading its elements runs no script code, so this
        // matches `array_like_to_vec` without its temporary vector.
        if let Value::Object(o) = list {
            if let ObjectKind::Array(elems) = &self.objects.get(o).kind {
                self.stack.push(f);
                self.stack.push(this);
                self.stack.extend(elems.iter().map(|&v| {
                    if matches!(v, Value::Hole) {
                        Value::Undefined
                    } else {
                        v
                    }
                }));
                let n = self.stack.len() - (mark + 2);
                let r = self.call_stacked(mark + 2, n, None);
                self.stack.truncate(mark);
                return r;
            }
        }
        let items = crate::builtins::function::array_like_to_vec(self, list)?;
        self.stack.truncate(mark);
        self.stack.push(f);
        self.stack.push(this);
        let n = items.len();
        self.stack.extend(items);
        let r = self.call_stacked(mark + 2, n, None);
        self.stack.truncate(mark);
        r
    }

    // Both frame helpers are forced inline: as calls, their argument passing
    // and register saves cost about 18 instructions per JavaScript call.
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        func: ObjRef,
        code: Option<Rc<FunctionCode>>,
        construct: bool,
    ) -> JsResult<()> {
        if self.frames.len() >= MAX_DEPTH {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let saved = Frame {
            env: self.env,
            base: self.base,
            span: self.cur_span,
            code: std::mem::replace(&mut self.cur_code, code),
            func: self.cur_func.replace(func),
            is_construct: std::mem::replace(&mut self.cur_construct, construct),
        };
        self.frames.push(saved);
        Ok(())
    }

    #[inline(always)]
    pub(crate) fn pop_frame(&mut self) {
        if let Some(f) = self.frames.pop() {
            self.env = f.env;
            self.base = f.base;
            self.cur_span = f.span;
            self.cur_code = f.code;
            self.cur_func = f.func;
            self.cur_construct = f.is_construct;
        }
    }

    /// Calls the native `f` (the function object `fo`, already checked to be a
    /// constructor when `new_target` is set) on the frame laid out at
    /// `args_start`. `f.call(…)` and `f.apply(…)` with a callable `f` call `f`
    /// in place instead (`forward_call`, `forward_apply`).
    #[inline]
    pub(crate) fn enter_native(
        &mut self,
        fo: ObjRef,
        func: NativeFn,
        this: Value,
        args_start: usize,
        argc: usize,
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        // The two pointer compares come first: they are cheaper than
        // looking at the receiver, and nearly every native is neither.
        let is_call = func as *const () == crate::builtins::function::call as *const ();
        let is_apply = func as *const () == crate::builtins::function::apply as *const ();
        if (is_call || is_apply) && new_target.is_none() && self.is_callable(this) {
            if is_call {
                return self.forward_call(args_start, argc);
            }
            return self.forward_apply(args_start, argc);
        }
        self.call_native(fo, func, this, args_start, argc, new_target)
    }

    #[inline(never)]
    fn call_native(
        &mut self,
        fo: ObjRef,
        f: NativeFn,
        this: Value,
        args_start: usize,
        argc: usize,
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        // Natives get a frame too, so their temporaries are released on return and
        // recursion through them is bounded; they keep the caller's code for stack
        // traces.
        let code = self.cur_code.clone();
        let construct = self.cur_construct;
        self.push_frame(fo, code, construct)?;
        let mark = self.stack.len();
        // The arguments are copied out of the stack (the originals stay there,
        // rooted): natives take `&mut self` and a slice at once. A few
        // arguments, the usual case, go into an array on the Rust stack, copied
        // slot by slot (a copy of variable length would be a call to
        // `memcpy`); more go into a recycled buffer.
        let r = if argc <= NATIVE_INLINE_ARGS {
            let mut args = [Value::Undefined; NATIVE_INLINE_ARGS];
            for (i, slot) in args.iter_mut().enumerate() {
                if i < argc {
                    *slot = self.stack[args_start + i];
                }
            }
            f(self, this, &args[..argc], new_target)
        } else {
            let mut args = self.arg_buffers.pop().unwrap_or_default();
            args.extend_from_slice(&self.stack[args_start..args_start + argc]);
            let r = f(self, this, &args, new_target);
            args.clear();
            self.arg_buffers.push(args);
            r
        };
        self.stack.truncate(mark);
        self.pop_frame();
        r
    }

    // The per-call helpers below are offered for inlining into `call_stacked`
    // (`#[inline]`, not `#[inline(always)]`: forcing it made bench/interp's
    // arrays.js 8% slower, the hot loop grown past what the caches hold).
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn call_closure(
        &mut self,
        fo: ObjRef,
        code: Rc<FunctionCode>,
        env: Option<crate::env::EnvRef>,
        this: Value,
        args_start: usize,
        argc: usize,
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        if code.is_generator || code.is_async {
            return self.call_suspendable(fo, code, this, args_start, argc);
        }
        if code.quick_entry
            && new_target.is_none()
            && (!code.sloppy_this || matches!(this, Value::Object(_)))
        {
            self.push_frame(fo, Some(code.clone()), false)?;
            let r = self.run_quick_body(fo, &code, env, this, args_start, argc);
            self.stack.truncate(args_start + argc);
            self.pop_frame();
            return r;
        }
        if let (true, Some(nt)) = (code.quick_construct, new_target) {
            return self.quick_construct(fo, code, env, nt, args_start, argc);
        }
        self.push_frame(fo, Some(code.clone()), new_target.is_some())?;
        let r = self.run_closure_body(fo, &code, env, this, args_start, argc, new_target);
        self.stack.truncate(args_start + argc);
        self.pop_frame();
        r
    }

    /// `[[Construct]]` of a base constructor with `quick_construct`: the
    /// receiver is made as `prologue` makes it and takes the frame's `this`
    /// slot (`stack[args_start - 1]`, `undefined` for a construct), which
    /// roots it and leaves the arguments on top of the stack for
    /// `run_quick_body`. A class with instance fields takes the full path.
    #[inline(never)]
    fn quick_construct(
        &mut self,
        fo: ObjRef,
        code: Rc<FunctionCode>,
        env: Option<crate::env::EnvRef>,
        nt: ObjRef,
        args_start: usize,
        argc: usize,
    ) -> JsResult<Value> {
        if let ObjectKind::Function(c) = &self.obj(fo).kind {
            if c.fields.is_some() {
                self.push_frame(fo, Some(code.clone()), true)?;
                let r = self.run_closure_body(
                    fo,
                    &code,
                    env,
                    Value::Undefined,
                    args_start,
                    argc,
                    Some(nt),
                );
                self.stack.truncate(args_start + argc);
                self.pop_frame();
                return r;
            }
        }
        self.push_frame(fo, Some(code.clone()), true)?;
        let r = match self.new_receiver(nt) {
            Ok(this) => {
                self.stack[args_start - 1] = this;
                self.run_quick_body(fo, &code, env, this, args_start, argc)
                    .map(|result| match result {
                        // A returned object replaces the receiver.
                        Value::Object(_) => (result, false),
                        _ => (this, true),
                    })
            }
            Err(e) => Err(e),
        };
        self.stack.truncate(args_start + argc);
        self.pop_frame();
        let (result, receiver) = r?;
        if let (true, true, Value::Object(o)) = (receiver, nt == fo, result) {
            self.note_instance_size(&code, o);
        }
        Ok(result)
    }

    /// The receiver `new` makes for a base constructor: an ordinary object
    /// whose prototype is `new_target.prototype`, with room for as many
    /// properties as the constructor's objects reached before.
    #[inline(always)]
    fn new_receiver(&mut self, nt: ObjRef) -> JsResult<Value> {
        let proto = self.proto_from_constructor(nt, self.realm.object_proto)?;
        let mut obj = crate::object::JsObject::new(Some(proto), ObjectKind::Ordinary);
        if let ObjectKind::Function(c) = &self.obj(nt).kind {
            let n = c.code.instance_size.get() as usize;
            if n > 0 {
                obj.props = crate::object::PropertyMap::with_capacity(n);
            }
        }
        Ok(Value::Object(self.alloc(obj)))
    }

    /// Remembers the finished size of an object `code` constructed (as its own
    /// `new.target`) for the next `new` (capped: a huge object says little
    /// about the next one). The previous instance has had time to gain the
    /// properties its methods add later, so its present size counts too.
    fn note_instance_size(&mut self, code: &FunctionCode, o: ObjRef) {
        let previous = code
            .last_instance
            .get()
            .and_then(|p| self.objects.try_get(p))
            .map_or(0, |p| p.props.len());
        let n = self.obj(o).props.len().max(previous).min(MAX_INSTANCE_HINT) as u32;
        code.instance_size.set(n);
        code.last_instance.set(Some(o));
    }

    /// The bindings of `run_quick_body` for a function that is not
    /// `bare_entry`: its environment and TDZ locals, `this`, its own name,
    /// the parameters (unless `in_place`), the rest parameter and hoisted
    /// functions, in the order `prologue` binds them.
    #[inline(always)]
    fn quick_bindings(
        &mut self,
        fo: ObjRef,
        code: &FunctionCode,
        this: Value,
        args_start: usize,
        argc: usize,
        in_place: bool,
    ) {
        if code.scope.env.is_some() {
            self.enter_scope_bindings(&code.scope);
        } else {
            // What `enter_scope_bindings` does without an environment, in
            // line: a `let` or `const` at the top of a small function is common.
            for &i in &code.scope.local_tdz {
                if let Some(slot) = self.stack.get_mut(self.base + i as usize) {
                    *slot = Value::Hole;
                }
            }
        }
        if let Some(v) = &code.this_var {
            self.write_var_init(v, this);
        }
        if let Some(v) = &code.self_var {
            self.write_var_init(v, Value::Object(fo));
        }
        if let Params::Simple(vars) = &code.params {
            if !in_place {
                self.bind_simple_params(vars, args_start, argc);
            }
            if let Some(Pat::Init(v)) = &code.rest {
                let n = vars.len();
                let extra = if argc > n {
                    self.stack[args_start + n..args_start + argc].to_vec()
                } else {
                    Vec::new()
                };
                // The binding roots the array: nothing collects in between.
                let arr = self.new_array(extra);
                self.write_var_init(v, Value::Object(arr));
            }
        }
        if !code.scope.functions.is_empty() {
            self.instantiate_functions(&code.scope);
        }
    }

    /// The prologue and body of a plain call to a function with
    /// `quick_entry`: the same steps as `prologue` in the same order, minus
    /// those such a function cannot need (its `this`, if bound at all, is
    /// strict or an object, and so never boxed).
    // Forced inline: `call_closure` and `quick_construct` both use it, and as
    // a call of its own it costs a plain call about 40 instructions.
    #[inline(always)]
    fn run_quick_body(
        &mut self,
        fo: ObjRef,
        code: &Rc<FunctionCode>,
        env: Option<crate::env::EnvRef>,
        this: Value,
        args_start: usize,
        argc: usize,
    ) -> JsResult<Value> {
        // With the parameters in place, the frame starts at the first argument:
        // the arguments are already the parameters' slots, and only the rest of
        // the locals are added above them. That needs the arguments on top of
        // the stack and no more of them than parameters (extra ones would sit
        // in other locals' slots).
        let in_place = code.params_in_place.is_some_and(|n| argc <= n as usize)
            && self.stack.len() == args_start + argc;
        let base = if in_place {
            args_start
        } else {
            self.stack.len()
        };
        let added = base + code.n_locals as usize - self.stack.len();
        self.stack
            .extend(std::iter::repeat_n(Value::Undefined, added));
        self.base = base;
        self.env = env;
        self.safe_point();
        // A bare function has nothing to bind but its parameters: one test
        // stands for the six that `quick_bindings` makes.
        if code.bare_entry {
            if let (false, Params::Simple(vars)) = (in_place, &code.params) {
                self.bind_simple_params(vars, args_start, argc);
            }
        } else {
            self.quick_bindings(fo, code, this, args_start, argc, in_place);
        }
        // The body's statements run here rather than through
        // `exec_block_body`, so that `return expr` (most small functions end in
        // one) evaluates straight into the result. Such a function never
        // suspends, so no resume record is needed on the way out.
        for s in &code.body {
            if let StmtKind::Return(Some(e)) = &s.kind {
                return self.eval_quick(e);
            }
            match self.exec(s)? {
                Flow::Normal => {}
                Flow::Return => {
                    return Ok(std::mem::replace(&mut self.return_value, Value::Undefined));
                }
                _ => return Ok(Value::Undefined),
            }
        }
        Ok(Value::Undefined)
    }

    /// Allocates the frame's locals and binds `this`, `new.target`, parameters,
    /// `arguments` and hoisted functions; returns the receiver.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn prologue(
        &mut self,
        fo: ObjRef,
        code: &Rc<FunctionCode>,
        env: Option<crate::env::EnvRef>,
        this: Value,
        args_start: usize,
        argc: usize,
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        let base = self.stack.len();
        // `extend` with an exact-size iterator inlines to one reserve and a fill;
        // `resize` is an out-of-line call, which costs more than the fill for the
        // few locals a typical function has.
        self.stack.extend(std::iter::repeat_n(
            Value::Undefined,
            code.n_locals as usize,
        ));
        self.base = base;
        self.env = env;
        // For `new`, create the receiver (base constructors) before any code runs.
        let mut this = this;
        let derived = matches!(code.kind, FnKind::ClassConstructor { derived: true });
        if let Some(nt) = new_target {
            if derived {
                this = Value::Hole;
            } else {
                this = self.new_receiver(nt)?;
            }
        } else if !code.strict && code.kind != FnKind::Arrow && code.this_var.is_some() {
            // Sloppy functions see `undefined` as the global object and primitives
            // boxed (only computed when the body uses `this`).
            this = match this {
                Value::Undefined | Value::Null => Value::Object(self.realm.global),
                Value::Object(_) => this,
                _ => Value::Object(self.to_object(this)?),
            };
        }
        if this.is_heap() && !this.same_handle(self.stack[args_start - 1]) {
            // A receiver made here (by `new` or by boxing a primitive) is rooted
            // for the whole call; the caller's `this` already is.
            self.stack.push(this);
        }
        self.safe_point();
        // Most functions have no environment and no TDZ locals: skip the call.
        if code.scope.env.is_some() || !code.scope.local_tdz.is_empty() {
            self.enter_scope_bindings(&code.scope);
        }
        if let Some(v) = &code.this_var {
            self.write_var_init(v, this);
        }
        if let Some(v) = &code.new_target_var {
            self.write_var_init(v, new_target.map_or(Value::Undefined, Value::Object));
        }
        if let Some(v) = &code.func_var {
            self.write_var_init(v, Value::Object(fo));
        }
        if let Some(v) = &code.home_var {
            let home = match &self.obj(fo).kind {
                ObjectKind::Function(c) => c.home.map_or(Value::Undefined, Value::Object),
                _ => Value::Undefined,
            };
            self.write_var_init(v, home);
        }
        if let Some(v) = &code.self_var {
            self.write_var_init(v, Value::Object(fo));
        }
        if let Some(v) = &code.arguments_var {
            let args = self.stack[args_start..args_start + argc].to_vec();
            let a = self.make_arguments(&args, fo, code.strict);
            if code.mapped_arguments {
                if let (Some(env), Params::Simple(vars)) = (self.env, &code.params) {
                    let slots = (0..args.len().min(vars.len()))
                        .map(|i| match vars[i].as_ref().map(|v| v.loc) {
                            Some(Loc::Env { hops: 0, slot }) => Some(slot),
                            _ => None,
                        })
                        .collect();
                    self.obj_mut(a).kind =
                        ObjectKind::Arguments(Some(Box::new(crate::object::ArgumentsMap {
                            env,
                            slots,
                        })));
                }
            }
            self.write_var_init(v, Value::Object(a));
        }
        // Base-class instance fields initialise before the constructor body runs.
        if new_target.is_some() && !derived {
            if let ObjectKind::Function(c) = &self.obj(fo).kind {
                if let Some(fields) = c.fields {
                    self.call(Value::Object(fields), this, &[])?;
                }
            }
        }
        match &code.params {
            Params::Simple(vars) => self.bind_simple_params(vars, args_start, argc),
            Params::Patterns(pats) => {
                for (i, p) in pats.iter().enumerate() {
                    let arg = if i < argc {
                        self.stack[args_start + i]
                    } else {
                        Value::Undefined
                    };
                    self.bind_pattern(p, arg)?;
                }
            }
        }
        if let Some(rest) = &code.rest {
            let n = match &code.params {
                Params::Simple(v) => v.len(),
                Params::Patterns(p) => p.len(),
            };
            let extra = if argc > n {
                self.stack[args_start + n..args_start + argc].to_vec()
            } else {
                Vec::new()
            };
            let arr = self.new_array(extra);
            self.root(Value::Object(arr));
            self.bind_pattern(rest, Value::Object(arr))?;
        }
        match &code.body_scope {
            None => {
                if !code.scope.functions.is_empty() {
                    self.instantiate_functions(&code.scope);
                }
            }
            Some(bs) => {
                // Read the parameters before the body scope shifts the environments.
                let values: Vec<Value> = code
                    .param_copies
                    .iter()
                    .map(|(p, _)| self.read_var_raw(p))
                    .collect();
                for &v in &values {
                    self.root(v);
                }
                self.enter_scope_bindings(bs);
                for ((_, var), v) in code.param_copies.iter().zip(values) {
                    self.write_var_init(var, v);
                }
                self.instantiate_functions(bs);
            }
        }
        Ok(this)
    }

    /// Runs a function body after its prologue and computes the call's result
    /// (for `new`: the receiver unless the body returned an object).
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn run_closure_body(
        &mut self,
        fo: ObjRef,
        code: &Rc<FunctionCode>,
        env: Option<crate::env::EnvRef>,
        this: Value,
        args_start: usize,
        argc: usize,
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        let this = self.prologue(fo, code, env, this, args_start, argc, new_target)?;
        let derived = matches!(code.kind, FnKind::ClassConstructor { derived: true });
        let flow = self.exec_block_body(&code.body)?;
        let result = match flow {
            crate::eval::Flow::Return => {
                std::mem::replace(&mut self.return_value, Value::Undefined)
            }
            _ => Value::Undefined,
        };
        let Some(nt) = new_target else {
            return Ok(result);
        };
        if matches!(result, Value::Object(_)) {
            return Ok(result);
        }
        let this = if derived {
            match &code.this_var {
                Some(v) => self.read_var_raw(v),
                None => Value::Hole,
            }
        } else {
            this
        };
        if let (true, Value::Object(o)) = (nt == fo, this) {
            self.note_instance_size(code, o);
        }
        if derived {
            if !matches!(result, Value::Undefined) {
                return Err(
                    self.type_error("Derived constructors may only return object or undefined")
                );
            }
            if matches!(this, Value::Hole) {
                return Err(self.reference_error(
                    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                ));
            }
            return Ok(this);
        }
        Ok(this)
    }

    /// `GetPrototypeFromConstructor`: `new_target.prototype` if it is an object.
    pub fn proto_from_constructor(&mut self, nt: ObjRef, fallback: ObjRef) -> JsResult<ObjRef> {
        // Every ordinary function's `prototype` is an own data property: read
        // it in place; anything else (an accessor) takes `[[Get]]`.
        let own = match self.obj(nt).props.lookup(PropKey::Str(atoms::PROTOTYPE)) {
            Some(Property {
                slot: crate::object::Slot::Data(v),
                ..
            }) => Some(*v),
            _ => None,
        };
        let p = match own {
            Some(v) => v,
            None => self.get(nt, PropKey::Str(atoms::PROTOTYPE))?,
        };
        Ok(match p {
            Value::Object(p) => p,
            _ => fallback,
        })
    }

    fn make_arguments(&mut self, args: &[Value], callee: ObjRef, strict: bool) -> ObjRef {
        let proto = self.realm.object_proto;
        let o = self.new_object(Some(proto), ObjectKind::Arguments(None));
        for (i, &v) in args.iter().enumerate() {
            let k = self.index_key(i as u32);
            self.define_value(o, k, v, crate::object::DEFAULT_ATTRS);
        }
        self.define_value(
            o,
            PropKey::Str(atoms::LENGTH),
            Value::Number(args.len() as f64),
            WRITABLE | CONFIGURABLE,
        );
        if !strict {
            self.define_value(
                o,
                PropKey::Str(atoms::CALLEE),
                Value::Object(callee),
                WRITABLE | CONFIGURABLE,
            );
        } else {
            // Strict code may not touch `arguments.callee`.
            let thrower = self.realm.thrower;
            self.define_accessor(
                o,
                PropKey::Str(atoms::CALLEE),
                Some(thrower),
                Some(thrower),
                0,
            );
        }
        let values = self.realm.array_proto;
        let sym = PropKey::Sym(self.realm.sym_iterator);
        let values_key = self.intern_const("values");
        if let Ok(Value::Object(f)) = self.get(values, PropKey::Str(values_key)) {
            self.define_value(o, sym, Value::Object(f), WRITABLE | CONFIGURABLE);
        }
        o
    }

    pub(crate) fn intern_const(&mut self, s: &str) -> Atom {
        self.intern(s)
    }

    /// Creates a function object for compiled code, closing over the current
    /// environment.
    pub fn make_closure(&mut self, code: &Rc<FunctionCode>, home: Option<ObjRef>) -> ObjRef {
        let proto = self.function_proto_for(code);
        let closure = Closure {
            code: code.clone(),
            env: self.env,
            home,
            fields: None,
        };
        let f = self.new_object(Some(proto), ObjectKind::Function(Box::new(closure)));
        // A fresh function's first two properties: no search, no checks
        // (`bare` recorded both names as read-only somewhere).
        let name = self.atom_value(code.name);
        let props = &mut self.obj_mut(f).props;
        props.push_new_noted(
            PropKey::Str(atoms::LENGTH),
            Property::data(Value::Number(code.length as f64), CONFIGURABLE),
        );
        props.push_new_noted(
            PropKey::Str(atoms::NAME),
            Property::data(name, CONFIGURABLE),
        );
        let constructor_like =
            matches!(code.kind, FnKind::Normal | FnKind::ClassConstructor { .. });
        if code.is_generator {
            self.root(Value::Object(f));
            let gp = self.generator_object_proto(code);
            let p = self.new_object(Some(gp), ObjectKind::Ordinary);
            self.define_value(
                f,
                PropKey::Str(atoms::PROTOTYPE),
                Value::Object(p),
                WRITABLE,
            );
        } else if constructor_like
            && !code.is_async
            && !matches!(code.kind, FnKind::ClassConstructor { .. })
        {
            self.root(Value::Object(f));
            let p = self.new_plain_object();
            self.define_value(
                p,
                PropKey::Str(atoms::CONSTRUCTOR),
                Value::Object(f),
                WRITABLE | CONFIGURABLE,
            );
            self.define_value(
                f,
                PropKey::Str(atoms::PROTOTYPE),
                Value::Object(p),
                WRITABLE,
            );
        }
        f
    }

    /// Sets a function's `name` (for methods with computed keys, getters `get x`).
    pub fn set_function_name(&mut self, f: ObjRef, key: PropKey, prefix: Option<&str>) {
        let base = match key {
            PropKey::Str(a) => self.atom_text(a),
            PropKey::Sym(s) => match self.sym(s).description {
                Some(d) => format!("[{}]", self.rust_string(d)),
                None => String::new(),
            },
        };
        let name = match prefix {
            Some(p) => format!("{p} {base}"),
            None => base,
        };
        let v = self.string_value(&name);
        self.define(
            f,
            PropKey::Str(atoms::NAME),
            Property::data(v, CONFIGURABLE),
        );
    }

    /// Creates a built-in function object.
    pub fn make_native(
        &mut self,
        name: &str,
        f: NativeFn,
        length: u32,
        constructor: bool,
    ) -> ObjRef {
        let proto = self.realm.function_proto;
        let o = self.new_object(
            Some(proto),
            ObjectKind::Native(NativeFunction {
                f,
                constructor,
                data: Value::Undefined,
            }),
        );
        self.define_value(
            o,
            PropKey::Str(atoms::LENGTH),
            Value::Number(length as f64),
            CONFIGURABLE,
        );
        let n = self.string_value(name);
        self.define_value(o, PropKey::Str(atoms::NAME), n, CONFIGURABLE);
        o
    }

    /// The data slot of the native function being called (for closures built in
    /// Rust, such as promise resolvers).
    pub fn native_data(&self) -> Value {
        match self.cur_func.map(|f| &self.obj(f).kind) {
            Some(ObjectKind::Native(n)) => n.data,
            _ => Value::Undefined,
        }
    }
}
