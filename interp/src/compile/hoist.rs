//! Hoisting suspensions out of expressions: the part of lowering that lets
//! `yield` and `await` appear at any depth although a suspension can only be
//! resumed at the root of a statement (see `suspend.rs`).
//!
//! Every `yield`/`await` nested in a larger expression becomes its own statement
//! `t = yield x;` writing a hidden frame slot (a temporary), preceded by
//! statements that store everything evaluated before it, in evaluation order,
//! into further temporaries; the rest of the expression then reads them. `&&`,
//! `||`, `??`, `?:` and `op=` become `if` statements so their right side only
//! runs when it would, and so do the links of an optional chain after a `?.`;
//! loop conditions move into the loop body so they are evaluated again on every
//! iteration.

use nodelet_parser::ast::{AssignOp, BinaryOp, LogicalOp, UnaryOp};
use nodelet_parser::Span;

use super::Compiler;
use crate::ir::*;
use crate::value::Atom;

/// How V8 names a value that has no source text of its own in messages.
const INTERMEDIATE: &str = "(intermediate value)";

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

fn block(body: Vec<Stmt>, span: Span) -> Stmt {
    stmt(
        StmtKind::Block(Block {
            scope: ScopeInfo::default(),
            body,
        }),
        span,
    )
}

fn read(v: &VarRef, span: Span) -> Expr {
    expr(ExprKind::Var(v.clone()), span)
}

fn init(v: &VarRef, value: Expr) -> Stmt {
    let span = value.span;
    stmt(StmtKind::Init(Pat::Init(v.clone()), Some(value)), span)
}

fn take(e: &mut Expr) -> Expr {
    let span = e.span;
    std::mem::replace(e, expr(ExprKind::Undefined, span))
}

fn unsupported(what: &'static str, span: Span) -> Expr {
    expr(ExprKind::Unsupported(what), span)
}

fn unsupported_stmt(what: &'static str, span: Span) -> Stmt {
    stmt(StmtKind::Expr(unsupported(what, span)), span)
}

/// A literal whose evaluation has no effect and can be repeated.
fn is_literal(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Undefined
            | ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Str(_)
    )
}

/// A copy of a literal or of a temporary's read (what `spill` returns).
fn dup(e: &Expr) -> Expr {
    let kind = match &e.kind {
        ExprKind::Var(v) => ExprKind::Var(v.clone()),
        ExprKind::Null => ExprKind::Null,
        ExprKind::Bool(b) => ExprKind::Bool(*b),
        ExprKind::Number(n) => ExprKind::Number(*n),
        ExprKind::Str(a) => ExprKind::Str(*a),
        _ => ExprKind::Undefined,
    };
    expr(kind, e.span)
}

fn dup_prop(p: &Prop) -> Prop {
    match p {
        Prop::Named(a, _) => Prop::Named(*a, crate::ir::PropCache::default()),
        Prop::Computed(k) => Prop::Computed(Box::new(dup(k))),
        Prop::Private(v) => Prop::Private(v.clone()),
    }
}

/// Whether an expression contains a `yield` or `await` of this function (inner
/// functions are separate bodies and are not looked into).
pub(super) fn suspends(e: &Expr) -> bool {
    use ExprKind as K;
    match &e.kind {
        K::Yield { .. } | K::Await(_) => true,
        K::Undefined
        | K::Null
        | K::Bool(_)
        | K::Number(_)
        | K::Str(_)
        | K::Regex { .. }
        | K::Var(_)
        | K::TypeofVar(_)
        | K::Function(_)
        | K::Unsupported(_) => false,
        K::Template { exprs, .. } => exprs.iter().any(suspends),
        K::TaggedTemplate { tag, exprs, .. } => suspends(tag) || exprs.iter().any(suspends),
        K::Array(elems) => elems.iter().any(|el| match el {
            ArrayElem::Expr(x) | ArrayElem::Spread(x) => suspends(x),
            ArrayElem::Hole => false,
        }),
        K::Object { props, .. } => props.iter().any(|p| match p {
            ObjProp::Init(k, v) => name_suspends(k) || suspends(v),
            ObjProp::Method(k, _) | ObjProp::Getter(k, _) | ObjProp::Setter(k, _) => {
                name_suspends(k)
            }
            ObjProp::Proto(x) | ObjProp::Spread(x) => suspends(x),
        }),
        K::Class(c) => {
            c.extends.as_ref().is_some_and(suspends)
                || c.members.iter().any(|m| match m {
                    ClassMember::Method { key, .. }
                    | ClassMember::Getter { key, .. }
                    | ClassMember::Setter { key, .. } => name_suspends(key),
                    ClassMember::FieldKey { key, .. } => suspends(key),
                    ClassMember::StaticInit(_) => false,
                })
        }
        K::Unary(_, x) | K::Delete(x) | K::PrivateIn(_, x) | K::OptionalChain(x) => suspends(x),
        K::Update { target, .. } => target_suspends(target),
        K::Binary(_, a, b) | K::Logical(_, a, b) => suspends(a) || suspends(b),
        K::Assign { target, value } | K::Compound { target, value, .. } => {
            target_suspends(target) || suspends(value)
        }
        K::Destructure { pattern, value } => pat_suspends(pattern) || suspends(value),
        K::Cond(a, b, c) => suspends(a) || suspends(b) || suspends(c),
        K::Call { callee, args, .. } | K::New { callee, args } => {
            suspends(callee) || args_suspend(args)
        }
        K::CallWith { func, this, args } => suspends(func) || suspends(this) || args_suspend(args),
        K::Member { object, prop, .. } => suspends(object) || prop_suspends(prop),
        K::SuperMember { prop, .. } => prop_suspends(prop),
        K::SuperCall { args, .. } => args_suspend(args),
        K::Sequence(xs) => xs.iter().any(suspends),
    }
}

