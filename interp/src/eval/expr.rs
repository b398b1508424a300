//! Expression evaluation: literals, variables, property access (with inline
//! caches and the dense-array fast path), calls and `new`, operators, assignment,
//! optional chains, templates, and `super`.
//!
//! Rooting rule: a heap value held in a Rust local while evaluating anything that
//! may call JavaScript (and so reach a safe point) is pushed on the value stack
//! first (`root`), and the stack is truncated back when the expression is done.

use nodelet_parser::ast::{AssignOp, BinaryOp, LogicalOp, UnaryOp, UpdateOp};

use crate::atoms;
use crate::call::CalleeEntry;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::ir::{Arg, ArrayElem, Expr, ExprKind, ObjProp, Prop, PropName, Target, VarRef};
use crate::object::{ObjectKind, Property, CONFIGURABLE, ENUMERABLE};
use crate::ops::Hint;
use crate::string::Units;
use crate::value::{ObjRef, PropKey, Value};

impl Interpreter {
    /// Evaluates one node; `eval` (in `trace.rs`) wraps it for `--trace-eval`.
    ///
    /// This first level only dispatches, and does nothing that needs a stack
    /// frame of its own: literals and number arithmetic are answered in
    /// registers, and calls, assignments and the other kinds are handed on as
    /// tail calls. A single big `match` made every node pay the register saves
    /// and stack space of its largest arm, about 30 instructions a node.
    pub(crate) fn eval_node(&mut self, e: &Expr) -> JsResult<Value> {
        match &e.kind {
            ExprKind::Number(n) => Ok(Value::Number(*n)),
            ExprKind::Undefined => Ok(Value::Undefined),
            ExprKind::Null => Ok(Value::Null),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Binary(op, l, r) => {
                // Two operands that are numbers already (`i < n`, `x + 1`) are
                // combined without a `JsResult` round trip per operand.
                if let (Some(x), Some(y)) = (self.quick_number(l), self.quick_number(r)) {
                    if let Some(v) = number_binary_leaf(*op, x, y) {
                        return Ok(v);
                    }
                }
                self.eval_binary(e, *op, l, r)
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => self.eval_call(callee, args, *optional),
            ExprKind::Assign { target, value } => self.eval_assign(target, value),
            ExprKind::Compound { op, target, value } => self.eval_compound(*op, target, value),
            ExprKind::Update { op, prefix, target } => {
                // `i++` on a frame-local number (the update of nearly every
                // counting loop) is answered here; the general case is out of line.
                if let Some(v) = self.update_local_number(*op, *prefix, target) {
                    return Ok(v);
                }
                self.eval_update(*op, *prefix, target)
            }
            ExprKind::Var(v) => self.eval_var(v),
            _ => self.eval_hot(e),
        }
    }

    /// Reads a variable for the evaluator. It is a small function of its own,
    /// reached by a tail call from `eval_node` and `eval_quick`, so a variable
    /// read (above all a captured module-level constant, which `eval_quick`
    /// cannot answer in place) pays neither the register saves of `eval_hot`
    /// nor a second dispatch on the node kind.
    #[inline(never)]
    pub(crate) fn eval_var(&mut self, v: &VarRef) -> JsResult<Value> {
        self.read_var(v)
    }

    /// The common nodes that need a frame: strings, members and
    /// the short-circuiting operators.
    #[inline(never)]
    fn eval_hot(&mut self, e: &Expr) -> JsResult<Value> {
        match &e.kind {
            ExprKind::Str(a) => Ok(self.atom_value(*a)),
            ExprKind::Member {
                object,
                prop,
                optional,
                pos,
            } => {
                let o = self.eval_quick(object)?;
                if let Value::Object(obj) = o {
                    match prop {
                        Prop::Named(a, cache) => return self.get_cached(obj, *a, cache),
                        // `state[kState]`: a symbol or string key read from a
                        // variable runs nothing, so the object needs no rooting
                        // and `keyed.rs` reads the property directly.
                        Prop::Computed(k) => {
                            if let Some(key) = self.quick_key(k) {
                                self.cur_span = *pos;
                                return self.get_keyed(obj, key);
                            }
                        }
                        Prop::Private(_) => {}
                    }
                }
                if *optional && o.is_nullish() {
                    return Err(Exc::ShortCircuit);
                }
                self.member_get(o, prop, *pos)
            }
            ExprKind::Logical(op, l, r) => {
                let a = self.eval_quick(l)?;
                let go_right = match op {
                    LogicalOp::And => self.to_boolean(a),
                    LogicalOp::Or => !self.to_boolean(a),
                    LogicalOp::Nullish => a.is_nullish(),
                };
                if go_right {
                    self.eval(r)
                } else {
                    Ok(a)
                }
            }
            ExprKind::Cond(t, c, a) => {
                let v = self.eval_quick(t)?;
                if self.to_boolean(v) {
                    self.eval(c)
                } else {
                    self.eval(a)
                }
            }
            _ => self.eval_cold(e),
        }
    }

    /// A binary operator whose operands are not both numbers already in hand.
    #[inline(never)]
    fn eval_binary(&mut self, e: &Expr, op: BinaryOp, l: &Expr, r: &Expr) -> JsResult<Value> {
        let a = self.eval_quick(l)?;
        if let Value::Number(x) = a {
            // The right side cannot disturb a number: no rooting needed. A
            // number literal there is read from the tree, not evaluated (so
            // `--trace-eval` shows no line for it either).
            let b = match &r.kind {
                ExprKind::Number(y) => Value::Number(*y),
                _ => self.eval_quick(r)?,
            };
            if let Value::Number(y) = b {
                if let Some(v) = number_binary(op, x, y) {
                    return Ok(v);
                }
            }
            return self.binary_slow(e, op, a, b);
        }
        let mark = self.stack.len();
        self.root(a);
        let b = self.eval_quick(r)?;
        if let Some(equal) = quick_equality(op, a, b) {
            self.stack.truncate(mark);
            return Ok(Value::Bool(equal));
        }
        let r = self.binary_slow(e, op, a, b);
        self.stack.truncate(mark);
        r
    }

    /// A binary operator on operands that are not both numbers (both rooted by
    /// the caller, or a number that needs no rooting).
    #[inline(never)]
    fn binary_slow(&mut self, e: &Expr, op: BinaryOp, a: Value, b: Value) -> JsResult<Value> {
        let mark = self.stack.len();
        self.root(b);
        self.cur_span = e.span;
        let r = self.binary(op, a, b);
        self.stack.truncate(mark);
        r
    }

    /// The less common expressions, kept out of `eval` so its stack frame stays
    /// small (the hot path is literals, variables, operators, members and calls).
    #[inline(never)]
    fn eval_cold(&mut self, e: &Expr) -> JsResult<Value> {
        match &e.kind {
            ExprKind::Unary(op, arg) => {
                let v = self.eval(arg)?;
                self.cur_span = e.span;
                self.unary(*op, v)
            }
            ExprKind::TypeofVar(v) => {
                let val = self.read_var_typeof(v)?;
                let a = self.typeof_atom(val);
                Ok(self.atom_value(a))
            }
            ExprKind::Delete(arg) => self.eval_delete(arg),
            ExprKind::CallWith { func, this, args } => self.eval_call_with(func, this, args),
            ExprKind::Regex { pattern, flags } => {
                self.cur_span = e.span;
                crate::builtins::regexp::regexp_literal(self, *pattern, *flags)
            }
            ExprKind::Template { quasis, exprs } => {
                let mut units: Vec<u16> = Vec::new();
                let mark = self.stack.len();
                for (i, q) in quasis.iter().enumerate() {
                    let s = self.atom_str(*q);
                    self.str(s).units().push_to(&mut units);
                    if let Some(x) = exprs.get(i) {
                        let v = self.eval(x)?;
                        self.root(v);
                        if let Value::Symbol(_) = v {
                            return Err(
                                self.type_error("Cannot convert a Symbol value to a string")
                            );
                        }
                        let s = self.to_string(v)?;
                        self.str(s).units().push_to(&mut units);
                    }
                }
                self.stack.truncate(mark);
                Ok(self.new_str_value(Units::from_vec16(units)))
            }
            ExprKind::TaggedTemplate {
                tag,
                cooked,
                raw,
                exprs,
                site,
            } => self.eval_tagged_template(e, tag, cooked, raw, exprs, *site),
            ExprKind::Array(elems) => self.eval_array(elems),
            ExprKind::Object {
                props,
                distinct_names,
            } => self.eval_object(props, *distinct_names),
            ExprKind::Function(code) => {
                let f = self.make_closure(code, None);
                Ok(Value::Object(f))
            }
            ExprKind::Class(c) => self.eval_class(c),
            ExprKind::PrivateIn(name, right) => {
                let r = self.eval(right)?;
                let Value::Object(o) = r else {
                    let n = self.atom_text(name.name);
                    let d = self.primitive_text(r);
                    return Err(self.type_error(&format!(
                        "Cannot use 'in' operator to search for '{n}' in {d}"
                    )));
                };
                let k = self.private_key(name)?;
                Ok(Value::Bool(self.obj(o).props.lookup(k).is_some()))
            }
            ExprKind::Destructure { pattern, value } => {
                let v = self.eval(value)?;
                let mark = self.stack.len();
                self.root(v);
                self.bind_pattern(pattern, v)?;
                self.stack.truncate(mark);
                Ok(v)
            }
            ExprKind::New { callee, args } => {
                let mark = self.stack.len();
                let f = self.eval_var_first(callee)?;
                self.stack.truncate(mark);
                self.stack.push(f);
                self.stack.push(Value::Undefined);
                let argc = self.push_args(args)?;
                self.cur_span = e.span;
                // A closure, the usual constructor, is entered directly (as in
                // `eval_call`); the rest are checked and take `call_stacked`.
                if let Some((fo, code, env)) = self.constructor_closure(f) {
                    let r = self.call_closure(
                        fo,
                        code,
                        env,
                        Value::Undefined,
                        mark + 2,
                        argc,
                        Some(fo),
                    );
                    self.stack.truncate(mark);
                    return r;
                }
                let Value::Object(fo) = f else {
                    let d = self.callee_text(callee);
                    return Err(self.type_error(&format!("{d} is not a constructor")));
                };
                if !self.is_constructor(f) {
                    let d = self.callee_text(callee);
                    return Err(self.type_error(&format!("{d} is not a constructor")));
                }
                let r = self.call_stacked(mark + 2, argc, Some(fo));
                self.stack.truncate(mark);
                r
            }
            ExprKind::OptionalChain(inner) => match self.eval(inner) {
                Err(Exc::ShortCircuit) => Ok(Value::Undefined),
                r => r,
            },
            ExprKind::SuperMember { home, this, prop } => {
                let this_v = self.read_var(this)?;
                let mark = self.stack.len();
                self.root(this_v);
                let key = self.prop_key(prop)?;
                let proto = self.super_base(home)?;
                let r = match proto {
                    Some(p) => self.get_from(p, key, this_v),
                    None => Ok(Value::Undefined),
                };
                self.stack.truncate(mark);
                r
            }
            ExprKind::SuperCall {
                func,
                this,
                new_target,
                args,
            } => self.eval_super_call(e, func, this, new_target, args),
            ExprKind::Sequence(xs) => {
                let mut v = Value::Undefined;
                for x in xs {
                    v = self.eval(x)?;
                }
                Ok(v)
            }
            ExprKind::Yield { .. } | ExprKind::Await(_) => self.eval_yield(e),
            ExprKind::Unsupported(what) => {
                self.cur_span = e.span;
                Err(self.syntax_error(&format!("nodelet: {what} is not supported yet")))
            }
            _ => Ok(Value::Undefined),
        }
    }

    /// The source text of a callee, as V8 quotes it in "is not a function".
    pub(crate) fn callee_text(&self, callee: &Expr) -> String {
        self.render_expr(callee)
    }

    /// Renders an expression the way V8's CallPrinter does in messages:
    /// `o['a'].b` as `o.a.b`, calls as `f(...)`, anything else as
    /// `(intermediate value)`.
    fn render_expr(&self, e: &Expr) -> String {
        const OPAQUE: &str = "(intermediate value)";
        match &e.kind {
            ExprKind::Var(v) | ExprKind::TypeofVar(v) => self.atom_text(v.name),
            ExprKind::Number(n) => crate::number::number_to_string(*n),
            ExprKind::Str(a) => format!("\"{}\"", self.atom_text(*a)),
            ExprKind::Bool(b) => b.to_string(),
            ExprKind::Null => "null".into(),
            ExprKind::Undefined => "undefined".into(),
            ExprKind::Member {
                object,
                prop,
                optional,
                ..
            } => {
                let base = self.render_expr(object);
                let dot = if *optional { "?." } else { "." };
                match prop {
                    Prop::Named(a, _) => format!("{base}{dot}{}", self.atom_text(*a)),
                    Prop::Private(v) => format!("{base}{dot}{}", self.atom_text(v.name)),
                    Prop::Computed(k) => match &k.kind {
                        ExprKind::Str(a) => format!("{base}{dot}{}", self.atom_text(*a)),
                        _ => {
                            let q = if *optional { "?." } else { "" };
                            format!("{base}{q}[{}]", self.render_expr(k))
                        }
                    },
                }
            }
            ExprKind::SuperMember {
                prop: Prop::Named(a, _),
                ..
            } => format!("super.{}", self.atom_text(*a)),
            ExprKind::Call { callee, .. } => format!("{}(...)", self.render_expr(callee)),
            ExprKind::OptionalChain(inner) => self.render_expr(inner),
            ExprKind::Unary(UnaryOp::Void, arg) => format!("(void {})", self.render_expr(arg)),
            ExprKind::Object { props, .. } if props.is_empty() => "{}".into(),
            ExprKind::Object { .. } => "{(intermediate value)}".into(),
            ExprKind::Array(elems) if elems.is_empty() => "[]".into(),
            _ => OPAQUE.into(),
        }
    }

    /// The key of a member site (evaluates a computed key).
    fn prop_key(&mut self, prop: &Prop) -> JsResult<PropKey> {
        match prop {
            Prop::Named(a, _) => Ok(PropKey::Str(*a)),
            Prop::Computed(k) => {
                let kv = self.eval(k)?;
                self.to_property_key(kv)
            }
            Prop::Private(v) => self.private_key(v),
        }
    }

    /// The TypeError for a private name missing on an object: V8 words it
    /// differently for methods (a brand check) and for fields.
    pub(crate) fn private_brand_error(&mut self, key: PropKey, v: &crate::ir::VarRef) -> Exc {
        if let PropKey::Sym(s) = key {
            if let Some(class) = self.sym(s).method_of {
                let class = self.rust_string(class);
                let class = if class.is_empty() {
                    "anonymous".to_string()
                } else {
                    class
                };
                return self.type_error(&format!("Receiver must be an instance of class {class}"));
            }
        }
        let name = self.atom_text(v.name);
        self.type_error(&format!(
            "Cannot read private member {name} from an object whose class did not declare it"
        ))
    }

    pub(crate) fn private_key(&mut self, v: &crate::ir::VarRef) -> JsResult<PropKey> {
        match self.read_var(v)? {
            Value::Symbol(s) => Ok(PropKey::Sym(s)),
            _ => Err(self.type_error("Invalid private name")),
        }
    }

    pub(crate) fn prop_name_key(&mut self, p: &PropName) -> JsResult<PropKey> {
        match p {
            PropName::Atom(a) => Ok(PropKey::Str(*a)),
            PropName::Computed(e) => {
                let v = self.eval(e)?;
                self.to_property_key(v)
            }
            PropName::Private(v) => self.private_key(v),
        }
    }

    /// `o.prop` / `o[key]` / `o.#x` on an evaluated object value.
    #[inline(never)]
    fn member_get(&mut self, o: Value, prop: &Prop, pos: nodelet_parser::Span) -> JsResult<Value> {
        match prop {
            Prop::Named(a, cache) => {
                if let Value::Object(obj) = o {
                    return self.get_cached(obj, *a, cache);
                }
                self.cur_span = pos;
                self.get_value(o, PropKey::Str(*a))
            }
            Prop::Computed(k) => {
                let mark = self.stack.len();
                self.root(o);
                let kv = self.eval(k)?;
                // A symbol or string key on an object (`state[kState]`): the
                // key needs no conversion, so `keyed.rs` reads it directly.
                if let Value::Object(obj) = o {
                    if let Some(key) = self.quick_property_key(kv) {
                        self.cur_span = pos;
                        let r = self.get_keyed(obj, key);
                        self.stack.truncate(mark);
                        return r;
                    }
                }
                // Dense-array fast path: `a[i]` with an integer index in range.
                if let (Value::Object(obj), Value::Number(n)) = (o, kv) {
                    if let ObjectKind::Array(elems) = &self.obj(obj).kind {
                        let i = n as usize;
                        if i as f64 == n {
                            if let Some(&v) = elems.get(i) {
                                if !matches!(v, Value::Hole) {
                                    self.stack.truncate(mark);
                                    return Ok(v);
                                }
                            }
                        }
                    }
                }
                if let (Value::String(s), Value::Number(n)) = (o, kv) {
                    let i = n as usize;
                    if i as f64 == n {
                        if let Some(u) = self.str(s).units().at(i) {
                            self.stack.truncate(mark);
                            return Ok(self.unit_string(u));
                        }
                    }
                }
                self.root(kv);
                if o.is_nullish() {
                    self.cur_span = pos;
                    return Err(self.nullish_member_error(o, kv, false));
                }
                let key = self.to_property_key(kv)?;
                self.cur_span = pos;
                let r = self.get_value(o, key);
                self.stack.truncate(mark);
                r
            }
            Prop::Private(v) => {
                let key = self.private_key(v)?;
                let Value::Object(obj) = o else {
                    let name = self.atom_text(v.name);
                    return Err(self.type_error(&format!(
                        "Cannot read private member {name} from an object whose class did not declare it"
                    )));
                };
                match self.obj(obj).props.lookup(key).copied() {
                    Some(Property {
                        slot: crate::object::Slot::Data(v),
                        ..
                    }) => Ok(v),
                    Some(Property {
                        slot: crate::object::Slot::Accessor { get: Some(g), .. },
                        ..
                    }) => self.call(Value::Object(g), o, &[]),
                    Some(_) => {
                        let name = self.atom_text(v.name);
                        Err(self.type_error(&format!("'{name}' was defined without a getter")))
                    }
                    None => Err(self.private_brand_error(key, v)),
                }
            }
        }
    }

    /// V8's messages for spreading a non-iterable into a call.
    fn check_spreadable(&mut self, v: Value) -> JsResult<()> {
        if v.is_nullish() {
            let d = self.primitive_text(v);
            return Err(self.type_error(&format!(
                "{d} is not iterable (cannot read property undefined)"
            )));
        }
        if let Value::Object(o) = v {
            if self.is_pristine_array(o) {
                return Ok(());
            }
        }
        let m = self.get_value(v, PropKey::Sym(self.realm.sym_iterator))?;
        if !self.is_callable(m) {
            return Err(self.type_error(
                "Spread syntax requires ...iterable[Symbol.iterator] to be a function",
            ));
        }
        Ok(())
    }

    /// Evaluates arguments onto the value stack; returns how many were pushed.
    // Inlined into the callers (a call per call cost about 25 instructions);
    // spreads, the rare case, stay out of line.
    #[inline(always)]
    pub(crate) fn push_args(&mut self, args: &[Arg]) -> JsResult<usize> {
        // Evaluating an argument may leave rooted temporaries on the stack; they are
        // dropped before the argument itself is pushed, so the arguments stay
        // contiguous (no collection can happen between the two).
        let mut n = 0;
        for a in args {
            match a {
                Arg::Expr(x) => {
                    let mark = self.stack.len();
                    let v = self.eval_quick(x)?;
                    self.stack.truncate(mark);
                    self.stack.push(v);
                    n += 1;
                }
                Arg::Spread(x) => n += self.push_spread(x)?,
            }
        }
        Ok(n)
    }

    /// Pushes the elements of `...x` (see `push_args`) and returns how many.
    #[inline(never)]
    fn push_spread(&mut self, x: &Expr) -> JsResult<usize> {
        let mark = self.stack.len();
        let v = self.eval(x)?;
        if let Value::Object(o) = v {
            if self.is_pristine_array(o) {
                // The elements go straight onto the stack (holes read as
                // `undefined`), without a list between.
                self.stack.truncate(mark);
                let mut n = 0;
                if let ObjectKind::Array(elems) = &self.objects.get(o).kind {
                    n = elems.len();
                    self.stack.extend(elems.iter().map(|&v| match v {
                        Value::Hole => Value::Undefined,
                        v => v,
                    }));
                }
                return Ok(n);
            }
        }
        self.root(v);
        self.check_spreadable(v)?;
        let items = self.iterate_to_vec(v)?;
        self.stack.truncate(mark);
        let n = items.len();
        self.stack.extend(items);
        Ok(n)
    }

    #[inline(never)]
    fn eval_call(&mut self, callee: &Expr, args: &[Arg], optional: bool) -> JsResult<Value> {
        let mark = self.stack.len();
        let mut call_pos = callee.span;
        let (f, this) = match &callee.kind {
            ExprKind::Member {
                object,
                prop,
                optional: opt,
                pos,
            } => {
                let o = self.eval_var_first(object)?;
                if *opt && o.is_nullish() {
                    return Err(Exc::ShortCircuit);
                }
                self.root(o);
                // A named method of an object (`o.m(…)`) is read through the
                // site's cache straight away, as in `eval_hot`.
                let f = match (o, prop) {
                    (Value::Object(obj), Prop::Named(a, cache)) => {
                        self.get_cached(obj, *a, cache)?
                    }
                    _ => self.member_get(o, prop, *pos)?,
                };
                call_pos = *pos;
                (f, o)
            }
            ExprKind::SuperMember { this, .. } => {
                let f = self.eval(callee)?;
                self.root(f);
                (f, self.read_var(this)?)
            }
            _ => (self.eval_var_first(callee)?, Value::Undefined),
        };
        if optional && f.is_nullish() {
            self.stack.truncate(mark);
            return Err(Exc::ShortCircuit);
        }
        self.stack.truncate(mark);
        self.stack.extend_from_slice(&[f, this]);
        let argc = self.push_args(args)?;
        self.cur_span = call_pos;
        // A closure or a native, the usual callees, is entered directly: one
        // look at the callee object shows both that it is callable and how to
        // call it. Everything else (bound functions, class constructors, which
        // throw here) takes `call_stacked`.
        let r = match self.callee_entry(f) {
            CalleeEntry::Closure(fo, code, env) => {
                self.call_closure(fo, code, env, this, mark + 2, argc, None)
            }
            CalleeEntry::Native(fo, func) => {
                self.enter_native(fo, func, this, mark + 2, argc, None)
            }
            CalleeEntry::Other => self.call_stacked(mark + 2, argc, None),
            CalleeEntry::NotCallable => {
                let d = self.callee_text(callee);
                return Err(self.type_error(&format!("{d} is not a function")));
            }
        };
        self.stack.truncate(mark);
        r
    }

    /// A call with an explicit `this`: both were evaluated before the arguments
    /// (into temporaries named after the callee's source text, so that the
    /// "is not a function" message still quotes it).
    fn eval_call_with(&mut self, func: &Expr, this: &Expr, args: &[Arg]) -> JsResult<Value> {
        let mark = self.stack.len();
        let f = self.eval(func)?;
        self.root(f);
        let t = self.eval(this)?;
        self.stack.truncate(mark);
        self.stack.push(f);
        self.stack.push(t);
        let argc = self.push_args(args)?;
        self.cur_span = func.span;
        if !self.is_callable(f) {
            let d = self.callee_text(func);
            return Err(self.type_error(&format!("{d} is not a function")));
        }
        let r = self.call_stacked(mark + 2, argc, None);
        self.stack.truncate(mark);
        r
    }

    /// Assignment. The commonest kind, `o.name = v` with `v` a literal or a
    /// variable read in place (`this.x = x` in constructors), stores without
    /// rooting anything: between evaluating the object and storing, nothing
    /// runs script or allocates, so no collection can happen while the two
    /// values are held here (a setter the store may call gets them as its
    /// receiver and argument, which the call roots).
    #[inline(never)]
    fn eval_assign(&mut self, target: &Target, value: &Expr) -> JsResult<Value> {
        match target {
            Target::Member {
                object,
                prop: Prop::Named(a, cache),
            } => {
                let o = self.eval_quick(object)?;
                if let Value::Object(obj) = o {
                    if let Some(val) = self.quick_operand(value) {
                        self.cur_span = object.span;
                        self.set_cached(obj, *a, val, &cache.hint)?;
                        return Ok(val);
                    }
                }
                self.assign_named(o, object, *a, cache, value)
            }
            Target::Var(v) => {
                let val = self.eval_quick(value)?;
                self.write_var(v, val)?;
                Ok(val)
            }
            _ => self.assign_general(target, value),
        }
    }

    /// The value of an operand that can be had without evaluating anything
    /// that may run script, allocate or throw: a literal, or a frame-local or
    /// captured variable outside its TDZ. `None` for everything else (global
    /// variables, whose reads may run a getter) and whenever tracing is on.
    #[inline(always)]
    fn quick_operand(&self, e: &Expr) -> Option<Value> {
        if self.eval_trace.is_some() {
            return None;
        }
        match &e.kind {
            ExprKind::Var(v) => {
                let val = match v.loc {
                    crate::ir::Loc::Local(i) => self.stack.get(self.base + i as usize).copied(),
                    crate::ir::Loc::Env { hops, slot } => self.env_value(hops, slot),
                    crate::ir::Loc::Global => None,
                }?;
                if v.tdz && matches!(val, Value::Hole) {
                    return None;
                }
                Some(val)
            }
            ExprKind::Number(n) => Some(Value::Number(*n)),
            ExprKind::Str(a) => Some(self.atom_value(*a)),
            ExprKind::Undefined => Some(Value::Undefined),
            ExprKind::Null => Some(Value::Null),
            ExprKind::Bool(b) => Some(Value::Bool(*b)),
            _ => None,
        }
    }

    /// The property key a computed member's key expression names when it can
    /// be had without running anything (`quick_operand`) and needs no
    /// conversion: a symbol, or a string. `None` for everything else.
    #[inline(always)]
    fn quick_key(&mut self, k: &Expr) -> Option<PropKey> {
        let kv = self.quick_operand(k)?;
        self.quick_property_key(kv)
    }

    /// The number an operand is when it can be had without running anything:
    /// a number `quick_operand`, or `~` of one (`state[kState] &= ~kFlag`,
    /// all over node's stream code). `None` for everything else.
    #[inline(always)]
    fn quick_number_operand(&self, e: &Expr) -> Option<f64> {
        match &e.kind {
            ExprKind::Unary(UnaryOp::BitNot, arg) => match self.quick_operand(arg)? {
                Value::Number(n) => Some(f64::from(!crate::ops::f64_to_int32(n))),
                _ => None,
            },
            _ => match self.quick_operand(e)? {
                Value::Number(n) => Some(n),
                _ => None,
            },
        }
    }

    /// `o.name = value` for any right side, with `o` already evaluated: the
    /// object is rooted while the right side is evaluated.
    #[inline(never)]
    fn assign_named(
        &mut self,
        o: Value,
        object: &Expr,
        a: crate::value::Atom,
        cache: &crate::ir::PropCache,
        value: &Expr,
    ) -> JsResult<Value> {
        let mark = self.stack.len();
        self.root(o);
        let val = self.eval_quick(value)?;
        self.root(val);
        self.cur_span = object.span;
        match o {
            Value::Object(obj) => self.set_cached(obj, a, val, &cache.hint)?,
            _ => self.set_value(o, PropKey::Str(a), val)?,
        }
        self.stack.truncate(mark);
        Ok(val)
    }

    /// Assignment to a variable, a computed or private member, or a `super`
    /// member.
    #[inline(never)]
    fn assign_general(&mut self, target: &Target, value: &Expr) -> JsResult<Value> {
        match target {
            Target::Var(v) => {
                let val = self.eval_quick(value)?;
                self.write_var(v, val)?;
                Ok(val)
            }
            Target::Member { object, prop } => {
                let mark = self.stack.len();
                let o = self.eval_quick(object)?;
                self.root(o);
                let key = match prop {
                    Prop::Named(a, _) => PropKey::Str(*a),
                    Prop::Computed(k) => {
                        let kv = self.eval(k)?;
                        // Dense-array fast path for `a[i] = v`.
                        if let (Value::Object(obj), Value::Number(n)) = (o, kv) {
                            let val = self.eval(value)?;
                            if self.array_store_fast(obj, n, val) {
                                self.stack.truncate(mark);
                                return Ok(val);
                            }
                            self.root(val);
                            let key = self.to_property_key(kv)?;
                            self.cur_span = object.span;
                            self.set_value(o, key, val)?;
                            self.stack.truncate(mark);
                            return Ok(val);
                        }
                        // The key is converted after the right side is
                        // evaluated, and not at all when the base is null or
                        // undefined (`PutValue` makes the base an object first).
                        self.root(kv);
                        let val = self.eval_quick(value)?;
                        self.root(val);
                        if o.is_nullish() {
                            self.cur_span = object.span;
                            return Err(self.nullish_member_error(o, kv, true));
                        }
                        let key = self.property_key_rooted(kv)?;
                        self.cur_span = object.span;
                        match o {
                            Value::Object(obj) => self.set_keyed(obj, key, val)?,
                            _ => self.set_value(o, key, val)?,
                        }
                        self.stack.truncate(mark);
                        return Ok(val);
                    }
                    Prop::Private(v) => {
                        let val = self.eval(value)?;
                        self.root(val);
                        self.private_set(o, v, val)?;
                        self.stack.truncate(mark);
                        return Ok(val);
                    }
                };
                if let PropKey::Sym(s) = key {
                    self.root(Value::Symbol(s));
                }
                let val = self.eval_quick(value)?;
                self.root(val);
                self.cur_span = object.span;
                match (o, prop) {
                    (Value::Object(obj), Prop::Named(a, cache)) => {
                        self.set_cached(obj, *a, val, &cache.hint)?
                    }
                    _ => self.set_value(o, key, val)?,
                }
                self.stack.truncate(mark);
                Ok(val)
            }
            Target::SuperMember { home, this, prop } => {
                let mark = self.stack.len();
                let this_v = self.read_var(this)?;
                self.root(this_v);
                let key = self.prop_key(prop)?;
                let val = self.eval(value)?;
                self.root(val);
                if let Some(p) = self.super_base(home)? {
                    self.set_to(p, key, val, this_v)?;
                }
                self.stack.truncate(mark);
                Ok(val)
            }
        }
    }

    /// Stores `a[n] = v` directly when `a` is an ordinary extensible dense array
    /// and `n` an index within (or just past) its elements.
    fn array_store_fast(&mut self, o: ObjRef, n: f64, v: Value) -> bool {
        let obj = self.obj_mut(o);
        if obj.frozen_elements || !obj.extensible {
            return false;
        }
        if let ObjectKind::Array(elems) = &mut obj.kind {
            let i = n as usize;
            if i as f64 != n {
                return false;
            }
            if i < elems.len() {
                elems[i] = v;
                return true;
            }
            if i == elems.len() {
                elems.push(v);
                return true;
            }
        }
        false
    }

    pub(crate) fn private_set(
        &mut self,
        o: Value,
        v: &crate::ir::VarRef,
        val: Value,
    ) -> JsResult<()> {
        let key = self.private_key(v)?;
        let name = self.atom_text(v.name);
        let Value::Object(obj) = o else {
            return Err(self.type_error(&format!(
                "Cannot write private member {name} to an object whose class did not declare it"
            )));
        };
        match self.obj(obj).props.lookup(key).copied() {
            Some(Property {
                slot: crate::object::Slot::Data(_),
                attrs,
            }) => {
                if attrs & crate::object::WRITABLE == 0 {
                    return Err(
                        self.type_error(&format!("Private method '{name}' is not writable"))
                    );
                }
                self.define(obj, key, Property::data(val, attrs));
                Ok(())
            }
            Some(Property {
                slot: crate::object::Slot::Accessor { set: Some(s), .. },
                ..
            }) => {
                self.call(Value::Object(s), o, &[val])?;
                Ok(())
            }
            Some(_) => Err(self.type_error(&format!("'{name}' was defined without a setter"))),
            None => Err(self.type_error(&format!(
                "Cannot write private member {name} to an object whose class did not declare it"
            ))),
        }
    }

    /// Reads a target's current value and returns what writing back needs.
    fn read_target(&mut self, target: &Target) -> JsResult<(Value, Value, Option<PropKey>)> {
        match target {
            Target::Var(v) => Ok((self.read_var(v)?, Value::Undefined, None)),
            Target::Member { object, prop } => {
                let o = self.eval(object)?;
                self.root(o);
                let (cur, key) = self.read_member(o, object.span, prop)?;
                Ok((cur, o, Some(key)))
            }
            Target::SuperMember { home, this, prop } => {
                let this_v = self.read_var(this)?;
                self.root(this_v);
                let key = self.prop_key(prop)?;
                let cur = match self.super_base(home)? {
                    Some(p) => self.get_from(p, key, this_v)?,
                    None => Value::Undefined,
                };
                Ok((cur, this_v, Some(key)))
            }
        }
    }

    /// Reads `o.name` / `o[key]` / `o.#x` for a compound assignment or an
    /// update (`o` rooted by the caller) and returns the value with the key
    /// the write-back uses. `GetValue` order: the key expression is evaluated,
    /// the base is made an object (a TypeError for null or undefined), and only
    /// then is the key converted, once for both the read and the write.
    fn read_member(
        &mut self,
        o: Value,
        span: nodelet_parser::Span,
        prop: &Prop,
    ) -> JsResult<(Value, PropKey)> {
        let key = match prop {
            Prop::Private(v) => {
                let key = self.private_key(v)?;
                let cur = self.member_get(o, prop, span)?;
                return Ok((cur, key));
            }
            Prop::Named(a, cache) => {
                self.cur_span = span;
                let cur = match o {
                    Value::Object(obj) => self.get_cached(obj, *a, cache)?,
                    _ => self.get_value(o, PropKey::Str(*a))?,
                };
                return Ok((cur, PropKey::Str(*a)));
            }
            Prop::Computed(k) => {
                let kv = self.eval(k)?;
                self.root(kv);
                if o.is_nullish() {
                    self.cur_span = span;
                    return Err(self.nullish_member_error(o, kv, false));
                }
                self.property_key_rooted(kv)?
            }
        };
        self.cur_span = span;
        let cur = match o {
            Value::Object(obj) => self.get_keyed(obj, key)?,
            _ => self.get_value(o, key)?,
        };
        Ok((cur, key))
    }

    /// Writes back `o.name` / `o[key]` after a compound assignment or an
    /// update read it with `read_member`.
    fn write_member(&mut self, o: Value, prop: &Prop, key: PropKey, val: Value) -> JsResult<()> {
        match (o, prop) {
            (_, Prop::Private(v)) => self.private_set(o, v, val),
            (Value::Object(obj), Prop::Named(a, cache)) => {
                self.set_cached(obj, *a, val, &cache.hint)
            }
            (Value::Object(obj), _) => self.set_keyed(obj, key, val),
            _ => self.set_value(o, key, val),
        }
    }

    /// `o[key] op= value` (and `o.name op= value`) for an arithmetic or
    /// bitwise operator: `eval_compound`'s steps without the general target
    /// plumbing, since node's stream code does `state[kState] |= kFlag` on
    /// most paths.
    fn compound_member(
        &mut self,
        op: BinaryOp,
        object: &Expr,
        prop: &Prop,
        value: &Expr,
    ) -> JsResult<Value> {
        let o = self.eval_quick(object)?;
        if let Value::Object(obj) = o {
            if let Some(y) = self.quick_number_operand(value) {
                if let Some((_, v)) = self.member_update_quick(op, obj, prop, y) {
                    return Ok(v);
                }
            }
        }
        let mark = self.stack.len();
        self.root(o);
        let (cur, key) = self.read_member(o, object.span, prop)?;
        self.root(cur);
        let rhs = self.eval(value)?;
        let result = match (cur, rhs) {
            (Value::Number(x), Value::Number(y)) => match number_binary(op, x, y) {
                Some(v) => v,
                None => self.binary(op, cur, rhs)?,
            },
            _ => {
                self.root(rhs);
                self.binary(op, cur, rhs)?
            }
        };
        self.root(result);
        self.write_member(o, prop, key, result)?;
        self.stack.truncate(mark);
        Ok(result)
    }

    /// `o.name op= y` / `o[key] op= y` (and `++`/`--`) done in place when
    /// nothing between the read and the write can run script: the key is a
    /// `quick_key`, the right side a number in hand, and the property an own
    /// writable data property holding a number (`update_number_in_place`).
    /// Gives the old number and the new value; `None`, having done nothing,
    /// for every other case.
    #[inline(always)]
    fn member_update_quick(
        &mut self,
        op: BinaryOp,
        obj: ObjRef,
        prop: &Prop,
        y: f64,
    ) -> Option<(f64, Value)> {
        match prop {
            Prop::Named(a, cache) => {
                self.update_number_in_place(obj, PropKey::Str(*a), Some(&cache.hint), op, y)
            }
            Prop::Computed(k) => {
                let key = self.quick_key(k)?;
                self.update_number_in_place(obj, key, None, op, y)
            }
            Prop::Private(_) => None,
        }
    }

    fn write_target(
        &mut self,
        target: &Target,
        base: Value,
        key: Option<PropKey>,
        val: Value,
    ) -> JsResult<()> {
        match (target, key) {
            (Target::Var(v), _) => self.write_var(v, val),
            (Target::Member { prop, .. }, Some(k)) => self.write_member(base, prop, k, val),
            (Target::SuperMember { home, .. }, Some(k)) => {
                if let Some(p) = self.super_base(home)? {
                    self.set_to(p, k, val, base)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// A compound assignment; reached from `eval_node` by a tail call, since
    /// `state[kState] |= kFlag` is among the commonest statements of node's
    /// stream code and should not pay for the frames of `eval_hot` and
    /// `eval_cold` on the way.
    #[inline(never)]
    fn eval_compound(&mut self, op: AssignOp, target: &Target, value: &Expr) -> JsResult<Value> {
        if let (Target::Member { object, prop }, Some(bop)) = (target, op.binary()) {
            return self.compound_member(bop, object, prop, value);
        }
        let mark = self.stack.len();
        let (cur, base, key) = self.read_target(target)?;
        self.root(cur);
        let result = match op.binary() {
            Some(bop) => {
                let rhs = self.eval(value)?;
                self.root(rhs);
                self.binary(bop, cur, rhs)?
            }
            // The logical assignments (`&&=`, `||=`, `??=`) may skip the write.
            None => {
                let assign = match op {
                    AssignOp::And => self.to_boolean(cur),
                    AssignOp::Or => !self.to_boolean(cur),
                    _ => cur.is_nullish(),
                };
                if !assign {
                    self.stack.truncate(mark);
                    return Ok(cur);
                }
                self.eval(value)?
            }
        };
        self.root(result);
        self.write_target(target, base, key, result)?;
        self.stack.truncate(mark);
        Ok(result)
    }

    /// `++`/`--` on a writable frame-local binding that holds a number: the
    /// result, or `None` when the target is anything else (then `eval_update`
    /// does the general work). A number is never in the TDZ, so no check is due.
    #[inline(always)]
    fn update_local_number(
        &mut self,
        op: UpdateOp,
        prefix: bool,
        target: &Target,
    ) -> Option<Value> {
        let Target::Var(v) = target else { return None };
        let crate::ir::Loc::Local(i) = v.loc else {
            return None;
        };
        if !matches!(v.kind, crate::ir::BindKind::Var | crate::ir::BindKind::Let) {
            return None;
        }
        let slot = self.stack.get_mut(self.base + i as usize)?;
        let Value::Number(n) = *slot else { return None };
        let new = if op == UpdateOp::Increment {
            n + 1.0
        } else {
            n - 1.0
        };
        *slot = Value::Number(new);
        Some(Value::Number(if prefix { new } else { n }))
    }

    /// `o.name++` / `o[key]--` and the prefix forms (`state.pendingcb++` in
    /// node's stream code): in place when `member_update_quick` can, else
    /// `read_target` and `write_target`'s steps for a member.
    fn update_member(
        &mut self,
        op: UpdateOp,
        prefix: bool,
        object: &Expr,
        prop: &Prop,
    ) -> JsResult<Value> {
        let o = self.eval_quick(object)?;
        if let Value::Object(obj) = o {
            let bop = if op == UpdateOp::Increment {
                BinaryOp::Add
            } else {
                BinaryOp::Sub
            };
            if let Some((old, new)) = self.member_update_quick(bop, obj, prop, 1.0) {
                return Ok(if prefix { new } else { Value::Number(old) });
            }
        }
        let mark = self.stack.len();
        self.root(o);
        let (cur, key) = self.read_member(o, object.span, prop)?;
        let old = self.to_number(cur)?;
        let new = stepped(op, old);
        self.write_member(o, prop, key, Value::Number(new))?;
        self.stack.truncate(mark);
        Ok(Value::Number(if prefix { new } else { old }))
    }

    /// `++`/`--` in general: any target, with `ToNumber` on the old value.
    #[inline(never)]
    fn eval_update(&mut self, op: UpdateOp, prefix: bool, target: &Target) -> JsResult<Value> {
        if let Target::Member { object, prop } = target {
            return self.update_member(op, prefix, object, prop);
        }
        let mark = self.stack.len();
        let (cur, base, key) = self.read_target(target)?;
        let old = self.to_number(cur)?;
        let new = stepped(op, old);
        self.write_target(target, base, key, Value::Number(new))?;
        self.stack.truncate(mark);
        Ok(Value::Number(if prefix { new } else { old }))
    }

    fn eval_delete(&mut self, arg: &Expr) -> JsResult<Value> {
        match &arg.kind {
            ExprKind::Member {
                object,
                prop,
                optional,
                ..
            } => {
                let mark = self.stack.len();
                let o = self.eval(object)?;
                if *optional && o.is_nullish() {
                    return Err(Exc::ShortCircuit);
                }
                self.root(o);
                let key = self.prop_key(prop)?;
                if o.is_nullish() {
                    let k = self.key_text(key);
                    let what = if matches!(o, Value::Null) {
                        "null"
                    } else {
                        "undefined"
                    };
                    return Err(self.type_error(&format!(
                        "Cannot convert undefined or null to object (deleting '{k}' of {what})"
                    )));
                }
                let obj = self.to_object(o)?;
                let ok = self.delete(obj, key);
                if !ok && self.is_strict() {
                    let k = self.key_text(key);
                    let d = self.describe_object_brief(obj);
                    return Err(self.type_error(&format!("Cannot delete property '{k}' of {d}")));
                }
                self.stack.truncate(mark);
                Ok(Value::Bool(ok))
            }
            ExprKind::OptionalChain(inner) => match self.eval_delete(inner) {
                Err(Exc::ShortCircuit) => Ok(Value::Bool(true)),
                r => r,
            },
            ExprKind::Var(v) => {
                if v.loc == crate::ir::Loc::Global {
                    let g = self.realm.global;
                    return Ok(Value::Bool(self.delete(g, PropKey::Str(v.name))));
                }
                Ok(Value::Bool(false))
            }
            _ => {
                self.eval(arg)?;
                Ok(Value::Bool(true))
            }
        }
    }

    pub(crate) fn unary(&mut self, op: UnaryOp, v: Value) -> JsResult<Value> {
        Ok(match op {
            UnaryOp::Minus => Value::Number(-self.to_number(v)?),
            UnaryOp::Plus => Value::Number(self.to_number(v)?),
            UnaryOp::Not => Value::Bool(!self.to_boolean(v)),
            UnaryOp::BitNot => Value::Number(!self.to_int32(v)? as f64),
            UnaryOp::Typeof => {
                let a = self.typeof_atom(v);
                self.atom_value(a)
            }
            UnaryOp::Void => Value::Undefined,
            UnaryOp::Delete => Value::Bool(true),
        })
    }

    /// Binary operators on any values (both operands rooted by the caller).
    pub(crate) fn binary(&mut self, op: BinaryOp, a: Value, b: Value) -> JsResult<Value> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            if let Some(v) = number_binary(op, x, y) {
                return Ok(v);
            }
        }
        Ok(match op {
            BinaryOp::Add => return self.add(a, b),
            BinaryOp::StrictEq => Value::Bool(self.strict_equals(a, b)),
            BinaryOp::StrictNotEq => Value::Bool(!self.strict_equals(a, b)),
            BinaryOp::Eq => Value::Bool(self.loose_equals(a, b)?),
            BinaryOp::NotEq => Value::Bool(!self.loose_equals(a, b)?),
            BinaryOp::Lt => Value::Bool(self.less_than(a, b, true)? == Some(true)),
            BinaryOp::Gt => Value::Bool(self.less_than(b, a, false)? == Some(true)),
            BinaryOp::LtEq => Value::Bool(self.less_than(b, a, false)? == Some(false)),
            BinaryOp::GtEq => Value::Bool(self.less_than(a, b, true)? == Some(false)),
            BinaryOp::InstanceOf => Value::Bool(self.instance_of(a, b)?),
            BinaryOp::In => {
                let Value::Object(o) = b else {
                    let k = match a {
                        Value::Symbol(_) => "Symbol()".to_string(),
                        _ => self.to_rust_string(a)?,
                    };
                    let d = self.primitive_text(b);
                    return Err(self.type_error(&format!(
                        "Cannot use 'in' operator to search for '{k}' in {d}"
                    )));
                };
                let k = self.to_property_key(a)?;
                Value::Bool(self.has_property(o, k))
            }
            _ => {
                let x = self.to_number(a)?;
                let y = self.to_number(b)?;
                number_binary(op, x, y).unwrap_or(Value::Undefined)
            }
        })
    }

    fn eval_array(&mut self, elems: &[ArrayElem]) -> JsResult<Value> {
        let arr = self.new_array(Vec::with_capacity(elems.len()));
        let mark = self.stack.len();
        self.stack.push(Value::Object(arr));
        for el in elems {
            match el {
                ArrayElem::Expr(x) => {
                    let v = self.eval_quick(x)?;
                    self.array_push(arr, v);
                }
                ArrayElem::Hole => self.array_push(arr, Value::Hole),
                ArrayElem::Spread(x) => {
                    let v = self.eval(x)?;
                    self.root(v);
                    self.iterable_source = Some(x.span);
                    let items = self.iterate_to_vec(v)?;
                    if let ObjectKind::Array(es) = &mut self.obj_mut(arr).kind {
                        es.extend(items);
                    }
                }
            }
        }
        self.stack.truncate(mark);
        Ok(Value::Object(arr))
    }

    pub(crate) fn array_push(&mut self, arr: ObjRef, v: Value) {
        if let ObjectKind::Array(es) = &mut self.obj_mut(arr).kind {
            es.push(v);
        }
    }

    /// An object literal. With `distinct_names` (see `ExprKind::Object`) its
    /// plain values are appended without looking for an earlier property of
    /// the same name.
    fn eval_object(&mut self, props: &[ObjProp], distinct_names: bool) -> JsResult<Value> {
        let o = self.new_plain_object();
        if props.len() > 1 {
            // Room for every property up front (a spread may add more).
            self.obj_mut(o).props = crate::object::PropertyMap::with_capacity(props.len());
        }
        let mark = self.stack.len();
        self.stack.push(Value::Object(o));
        for p in props {
            match p {
                // Fast path: the compiler proved the names distinct, so the
                // property cannot be in the map yet and is appended without a
                // search (`put_data` looks for it first).
                ObjProp::Init(PropName::Atom(a), x) if distinct_names => {
                    let v = self.eval_quick(x)?;
                    self.obj_mut(o).props.push_data(PropKey::Str(*a), v);
                }
                ObjProp::Init(name, x) => {
                    let key = self.prop_name_key(name)?;
                    if let PropKey::Sym(s) = key {
                        self.root(Value::Symbol(s));
                    }
                    let v = self.eval(x)?;
                    if let (PropName::Computed(_), Value::Object(f)) = (name, v) {
                        self.name_anonymous_function(f, key);
                    }
                    // `o` is a fresh plain object: no exotic rule applies, so
                    // the property goes straight into its map.
                    self.obj_mut(o).props.put_data(key, v);
                }
                ObjProp::Method(name, code) => {
                    let key = self.prop_name_key(name)?;
                    let f = self.make_closure(code, Some(o));
                    if matches!(name, PropName::Computed(_)) {
                        self.root(Value::Object(f));
                        self.set_function_name(f, key, None);
                    }
                    self.obj_mut(o).props.put_data(key, Value::Object(f));
                }
                ObjProp::Getter(name, code) | ObjProp::Setter(name, code) => {
                    let key = self.prop_name_key(name)?;
                    let f = self.make_closure(code, Some(o));
                    self.root(Value::Object(f));
                    let is_get = matches!(p, ObjProp::Getter(..));
                    self.set_function_name(f, key, Some(if is_get { "get" } else { "set" }));
                    let (g, s) = if is_get {
                        (Some(f), None)
                    } else {
                        (None, Some(f))
                    };
                    self.define_accessor(o, key, g, s, ENUMERABLE | CONFIGURABLE);
                }
                ObjProp::Proto(x) => {
                    let v = self.eval(x)?;
                    match v {
                        Value::Object(p) => self.set_proto(o, Some(p)),
                        Value::Null => self.set_proto(o, None),
                        _ => {}
                    }
                }
                ObjProp::Spread(x) => {
                    let v = self.eval(x)?;
                    self.root(v);
                    self.copy_data_properties(o, v, &[])?;
                }
            }
        }
        self.stack.truncate(mark);
        Ok(Value::Object(o))
    }

    /// Gives an anonymous function the name of the key it is stored under.
    fn name_anonymous_function(&mut self, f: ObjRef, key: PropKey) {
        if let ObjectKind::Function(c) = &self.obj(f).kind {
            if c.code.name == atoms::EMPTY
                && !matches!(c.code.kind, crate::ir::FnKind::ClassConstructor { .. })
            {
                self.set_function_name(f, key, None);
            }
        }
    }

    /// `CopyDataProperties` (object spread and rest), skipping `excluded` keys.
    pub(crate) fn copy_data_properties(
        &mut self,
        target: ObjRef,
        src: Value,
        excluded: &[PropKey],
    ) -> JsResult<()> {
        if src.is_nullish() {
            return Ok(());
        }
        let from = self.to_object(src)?;
        self.root(Value::Object(from));
        for k in self.own_keys(from) {
            if excluded.contains(&k) {
                continue;
            }
            if self.is_enumerable_own(from, k) == Some(true) {
                let v = self.get(from, k)?;
                self.create_data_property(target, k, v)?;
            }
        }
        Ok(())
    }

    fn eval_tagged_template(
        &mut self,
        e: &Expr,
        tag: &Expr,
        cooked: &[Option<crate::value::Atom>],
        raw: &[crate::value::Atom],
        exprs: &[Expr],
        site: u32,
    ) -> JsResult<Value> {
        let mark = self.stack.len();
        let (f, this) = match &tag.kind {
            ExprKind::Member { object, prop, .. } => {
                let o = self.eval(object)?;
                self.root(o);
                let f = self.member_get(o, prop, tag.span)?;
                (f, o)
            }
            _ => (self.eval(tag)?, Value::Undefined),
        };
        let strings = match self.template_sites.get(site as usize).copied().flatten() {
            Some(s) => s,
            None => {
                let cooked_vals: Vec<Value> = cooked
                    .iter()
                    .map(|c| c.map_or(Value::Undefined, |a| self.atom_value(a)))
                    .collect();
                let raw_vals: Vec<Value> = raw.iter().map(|&a| self.atom_value(a)).collect();
                let strings = self.new_array(cooked_vals);
                self.root(Value::Object(strings));
                let raw_arr = self.new_array(raw_vals);
                self.obj_mut(raw_arr).frozen_elements = true;
                self.obj_mut(raw_arr).extensible = false;
                self.define_value(strings, PropKey::Str(atoms::RAW), Value::Object(raw_arr), 0);
                self.obj_mut(strings).frozen_elements = true;
                self.obj_mut(strings).extensible = false;
                if let Some(slot) = self.template_sites.get_mut(site as usize) {
                    *slot = Some(strings);
                }
                strings
            }
        };
        self.stack.truncate(mark);
        self.stack.push(f);
        self.stack.push(this);
        self.stack.push(Value::Object(strings));
        for x in exprs {
            let before = self.stack.len();
            let v = self.eval(x)?;
            self.stack.truncate(before);
            self.stack.push(v);
        }
        self.cur_span = e.span;
        if !self.is_callable(f) {
            let d = self.callee_text(tag);
            return Err(self.type_error(&format!("{d} is not a function")));
        }
        let r = self.call_stacked(mark + 2, exprs.len() + 1, None);
        self.stack.truncate(mark);
        r
    }

    /// The object `super.x` reads from: the home object's prototype.
    fn super_base(&mut self, home: &crate::ir::VarRef) -> JsResult<Option<ObjRef>> {
        match self.read_var(home)? {
            Value::Object(h) => Ok(self.obj(h).proto),
            _ => Err(self.syntax_error("'super' keyword unexpected here")),
        }
    }

    fn eval_super_call(
        &mut self,
        e: &Expr,
        func: &crate::ir::VarRef,
        this: &crate::ir::VarRef,
        new_target: &crate::ir::VarRef,
        args: &[Arg],
    ) -> JsResult<Value> {
        let f = self.read_var(func)?;
        let Value::Object(fo) = f else {
            return Err(self.syntax_error("'super' keyword unexpected here"));
        };
        let parent = self.obj(fo).proto;
        let nt = self.read_var(new_target)?;
        let mark = self.stack.len();
        let parent_v = parent.map_or(Value::Null, Value::Object);
        self.stack.push(parent_v);
        self.stack.push(Value::Undefined);
        let argc = self.push_args(args)?;
        self.cur_span = e.span;
        // A closure parent, the usual case, is entered directly (as `new` does).
        let result = match (self.constructor_closure(parent_v), nt) {
            (Some((po, code, env)), Value::Object(nt)) => {
                self.call_closure(po, code, env, Value::Undefined, mark + 2, argc, Some(nt))?
            }
            _ => self.super_construct_other(fo, parent_v, nt, mark, argc)?,
        };
        self.stack.truncate(mark);
        if !matches!(self.read_var_raw(this), Value::Hole) {
            return Err(self.reference_error("Super constructor may only be called once"));
        }
        self.write_var_init(this, result);
        self.root(result);
        if let ObjectKind::Function(c) = &self.obj(fo).kind {
            if let Some(fields) = c.fields {
                self.call(Value::Object(fields), result, &[])?;
            }
        }
        Ok(result)
    }

    /// `super(...)` from the constructor `func` to a parent that is not a
    /// closure `new` may enter directly: a built-in, a bound function, or no
    /// constructor at all.
    fn super_construct_other(
        &mut self,
        func: ObjRef,
        parent_v: Value,
        nt: Value,
        mark: usize,
        argc: usize,
    ) -> JsResult<Value> {
        if !self.is_constructor(parent_v) {
            // V8 shows a parent that is null or a function (`extends null`
            // leaves `Function.prototype`) as `null`, after which class.
            let shown_as_null = match parent_v {
                Value::Object(p) => self.obj(p).is_callable(),
                _ => true,
            };
            let d = if shown_as_null {
                let name = match &self.obj(func).kind {
                    ObjectKind::Function(c) => self.atom_text(c.code.name),
                    _ => String::new(),
                };
                let class = if name.is_empty() {
                    "anonymous class".to_string()
                } else {
                    name
                };
                format!("Super constructor null of {class}")
            } else {
                "Super constructor".to_string()
            };
            return Err(self.type_error(&format!("{d} is not a constructor")));
        }
        let Value::Object(nt) = nt else {
            return Err(self.syntax_error("'super' keyword unexpected here"));
        };
        self.call_stacked(mark + 2, argc, Some(nt))
    }

    /// `ToPrimitive` for a value used as a string in templates etc.
    pub fn to_primitive_default(&mut self, v: Value) -> JsResult<Value> {
        self.to_primitive(v, Hint::Default)
    }
}

/// `===`/`!==` on two values that are not both strings (nor both numbers,
/// which `number_binary` answers), and `==`/`!=` with `null` or `undefined` on
/// either side: answers that need neither a string comparison nor a
/// conversion, so no call of `binary` (`x === null`, `cb == null`,
/// `ret === false`). `None` for everything else.
#[inline(always)]
fn quick_equality(op: BinaryOp, a: Value, b: Value) -> Option<bool> {
    let equal = match op {
        BinaryOp::StrictEq | BinaryOp::StrictNotEq => match (a, b) {
            (Value::String(_), Value::String(_)) | (Value::Number(_), Value::Number(_)) => {
                return None;
            }
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            _ => a.same_handle(b),
        },
        // Loose equality with null or undefined is true only for the other.
        BinaryOp::Eq | BinaryOp::NotEq if a.is_nullish() || b.is_nullish() => {
            a.is_nullish() && b.is_nullish()
        }
        _ => return None,
    };
    Some(equal == matches!(op, BinaryOp::StrictEq | BinaryOp::Eq))
}

/// Binary operators on two numbers; `None` for operators that are not numeric
/// (equality on numbers is numeric, so it is handled here too).
#[inline(always)]
pub(crate) fn number_binary(op: BinaryOp, x: f64, y: f64) -> Option<Value> {
    match number_binary_leaf(op, x, y) {
        Some(v) => Some(v),
        None => number_binary_lib(op, x, y),
    }
}

/// The cases of `number_binary` that need no call into the maths library:
/// all but `**`, `%` on non-integers, and the bitwise operators on numbers
/// beyond ±2^31 (whose ToInt32 needs `trunc` and a modulo). Being free of
/// calls, they are what `eval_node` can answer without a stack frame.
#[inline(always)]
fn number_binary_leaf(op: BinaryOp, x: f64, y: f64) -> Option<Value> {
    Some(match op {
        BinaryOp::Add => Value::Number(x + y),
        BinaryOp::Sub => Value::Number(x - y),
        BinaryOp::Mul => Value::Number(x * y),
        BinaryOp::Div => Value::Number(x / y),
        BinaryOp::Rem => Value::Number(int_rem(x, y)?),
        BinaryOp::Lt => Value::Bool(x < y),
        BinaryOp::Gt => Value::Bool(x > y),
        BinaryOp::LtEq => Value::Bool(x <= y),
        BinaryOp::GtEq => Value::Bool(x >= y),
        BinaryOp::StrictEq | BinaryOp::Eq => Value::Bool(x == y),
        BinaryOp::StrictNotEq | BinaryOp::NotEq => Value::Bool(x != y),
        BinaryOp::BitAnd
        | BinaryOp::BitOr
        | BinaryOp::BitXor
        | BinaryOp::Shl
        | BinaryOp::Shr
        | BinaryOp::UShr => {
            // Below 2^31 in magnitude, ToInt32 is truncation (NaN fails the test).
            if !(x.abs() < 2147483648.0 && y.abs() < 2147483648.0) {
                return None;
            }
            Value::Number(int32_binary(op, x as i32, y as i32)?)
        }
        BinaryOp::Exp | BinaryOp::In | BinaryOp::InstanceOf => return None,
    })
}

/// The rest of `number_binary`, out of line: each case calls into the maths
/// library.
#[inline(never)]
fn number_binary_lib(op: BinaryOp, x: f64, y: f64) -> Option<Value> {
    use crate::ops::f64_to_int32 as i32_of;
    Some(Value::Number(match op {
        BinaryOp::Rem => js_rem(x, y),
        BinaryOp::Exp => js_pow(x, y),
        _ => int32_binary(op, i32_of(x), i32_of(y))?,
    }))
}

/// A bitwise operator on two ToInt32 results; `None` for other operators.
#[inline(always)]
fn int32_binary(op: BinaryOp, a: i32, b: i32) -> Option<f64> {
    Some(match op {
        BinaryOp::BitAnd => (a & b) as f64,
        BinaryOp::BitOr => (a | b) as f64,
        BinaryOp::BitXor => (a ^ b) as f64,
        BinaryOp::Shl => a.wrapping_shl(b as u32 & 31) as f64,
        BinaryOp::Shr => (a >> (b as u32 & 31)) as f64,
        BinaryOp::UShr => ((a as u32) >> (b as u32 & 31)) as f64,
        _ => return None,
    })
}

/// `%` on a non-negative integer and a positive one, both at most 2^53 - 1
/// (the common case): an integer division instead of `fmod`. `None` otherwise.
#[inline(always)]
fn int_rem(x: f64, y: f64) -> Option<f64> {
    const MAX_SAFE: f64 = 9007199254740991.0;
    if !(x.is_sign_positive() && x <= MAX_SAFE && y > 0.0 && y <= MAX_SAFE) {
        return None;
    }
    let (a, b) = (x as i64, y as i64);
    // In this range the casts truncate exactly, so equality means an integer
    // (and `y` an integer above zero makes `b` at least one).
    if a as f64 != x || b as f64 != y {
        return None;
    }
    Some(a.checked_rem(b)? as f64)
}

/// `%` on numbers: integer operands (the common case) avoid the slow `fmod`.
fn js_rem(x: f64, y: f64) -> f64 {
    if let Some(r) = int_rem(x, y) {
        return r;
    }
    if y.is_infinite() && x.is_finite() {
        x
    } else {
        x % y
    }
}

/// `**` as JavaScript defines it (differs from `powf` for NaN exponents and ±1).
pub(crate) fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || ((x == 1.0 || x == -1.0) && y.is_infinite()) {
        return f64::NAN;
    }
    x.powf(y)
}

/// What `++` or `--` makes of the number `old`.
fn stepped(op: UpdateOp, old: f64) -> f64 {
    if op == UpdateOp::Increment {
        old + 1.0
    } else {
        old - 1.0
    }
}