fn args_suspend(args: &[Arg]) -> bool {
    args.iter().any(|a| match a {
        Arg::Expr(x) | Arg::Spread(x) => suspends(x),
    })
}

fn name_suspends(k: &PropName) -> bool {
    matches!(k, PropName::Computed(x) if suspends(x))
}

fn prop_suspends(p: &Prop) -> bool {
    matches!(p, Prop::Computed(x) if suspends(x))
}

fn target_suspends(t: &Target) -> bool {
    match t {
        Target::Var(_) => false,
        Target::Member { object, prop } => suspends(object) || prop_suspends(prop),
        Target::SuperMember { prop, .. } => prop_suspends(prop),
    }
}

fn pat_suspends(p: &Pat) -> bool {
    match p {
        Pat::Init(_) => false,
        Pat::Assign(t) => target_suspends(t),
        Pat::Array { elems, rest } => {
            elems.iter().flatten().any(pat_suspends) || rest.as_deref().is_some_and(pat_suspends)
        }
        Pat::Object { props, rest } => {
            props
                .iter()
                .any(|(k, p)| name_suspends(k) || pat_suspends(p))
                || rest.as_deref().is_some_and(pat_suspends)
        }
        Pat::Default { target, default } => pat_suspends(target) || suspends(default),
    }
}

/// A suspension the evaluator resumes by itself: `yield x` / `await x` whose
/// operand does not suspend.
fn clean_suspension(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield { arg, .. } => !arg.as_deref().is_some_and(suspends),
        ExprKind::Await(a) => !suspends(a),
        _ => false,
    }
}

/// Statement roots `eval/resume.rs` completes itself: `yield x;`, `v = yield x;`
/// and `[a, b] = yield x;`.
fn native_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Assign { target, value } => {
            matches!(**target, Target::Var(_)) && clean_suspension(value)
        }
        ExprKind::Destructure { pattern, value } => {
            !pat_suspends(pattern) && clean_suspension(value)
        }
        _ => clean_suspension(e),
    }
}

/// Whether a statement built from declarations or an expression suspends.
pub(super) fn stmt_suspends(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Expr(e) => suspends(e),
        StmtKind::Init(p, e) => pat_suspends(p) || e.as_ref().is_some_and(suspends),
        StmtKind::Block(b) => b.body.iter().any(stmt_suspends),
        _ => false,
    }
}

/// The test that decides whether the right side of `op` runs, given the left value.
fn logical_test(op: LogicalOp, left: Expr) -> Expr {
    let span = left.span;
    let kind = match op {
        LogicalOp::And => return left,
        LogicalOp::Or => ExprKind::Unary(UnaryOp::Not, Box::new(left)),
        // `x == null` holds exactly for `null` and `undefined`.
        LogicalOp::Nullish => ExprKind::Binary(
            BinaryOp::Eq,
            Box::new(left),
            Box::new(expr(ExprKind::Null, span)),
        ),
    };
    expr(kind, span)
}

fn not(e: Expr) -> Expr {
    let span = e.span;
    expr(ExprKind::Unary(UnaryOp::Not, Box::new(e)), span)
}

/// One operand of an expression, in evaluation order, with how its value is
/// kept when a later operand suspends.
enum Kid<'a> {
    /// A value: stored in a temporary.
    Val(&'a mut Expr),
    /// A spread iterated in place (`...x` in an array or call): its items are
    /// collected into a fresh array now and spread from it later.
    Iter(&'a mut Expr),
    /// An object spread: its properties are copied into a fresh object now.
    Props(&'a mut Expr),
}

impl Kid<'_> {
    fn suspends(&self) -> bool {
        match self {
            Kid::Val(x) | Kid::Iter(x) | Kid::Props(x) => suspends(x),
        }
    }
}

fn prop_kid<'a>(p: &'a mut Prop, out: &mut Vec<Kid<'a>>) {
    if let Prop::Computed(k) = p {
        out.push(Kid::Val(k));
    }
}

fn name_kid<'a>(p: &'a mut PropName, out: &mut Vec<Kid<'a>>) {
    if let PropName::Computed(k) = p {
        out.push(Kid::Val(k));
    }
}

fn target_kids<'a>(t: &'a mut Target, out: &mut Vec<Kid<'a>>) {
    match t {
        Target::Var(_) => {}
        Target::Member { object, prop } => {
            out.push(Kid::Val(object));
            prop_kid(prop, out);
        }
        Target::SuperMember { prop, .. } => prop_kid(prop, out),
    }
}

fn arg_kids<'a>(args: &'a mut [Arg], out: &mut Vec<Kid<'a>>) {
    for a in args {
        out.push(match a {
            Arg::Expr(x) => Kid::Val(x),
            Arg::Spread(x) => Kid::Iter(x),
        });
    }
}

/// The operands of an expression without control flow of its own, in the order
/// they are evaluated.
fn kids(kind: &mut ExprKind) -> Vec<Kid<'_>> {
    use ExprKind as K;
    let mut out = Vec::new();
    match kind {
        K::Template { exprs, .. } | K::Sequence(exprs) => {
            out.extend(exprs.iter_mut().map(Kid::Val))
        }
        K::TaggedTemplate { tag, exprs, .. } => {
            out.push(Kid::Val(tag));
            out.extend(exprs.iter_mut().map(Kid::Val));
        }
        K::Array(elems) => {
            for el in elems {
                match el {
                    ArrayElem::Expr(x) => out.push(Kid::Val(x)),
                    ArrayElem::Spread(x) => out.push(Kid::Iter(x)),
                    ArrayElem::Hole => {}
                }
            }
        }
        K::Object { props, .. } => {
            for p in props {
                match p {
                    ObjProp::Init(k, v) => {
                        name_kid(k, &mut out);
                        out.push(Kid::Val(v));
                    }
                    ObjProp::Method(k, _) | ObjProp::Getter(k, _) | ObjProp::Setter(k, _) => {
                        name_kid(k, &mut out)
                    }
                    ObjProp::Proto(x) => out.push(Kid::Val(x)),
                    ObjProp::Spread(x) => out.push(Kid::Props(x)),
                }
            }
        }
        K::Unary(_, x) | K::Delete(x) | K::PrivateIn(_, x) => out.push(Kid::Val(x)),
        K::Update { target, .. } => target_kids(target, &mut out),
        K::Binary(_, a, b) | K::Logical(_, a, b) => {
            out.push(Kid::Val(a));
            out.push(Kid::Val(b));
        }
        K::Assign { target, value } | K::Compound { target, value, .. } => {
            target_kids(target, &mut out);
            out.push(Kid::Val(value));
        }
        K::Destructure { value, .. } => out.push(Kid::Val(value)),
        K::Cond(test, ..) => out.push(Kid::Val(test)),
        K::Call { callee, args, .. } | K::New { callee, args } => {
            out.push(Kid::Val(callee));
            arg_kids(args, &mut out);
        }
        K::CallWith { func, this, args } => {
            out.push(Kid::Val(func));
            out.push(Kid::Val(this));
            arg_kids(args, &mut out);
        }
        K::Member { object, prop, .. } => {
            out.push(Kid::Val(object));
            prop_kid(prop, &mut out);
        }
        K::SuperMember { prop, .. } => prop_kid(prop, &mut out),
        K::SuperCall { args, .. } => arg_kids(args, &mut out),
        _ => {}
    }
    out
}

/// One step of an optional chain, from the object it starts from outwards.
enum Link {
    Member {
        prop: Prop,
        optional: bool,
        pos: Span,
        span: Span,
        /// The source text of the chain up to here, for messages.
        text: Atom,
    },
    Call {
        args: Vec<Arg>,
        optional: bool,
        span: Span,
    },
}

/// Calls `f` on the object an optional chain starts from (`a` in `a.b?.c()`).
fn with_chain_base<R>(e: &mut Expr, f: impl FnOnce(&mut Expr) -> R) -> R {
    match &mut e.kind {
        ExprKind::Member { object, .. } => with_chain_base(object, f),
        ExprKind::Call { callee, .. } => with_chain_base(callee, f),
        _ => f(e),
    }
}

impl Compiler<'_> {
    /// A fresh hidden frame slot. Its name is the source text of what it holds,
    /// so that messages such as "x.f is not a function" read as node's do.
    fn temp(&mut self, name: Atom, span: Span) -> VarRef {
        let slot = match self.funcs.last_mut() {
            Some(f) => {
                f.n_locals += 1;
                f.n_locals - 1
            }
            None => 0,
        };
        VarRef {
            loc: Loc::Local(slot),
            name,
            kind: BindKind::Var,
            tdz: false,
            span,
            global_hint: Default::default(),
        }
    }

    fn intermediate(&mut self, span: Span) -> VarRef {
        let name = self.atom(INTERMEDIATE);
        self.temp(name, span)
    }

    /// Stores a value in a temporary now; returns what reads it later. Literals
    /// and function expressions (whose creation has no visible effect, and
    /// which keep their inferred name this way) stay where they are.
    fn spill(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        if is_literal(&e) || matches!(e.kind, ExprKind::Function(_)) {
            return e;
        }
        self.spill_always(e, out)
    }

    /// Like `spill`, but the result can be copied with `dup`.
    fn spill_always(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        if is_literal(&e) {
            return e;
        }
        let span = e.span;
        let text = self.cx.callee_text(&e);
        let name = self.atom(&text);
        let t = self.temp(name, span);
        out.push(init(&t, e));
        read(&t, span)
    }

    fn spill_prop(&mut self, p: Prop, out: &mut Vec<Stmt>) -> Prop {
        match p {
            Prop::Computed(k) => {
                let k = self.lin(*k, out);
                Prop::Computed(Box::new(self.spill_always(k, out)))
            }
            p => p,
        }
    }

    /// Evaluates a target's object and key into temporaries now.
    fn spill_target(&mut self, t: Target, out: &mut Vec<Stmt>) -> Target {
        match t {
            Target::Member { object, prop } => {
                let o = self.lin(object, out);
                let object = self.spill_always(o, out);
                let prop = self.spill_prop(prop, out);
                Target::Member { object, prop }
            }
            Target::SuperMember { home, this, prop } => {
                let prop = self.spill_prop(prop, out);
                Target::SuperMember { home, this, prop }
            }
            t => t,
        }
    }

    /// Reads the current value of a spilled target.
    fn read_target(&mut self, t: &Target, span: Span) -> Expr {
        let kind = match t {
            Target::Var(v) => ExprKind::Var(v.clone()),
            Target::Member { object, prop } => ExprKind::Member {
                object: Box::new(dup(object)),
                prop: dup_prop(prop),
                optional: false,
                pos: span,
            },
            Target::SuperMember { home, this, prop } => ExprKind::SuperMember {
                home: home.clone(),
                this: this.clone(),
                prop: dup_prop(prop),
            },
        };
        expr(kind, span)
    }

    /// Linearises an expression: pushes onto `out` the statements that evaluate
    /// its suspensions (and whatever precedes them) and returns the rest of the
    /// expression, which no longer suspends.
    pub(super) fn lin(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        use ExprKind as K;
        if !suspends(&e) {
            return e;
        }
        let span = e.span;
        match e.kind {
            K::Yield { arg, delegate } => {
                let arg = arg.map(|a| Box::new(self.lin(*a, out)));
                let t = self.intermediate(span);
                out.push(init(&t, expr(K::Yield { arg, delegate }, span)));
                read(&t, span)
            }
            K::Await(a) => {
                let a = self.lin(*a, out);
                let t = self.intermediate(span);
                out.push(init(&t, expr(K::Await(Box::new(a)), span)));
                read(&t, span)
            }
            K::Logical(op, l, r) if suspends(&r) => {
                let l = self.lin(*l, out);
                let t = self.intermediate(span);
                out.push(init(&t, l));
                let mut inner = Vec::new();
                let r = self.lin(*r, &mut inner);
                inner.push(init(&t, r));
                let test = logical_test(op, read(&t, span));
                out.push(stmt(
                    StmtKind::If(test, Box::new(block(inner, span)), None),
                    span,
                ));
                read(&t, span)
            }
            K::Cond(test, a, b) if suspends(&a) || suspends(&b) => {
                let test = self.lin(*test, out);
                let t = self.intermediate(span);
                let mut then = Vec::new();
                let a = self.lin(*a, &mut then);
                then.push(init(&t, a));
                let mut other = Vec::new();
                let b = self.lin(*b, &mut other);
                other.push(init(&t, b));
                out.push(stmt(
                    StmtKind::If(
                        test,
                        Box::new(block(then, span)),
                        Some(Box::new(block(other, span))),
                    ),
                    span,
                ));
                read(&t, span)
            }
            K::Call {
                callee,
                args,
                optional,
            } if args_suspend(&args) => {
                if optional {
                    return unsupported(
                        "yield or await in the arguments of an optional call",
                        span,
                    );
                }
                self.lin_call(*callee, args, span, out)
            }
            K::Compound { op, target, value } if suspends(&value) => {
                self.lin_compound(op, *target, *value, span, out)
            }
            K::OptionalChain(mut inner) => {
                // When only the object the chain starts from suspends, it is
                // evaluated first and the chain stays as it is.
                let base = with_chain_base(&mut inner, take);
                if suspends(&inner) {
                    with_chain_base(&mut inner, |b| *b = base);
                    return self.lin_chain(*inner, span, out);
                }
                let base = self.lin(base, out);
                with_chain_base(&mut inner, |b| *b = base);
                expr(K::OptionalChain(inner), span)
            }
            K::Delete(x) if matches!(x.kind, K::OptionalChain(_)) => {
                unsupported("yield or await in `delete` of an optional chain", span)
            }
            K::Class(_) => unsupported("yield or await in a class definition", span),
            K::TaggedTemplate { tag, .. } if matches!(tag.kind, K::Member { .. }) => {
                unsupported("yield or await in a template tagged by a method", span)
            }
            K::Destructure { pattern, .. } if pat_suspends(&pattern) => {
                unsupported("yield or await in a destructuring default", span)
            }
            kind => {
                let mut e = expr(kind, span);
                self.lin_kids(kids(&mut e.kind), out);
                e
            }
        }
    }

    /// Linearises operands in order: those before the last one that suspends
    /// are stored in temporaries, the last is left to be finished in place.
    fn lin_kids(&mut self, kids: Vec<Kid<'_>>, out: &mut Vec<Stmt>) {
        let Some(last) = kids.iter().rposition(Kid::suspends) else {
            return;
        };
        for (i, kid) in kids.into_iter().enumerate().take(last + 1) {
            let keep = i < last;
            match kid {
                Kid::Val(x) => {
                    let r = self.lin(take(x), out);
                    *x = if keep { self.spill(r, out) } else { r };
                }
                Kid::Iter(x) => {
                    let r = self.lin(take(x), out);
                    *x = if keep {
                        let span = r.span;
                        let copy = expr(ExprKind::Array(vec![ArrayElem::Spread(r)]), span);
                        self.spill_always(copy, out)
                    } else {
                        r
                    };
                }
                Kid::Props(x) => {
                    let r = self.lin(take(x), out);
                    *x = if keep {
                        let span = r.span;
                        let copy = expr(
                            ExprKind::Object {
                                props: vec![ObjProp::Spread(r)],
                                distinct_names: false,
                            },
                            span,
                        );
                        self.spill_always(copy, out)
                    } else {
                        r
                    };
                }
            }
        }
    }

    /// Splits an optional chain into the object it starts from and its links.
    fn chain_links(&mut self, e: Expr, links: &mut Vec<Link>) -> Expr {
        let span = e.span;
        let text = self.cx.callee_text(&e);
        match e.kind {
            ExprKind::Member {
                object,
                prop,
                optional,
                pos,
            } => {
                let base = self.chain_links(*object, links);
                let text = self.atom(&text);
                links.push(Link::Member {
                    prop,
                    optional,
                    pos,
                    span,
                    text,
                });
                base
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => {
                let base = self.chain_links(*callee, links);
                links.push(Link::Call {
                    args,
                    optional,
                    span,
                });
                base
            }
            kind => expr(kind, span),
        }
    }

    /// An optional chain with a suspension after a `?.`: each link is evaluated
    /// into a temporary in turn, and each `?.` becomes `if (t != null) { rest }`,
    /// so nothing after a short circuit runs.
    fn lin_chain(&mut self, inner: Expr, span: Span, out: &mut Vec<Stmt>) -> Expr {
        let mut links = Vec::new();
        let base = self.chain_links(inner, &mut links);
        let result = self.intermediate(span);
        out.push(init(&result, expr(ExprKind::Undefined, span)));
        let mut levels: Vec<(Option<Expr>, Vec<Stmt>)> = vec![(None, Vec::new())];
        let mut cur = {
            let level = &mut levels[0].1;
            let b = self.lin(base, level);
            self.spill_always(b, level)
        };
        // The receiver of a call link: the object of the member link before it.
        let mut receiver: Option<Expr> = None;
        for link in links {
            let optional = match &link {
                Link::Member { optional, .. } | Link::Call { optional, .. } => *optional,
            };
            if optional {
                let cspan = cur.span;
                let test = ExprKind::Binary(
                    BinaryOp::NotEq,
                    Box::new(dup(&cur)),
                    Box::new(expr(ExprKind::Null, cspan)),
                );
                levels.push((Some(expr(test, cspan)), Vec::new()));
            }
            let Some((_, level)) = levels.last_mut() else {
                break;
            };
            match link {
                Link::Member {
                    prop,
                    pos,
                    span: mspan,
                    text,
                    ..
                } => {
                    let prop = self.spill_prop(prop, level);
                    let value = ExprKind::Member {
                        object: Box::new(dup(&cur)),
                        prop,
                        optional: false,
                        pos,
                    };
                    let t = self.temp(text, pos);
                    level.push(init(&t, expr(value, mspan)));
                    receiver = Some(dup(&cur));
                    cur = read(&t, pos);
                }
                Link::Call {
                    mut args,
                    span: cspan,
                    ..
                } => {
                    let mut ks = Vec::new();
                    arg_kids(&mut args, &mut ks);
                    self.lin_kids(ks, level);
                    let this = receiver
                        .take()
                        .unwrap_or_else(|| expr(ExprKind::Undefined, cspan));
                    let call = ExprKind::CallWith {
                        func: Box::new(dup(&cur)),
                        this: Box::new(this),
                        args,
                    };
                    let t = self.intermediate(cspan);
                    level.push(init(&t, expr(call, cspan)));
                    cur = read(&t, cspan);
                }
            }
        }
        if let Some((_, level)) = levels.last_mut() {
            level.push(init(&result, cur));
        }
        while levels.len() > 1 {
            let Some((test, body)) = levels.pop() else {
                break;
            };
            let Some((_, outer)) = levels.last_mut() else {
                break;
            };
            if let Some(test) = test {
                outer.push(stmt(
                    StmtKind::If(test, Box::new(block(body, span)), None),
                    span,
                ));
            }
        }
        if let Some((_, level)) = levels.pop() {
            out.extend(level);
        }
        read(&result, span)
    }

    /// A call whose arguments suspend: the function and `this` are evaluated
    /// first, into temporaries, and called with `CallWith`.
    fn lin_call(
        &mut self,
        callee: Expr,
        mut args: Vec<Arg>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let text = self.cx.callee_text(&callee);
        let name = self.atom(&text);
        let cspan = callee.span;
        let (func, this) = match callee.kind {
            ExprKind::Member {
                object,
                prop,
                optional: false,
                pos,
            } => {
                let o = self.lin(*object, out);
                let o = self.spill_always(o, out);
                let prop = self.spill_prop(prop, out);
                let f = self.temp(name, pos);
                let member = ExprKind::Member {
                    object: Box::new(dup(&o)),
                    prop,
                    optional: false,
                    pos,
                };
                out.push(init(&f, expr(member, cspan)));
                (read(&f, pos), o)
            }
            ExprKind::SuperMember { home, this, prop } => {
                let prop = self.spill_prop(prop, out);
                let this_read = read(&this, cspan);
                let f = self.temp(name, cspan);
                out.push(init(
                    &f,
                    expr(ExprKind::SuperMember { home, this, prop }, cspan),
                ));
                (read(&f, cspan), this_read)
            }
            ExprKind::Member { .. } => {
                return unsupported("yield or await in the arguments of an optional call", span)
            }
            kind => {
                let c = self.lin(expr(kind, cspan), out);
                let f = self.temp(name, cspan);
                out.push(init(&f, c));
                (read(&f, cspan), expr(ExprKind::Undefined, cspan))
            }
        };
        let mut ks = Vec::new();
        arg_kids(&mut args, &mut ks);
        self.lin_kids(ks, out);
        expr(
            ExprKind::CallWith {
                func: Box::new(func),
                this: Box::new(this),
                args,
            },
            span,
        )
    }

    /// `target op= value` whose value suspends: the target is read before the
    /// value is evaluated, as the language requires.
    fn lin_compound(
        &mut self,
        op: AssignOp,
        target: Target,
        value: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let target = self.spill_target(target, out);
        let old = self.intermediate(span);
        let current = self.read_target(&target, span);
        out.push(init(&old, current));
        let Some(bop) = op.binary() else {
            let lop = match op {
                AssignOp::And => LogicalOp::And,
                AssignOp::Or => LogicalOp::Or,
                _ => LogicalOp::Nullish,
            };
            let mut inner = Vec::new();
            let v = self.lin(value, &mut inner);
            inner.push(init(&old, v));
            let assign = ExprKind::Assign {
                target: Box::new(target),
                value: Box::new(read(&old, span)),
            };
            inner.push(stmt(StmtKind::Expr(expr(assign, span)), span));
            let test = logical_test(lop, read(&old, span));
            out.push(stmt(
                StmtKind::If(test, Box::new(block(inner, span)), None),
                span,
            ));
            return read(&old, span);
        };
        let v = self.lin(value, out);
        let sum = ExprKind::Binary(bop, Box::new(read(&old, span)), Box::new(v));
        expr(
            ExprKind::Assign {
                target: Box::new(target),
                value: Box::new(expr(sum, span)),
            },
            span,
        )
    }

    /// Hoists the suspensions of one statement's own expressions (its nested
    /// statements were hoisted when they were lowered). Returns the statement
    /// itself, or a plain block of the hoisted statements followed by it.
    pub(super) fn hoist(&mut self, s: Stmt) -> Stmt {
        let span = s.span;
        let mut out = Vec::new();
        let last = match s.kind {
            StmtKind::Expr(e) => {
                if native_expr(&e) || !suspends(&e) {
                    return stmt(StmtKind::Expr(e), span);
                }
                StmtKind::Expr(self.lin(e, &mut out))
            }
            StmtKind::Init(pat, value) => {
                if pat_suspends(&pat) {
                    return unsupported_stmt("yield or await in a destructuring default", span);
                }
                match value {
                    Some(e) if suspends(&e) && !clean_suspension(&e) => {
                        StmtKind::Init(pat, Some(self.lin(e, &mut out)))
                    }
                    value => return stmt(StmtKind::Init(pat, value), span),
                }
            }
            StmtKind::Return(Some(e)) if suspends(&e) && !clean_suspension(&e) => {
                StmtKind::Return(Some(self.lin(e, &mut out)))
            }
            StmtKind::Throw(e) if suspends(&e) => StmtKind::Throw(self.lin(e, &mut out)),
            StmtKind::If(test, cons, alt) if suspends(&test) => {
                StmtKind::If(self.lin(test, &mut out), cons, alt)
            }
            StmtKind::Switch { disc, scope, cases } => {
                let disc = self.lin(disc, &mut out);
                if !cases.iter().any(|(t, _)| t.as_ref().is_some_and(suspends)) {
                    StmtKind::Switch { disc, scope, cases }
                } else {
                    self.hoist_cases(disc, scope, cases, span, &mut out)
                }
            }
            StmtKind::ForOf {
                scope,
                head,
                right,
                body,
                labels,
                is_await,
            } => {
                if pat_suspends(&head) {
                    return unsupported_stmt("yield or await in a destructuring default", span);
                }
                let right = self.lin(right, &mut out);
                StmtKind::ForOf {
                    scope,
                    head,
                    right,
                    body,
                    labels,
                    is_await,
                }
            }
            StmtKind::ForIn {
                scope,
                head,
                right,
                body,
                labels,
            } => {
                if pat_suspends(&head) {
                    return unsupported_stmt("yield or await in a destructuring default", span);
                }
                let right = self.lin(right, &mut out);
                StmtKind::ForIn {
                    scope,
                    head,
                    right,
                    body,
                    labels,
                }
            }
            StmtKind::While { test, body, labels } if suspends(&test) => {
                // `while (c) body` runs as `while (true) { if (!c) break; body }`.
                let mut inner = Vec::new();
                self.exit_unless(test, &mut inner);
                inner.push(*body);
                StmtKind::While {
                    test: expr(ExprKind::Bool(true), span),
                    body: Box::new(block(inner, span)),
                    labels,
                }
            }
            StmtKind::DoWhile { body, test, labels } if suspends(&test) => {
                // The test runs at the top of every iteration but the first, so
                // that `continue` still reaches it.
                let first = self.intermediate(span);
                out.push(init(&first, expr(ExprKind::Bool(true), span)));
                let mut check = Vec::new();
                self.exit_unless(test, &mut check);
                let head = StmtKind::If(
                    read(&first, span),
                    Box::new(init(&first, expr(ExprKind::Bool(false), span))),
                    Some(Box::new(block(check, span))),
                );
                StmtKind::While {
                    test: expr(ExprKind::Bool(true), span),
                    body: Box::new(block(vec![stmt(head, span), *body], span)),
                    labels,
                }
            }
            StmtKind::For {
                scope,
                init: for_init,
                test,
                update,
                body,
                labels,
            } if for_init.as_deref().is_some_and(stmt_suspends)
                || test.as_ref().is_some_and(suspends)
                || update.as_ref().is_some_and(suspends) =>
            {
                self.hoist_for(scope, for_init, test, update, *body, labels, span, &mut out)
            }
            StmtKind::Try {
                block: b,
                catch: Some((scope, Some(pat), cb)),
                finally,
            } if pat_suspends(&pat) => {
                let _ = (b, scope, cb, finally);
                return unsupported_stmt("yield or await in a destructuring default", span);
            }
            kind => return stmt(kind, span),
        };
        if out.is_empty() {
            return stmt(last, span);
        }
        out.push(stmt(last, span));
        block(out, span)
    }

    /// A `switch` with suspending `case` tests: the tests run first, in order,
    /// until one matches (`m = i`), then the statement switches on `m` (a `case`
    /// test of `i` for clause `i`; `default` stays where it is).
    fn hoist_cases(
        &mut self,
        disc: Expr,
        scope: ScopeInfo,
        cases: Vec<(Option<Expr>, Vec<Stmt>)>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> StmtKind {
        let value = self.intermediate(span);
        out.push(init(&value, disc));
        let matched = self.intermediate(span);
        let none = || expr(ExprKind::Number(-1.0), span);
        out.push(init(&matched, none()));
        let mut clauses = Vec::new();
        for (i, (test, body)) in cases.into_iter().enumerate() {
            let Some(test) = test else {
                clauses.push((None, body));
                continue;
            };
            let index = || expr(ExprKind::Number(i as f64), span);
            let tspan = test.span;
            let mut inner = Vec::new();
            let t = self.lin(test, &mut inner);
            let hit = ExprKind::Binary(
                BinaryOp::StrictEq,
                Box::new(read(&value, tspan)),
                Box::new(t),
            );
            inner.push(stmt(
                StmtKind::If(expr(hit, tspan), Box::new(init(&matched, index())), None),
                tspan,
            ));
            let pending = ExprKind::Binary(
                BinaryOp::StrictEq,
                Box::new(read(&matched, tspan)),
                Box::new(none()),
            );
            out.push(stmt(
                StmtKind::If(expr(pending, tspan), Box::new(block(inner, tspan)), None),
                tspan,
            ));
            clauses.push((Some(index()), body));
        }
        StmtKind::Switch {
            disc: read(&matched, span),
            scope,
            cases: clauses,
        }
    }

    /// Pushes `if (!test) break;` with the test's suspensions hoisted before it.
    fn exit_unless(&mut self, test: Expr, out: &mut Vec<Stmt>) {
        let span = test.span;
        let t = self.lin(test, out);
        let brk = stmt(StmtKind::Break(None), span);
        out.push(stmt(StmtKind::If(not(t), Box::new(brk), None), span));
    }

    /// `for (init; test; update) body` with a suspension in its head: the loop
    /// keeps its scope (and per-iteration bindings) but its head moves into the
    /// body: `for (;;) { if (first) { first = false; init } else update;
    /// if (!test) break; body }`. The update thus runs after the bindings are
    /// copied for the new iteration, as it does normally.
    #[allow(clippy::too_many_arguments)]
    fn hoist_for(
        &mut self,
        scope: ScopeInfo,
        for_init: Option<Box<Stmt>>,
        test: Option<Expr>,
        update: Option<Expr>,
        body: Stmt,
        labels: Vec<Atom>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> StmtKind {
        let first = self.intermediate(span);
        out.push(init(&first, expr(ExprKind::Bool(true), span)));
        let (kept_init, moved_init) = match for_init {
            Some(i) if stmt_suspends(&i) => (None, Some(self.hoist(*i))),
            i => (i, None),
        };
        let mut on_first = vec![init(&first, expr(ExprKind::Bool(false), span))];
        on_first.extend(moved_init);
        let on_next = update.map(|u| {
            let mut v = Vec::new();
            let u = self.lin(u, &mut v);
            let uspan = u.span;
            v.push(stmt(StmtKind::Expr(u), uspan));
            Box::new(block(v, span))
        });
        let mut inner = vec![stmt(
            StmtKind::If(read(&first, span), Box::new(block(on_first, span)), on_next),
            span,
        )];
        if let Some(t) = test {
            self.exit_unless(t, &mut inner);
        }
        inner.push(body);
        StmtKind::For {
            scope,
            init: kept_init,
            test: None,
            update: None,
            body: Box::new(block(inner, span)),
            labels,
        }
    }
}
