//! The resolver and lowering pass: parser AST in, executable tree (`ir.rs`) out.
//!
//! It hoists `var` and function declarations, gives every `let`/`const`/`class`
//! binding a temporal dead zone, and resolves every identifier to where its binding
//! lives at run time. A binding no inner function refers to stays in a frame slot;
//! a captured binding lives in a heap environment. Which bindings are captured is
//! only known after the inner functions have been seen, so the whole script is
//! lowered twice: the first pass only records captures (and which implicit
//! bindings such as `arguments` are used); the second uses that knowledge.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use nodelet_parser::ast::{
    self, AssignOp, ForHead, ForInit, PatternKind, PropertyKind, StmtKind as S,
};
use nodelet_parser::Span;

use crate::interp::{Interpreter, Script};
use crate::ir::*;
use crate::value::Atom;

pub(crate) mod global_code;
mod hoist;

/// Lowers a whole script, run as the body of node's CommonJS wrapper function
/// `(exports, require, module, __filename, __dirname)`.
pub fn compile_script(
    cx: &mut Interpreter,
    program: &ast::Program,
    script: Rc<Script>,
) -> Rc<FunctionCode> {
    let wrapper = ast::Function {
        name: None,
        kind: ast::FunctionKind::Normal,
        is_async: false,
        is_generator: false,
        params: ["exports", "require", "module", "__filename", "__dirname"]
            .iter()
            .map(|n| ast::Pattern {
                kind: PatternKind::Ident(ast::Ident {
                    name: (*n).into(),
                    span: Span::default(),
                }),
                span: Span::default(),
            })
            .collect(),
        rest: None,
        body: ast::FunctionBody::Block(program.body.clone()),
        strict: program.strict,
        span: program.span,
    };
    let mut analysis = Analysis::default();
    for recording in [true, false] {
        let mut c = Compiler::new(cx, analysis, recording, Vec::new(), script.clone());
        let code = c.function(&wrapper, None, false);
        if !recording {
            return code;
        }
        analysis = c.analysis;
    }
    unreachable_code()
}

fn unreachable_code() -> ! {
    unreachable!("the second lowering pass always returns")
}

#[derive(Default)]
struct Analysis {
    /// (scope key, name) of every binding referenced from an inner function.
    captured: HashSet<(usize, Atom)>,
    /// (scope key, name) of every binding referenced at all.
    used: HashSet<(usize, Atom)>,
    /// Default constructors synthesised per class (keyed by the class node), kept
    /// across both passes so their scope keys (addresses) stay the same.
    default_constructors: HashMap<usize, Box<ast::Function>>,
}

#[derive(Clone, Copy)]
enum Place {
    Local(u32),
    Env(u32),
}

#[derive(Clone, Copy)]
struct Binding {
    name: Atom,
    kind: BindKind,
    tdz: bool,
    place: Place,
}

struct Scope {
    key: usize,
    bindings: Vec<Binding>,
    has_env: bool,
    func: usize,
}

struct FnState {
    n_locals: u32,
    /// Sloppy-mode functions get Annex B block-function hoisting.
    strict: bool,
    /// Index in `scopes` of the scope holding this function's `var`s.
    var_scope: usize,
    /// An async generator, whose `return v` awaits `v`.
    async_generator: bool,
}

struct Compiler<'a> {
    cx: &'a mut Interpreter,
    analysis: Analysis,
    recording: bool,
    scopes: Vec<Scope>,
    funcs: Vec<FnState>,
    pending_labels: Vec<Atom>,
    script: Rc<Script>,
    synthetic: usize,
    /// Function declarations already hoisted to the top of their scope.
    hoisted: HashSet<usize>,
}

/// A block statement that makes no scope (nothing captured, no TDZ slots, no
/// hoisted functions) and holds one statement is that statement: running the
/// block would only save and restore the environment around it. Typical of
/// `if (c) { return x; }`, it saves the block's dispatch at run time. Resuming
/// a suspended generator walks the same tree, so it sees no block either.
fn unwrap_plain_block(s: Stmt) -> Stmt {
    match s.kind {
        StmtKind::Block(mut b)
            if b.body.len() <= 1
                && b.scope.env.is_none()
                && b.scope.local_tdz.is_empty()
                && b.scope.env_tdz.is_empty()
                && b.scope.functions.is_empty() =>
        {
            b.body.pop().unwrap_or(Stmt {
                kind: StmtKind::Empty,
                span: s.span,
            })
        }
        kind => Stmt { kind, span: s.span },
    }
}

/// Whether every property of an object literal is a value or a method under
/// a plain (non-computed) name and no two names are alike: then no property
/// can replace an earlier one, and evaluation appends each without looking
/// for it first. Accessors, spreads and `__proto__: x` rule the fast path
/// out: they define, copy or set through other routes.
fn distinct_plain_names(props: &[ObjProp]) -> bool {
    let mut names = Vec::with_capacity(props.len());
    for p in props {
        match p {
            ObjProp::Init(PropName::Atom(a), _) | ObjProp::Method(PropName::Atom(a), _) => {
                names.push(*a)
            }
            _ => return false,
        }
    }
    names.sort_unstable();
    names.windows(2).all(|w| w[0] != w[1])
}

fn key<T: ?Sized>(node: &T) -> usize {
    node as *const T as *const u8 as usize
}

/// A declaration collected while hoisting.
struct Decl {
    name: Atom,
    kind: BindKind,
}

impl<'a> Compiler<'a> {
    /// A compiler for one pass, starting inside `scopes` (empty for a module).
    fn new(
        cx: &'a mut Interpreter,
        analysis: Analysis,
        recording: bool,
        scopes: Vec<Scope>,
        script: Rc<Script>,
    ) -> Compiler<'a> {
        Compiler {
            cx,
            analysis,
            recording,
            scopes,
            funcs: Vec::new(),
            pending_labels: Vec::new(),
            script,
            synthetic: 0,
            hoisted: HashSet::new(),
        }
    }
}

impl Compiler<'_> {
    fn atom(&mut self, s: &str) -> Atom {
        self.cx.intern(s)
    }

    fn atom16(&mut self, s: &[u16]) -> Atom {
        self.cx.intern_units(s)
    }

    // ---------------------------------------------------------------------------
    // Scopes and resolution
    // ---------------------------------------------------------------------------

    /// Opens a scope with the given declarations and returns what the evaluator
    /// must do on entering it (functions are added by the caller).
    fn push_scope(&mut self, key: usize, decls: Vec<Decl>) -> ScopeInfo {
        let func = self.funcs.len() - 1;
        let mut scope = Scope {
            key,
            bindings: Vec::new(),
            has_env: false,
            func,
        };
        let mut info = ScopeInfo::default();
        let mut env_size = 0;
        for d in decls {
            if scope.bindings.iter().any(|b| b.name == d.name) {
                continue;
            }
            let tdz = matches!(
                d.kind,
                BindKind::Let | BindKind::Const | BindKind::ConstSilent
            );
            let place = if self.analysis.captured.contains(&(key, d.name)) {
                env_size += 1;
                if tdz {
                    info.env_tdz.push(env_size - 1);
                }
                Place::Env(env_size - 1)
            } else {
                let f = &mut self.funcs[func];
                f.n_locals += 1;
                if tdz {
                    info.local_tdz.push(f.n_locals - 1);
                }
                Place::Local(f.n_locals - 1)
            };
            scope.bindings.push(Binding {
                name: d.name,
                kind: d.kind,
                tdz,
                place,
            });
        }
        if env_size > 0 {
            scope.has_env = true;
            info.env = Some(env_size);
        }
        self.scopes.push(scope);
        info
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    fn resolve(&mut self, name: Atom, span: Span) -> VarRef {
        let cur = self.funcs.len() - 1;
        let mut hops = 0;
        for scope in self.scopes.iter().rev() {
            if let Some(b) = scope.bindings.iter().find(|b| b.name == name) {
                if scope.func != cur {
                    self.analysis.captured.insert((scope.key, name));
                }
                self.analysis.used.insert((scope.key, name));
                let loc = match b.place {
                    Place::Local(i) => Loc::Local(i),
                    Place::Env(slot) => Loc::Env { hops, slot },
                };
                return VarRef {
                    loc,
                    name,
                    kind: b.kind,
                    tdz: b.tdz,
                    span,
                    global_hint: Default::default(),
                };
            }
            if scope.has_env {
                hops += 1;
            }
        }
        VarRef {
            loc: Loc::Global,
            name,
            kind: BindKind::Var,
            tdz: false,
            span,
            global_hint: Default::default(),
        }
    }

    /// Resolves `name` to its binding in the current function's `var` scope,
    /// skipping block scopes in between (Annex B block functions).
    fn resolve_var_scope(&mut self, name: Atom, span: Span) -> Option<VarRef> {
        let target = self.funcs.last()?.var_scope;
        let mut hops = 0;
        for (i, scope) in self.scopes.iter().enumerate().rev() {
            if i == target {
                let b = scope.bindings.iter().find(|b| b.name == name)?;
                self.analysis.used.insert((scope.key, name));
                let loc = match b.place {
                    Place::Local(i) => Loc::Local(i),
                    Place::Env(slot) => Loc::Env { hops, slot },
                };
                return Some(VarRef {
                    loc,
                    name,
                    kind: b.kind,
                    tdz: b.tdz,
                    span,
                    global_hint: Default::default(),
                });
            }
            if scope.has_env {
                hops += 1;
            }
        }
        None
    }

    /// Names of function declarations nested in blocks or statement positions:
    /// in sloppy code Annex B also makes them function-level `var`s.
    fn annex_b_names(&mut self, s: &ast::Stmt, nested: bool, out: &mut Vec<Atom>) {
        match &s.kind {
            S::Function(f) if nested => {
                if let Some(id) = &f.name {
                    let a = self.atom(&id.name);
                    out.push(a);
                }
            }
            S::Block(b) => b.iter().for_each(|x| self.annex_b_names(x, true, out)),
            S::If {
                consequent,
                alternate,
                ..
            } => {
                self.annex_b_names(consequent, true, out);
                if let Some(a) = alternate {
                    self.annex_b_names(a, true, out);
                }
            }
            S::Labeled { body, .. } => self.annex_b_names(body, nested, out),
            S::For { body, .. }
            | S::ForIn { body, .. }
            | S::ForOf { body, .. }
            | S::While { body, .. }
            | S::DoWhile { body, .. } => self.annex_b_names(body, true, out),
            S::Try {
                block,
                handler,
                finalizer,
            } => {
                block.iter().for_each(|x| self.annex_b_names(x, true, out));
                if let Some(h) = handler {
                    h.body.iter().for_each(|x| self.annex_b_names(x, true, out));
                }
                if let Some(f) = finalizer {
                    f.iter().for_each(|x| self.annex_b_names(x, true, out));
                }
            }
            S::Switch { cases, .. } => {
                for c in cases {
                    c.body.iter().for_each(|x| self.annex_b_names(x, true, out));
                }
            }
            _ => {}
        }
    }

    fn resolve_str(&mut self, name: &str, span: Span) -> VarRef {
        let a = self.atom(name);
        self.resolve(a, span)
    }

    /// Whether the innermost function scope's binding `name` was used (known in
    /// the second pass).
    fn is_used(&self, scope_key: usize, name: Atom) -> bool {
        self.recording || self.analysis.used.contains(&(scope_key, name))
    }

    // ---------------------------------------------------------------------------
    // Hoisting
    // ---------------------------------------------------------------------------

    fn pattern_names(&mut self, p: &ast::Pattern, out: &mut Vec<Atom>) {
        match &p.kind {
            PatternKind::Ident(id) => {
                let a = self.atom(&id.name);
                out.push(a)
            }
            PatternKind::Member(_) => {}
            PatternKind::Array { elements, rest } => {
                for e in elements.iter().flatten() {
                    self.pattern_names(e, out);
                }
                if let Some(r) = rest {
                    self.pattern_names(r, out);
                }
            }
            PatternKind::Object { properties, rest } => {
                for pr in properties {
                    self.pattern_names(&pr.value, out);
                }
                if let Some(r) = rest {
                    self.pattern_names(r, out);
                }
            }
            PatternKind::Default { target, .. } => self.pattern_names(target, out),
        }
    }

    /// Collects the `var` names declared anywhere in a function body (not inside
    /// nested functions).
    fn var_names(&mut self, stmts: &[ast::Stmt], out: &mut Vec<Atom>) {
        for s in stmts {
            self.var_names_stmt(s, out);
        }
    }

    fn var_names_stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Atom>) {
        match &s.kind {
            S::Var(d) if d.kind == ast::VarKind::Var => {
                for decl in &d.declarators {
                    self.pattern_names(&decl.target, out);
                }
            }
            S::Block(b) => self.var_names(b, out),
            S::If {
                consequent,
                alternate,
                ..
            } => {
                self.var_names_stmt(consequent, out);
                if let Some(a) = alternate {
                    self.var_names_stmt(a, out);
                }
            }
            S::For { init, body, .. } => {
                if let Some(ForInit::Var(d)) = init {
                    if d.kind == ast::VarKind::Var {
                        for decl in &d.declarators {
                            self.pattern_names(&decl.target, out);
                        }
                    }
                }
                self.var_names_stmt(body, out);
            }
            S::ForIn { left, body, .. } | S::ForOf { left, body, .. } => {
                if let ForHead::Var(ast::VarKind::Var, p) = left {
                    self.pattern_names(p, out);
                }
                self.var_names_stmt(body, out);
            }
            S::While { body, .. } | S::DoWhile { body, .. } | S::Labeled { body, .. } => {
                self.var_names_stmt(body, out)
            }
            S::Try {
                block,
                handler,
                finalizer,
            } => {
                self.var_names(block, out);
                if let Some(h) = handler {
                    self.var_names(&h.body, out);
                }
                if let Some(f) = finalizer {
                    self.var_names(f, out);
                }
            }
            S::Switch { cases, .. } => {
                for c in cases {
                    self.var_names(&c.body, out);
                }
            }
            _ => {}
        }
    }

    /// The lexical declarations directly in a statement list.
    fn lexical_decls(&mut self, stmts: &[ast::Stmt], out: &mut Vec<Decl>, functions_too: bool) {
        for s in stmts {
            match &s.kind {
                S::Var(d) if d.kind != ast::VarKind::Var => {
                    let kind = if d.kind == ast::VarKind::Const {
                        BindKind::Const
                    } else {
                        BindKind::Let
                    };
                    let mut names = Vec::new();
                    for decl in &d.declarators {
                        self.pattern_names(&decl.target, &mut names);
                    }
                    out.extend(names.into_iter().map(|name| Decl { name, kind }));
                }
                S::Class(c) => {
                    if let Some(id) = &c.name {
                        let name = self.atom(&id.name);
                        out.push(Decl {
                            name,
                            kind: BindKind::Let,
                        });
                    }
                }
                S::Function(f) if functions_too => {
                    if let Some(id) = &f.name {
                        let name = self.atom(&id.name);
                        out.push(Decl {
                            name,
                            kind: BindKind::Var,
                        });
                    }
                }
                _ => {}
            }
        }
    }

    /// Compiles the function declarations of a statement list for hoisting.
    fn hoisted_functions(&mut self, stmts: &[ast::Stmt]) -> Vec<(VarRef, Rc<FunctionCode>)> {
        let mut out = Vec::new();
        for s in stmts {
            if let S::Function(f) = &s.kind {
                if let Some(id) = &f.name {
                    self.hoisted.insert(key(&**f));
                    let var = self.resolve_str(&id.name, id.span);
                    let code = self.function(f, None, false);
                    out.push((var, code));
                }
            }
        }
        out
    }

    // ---------------------------------------------------------------------------
    // Functions
    // ---------------------------------------------------------------------------

    /// Lowers a function. `name_hint` is the name inferred from context for an
    /// anonymous function; `is_expression` binds a named function expression's
    /// own name inside it.
    fn function(
        &mut self,
        f: &ast::Function,
        name_hint: Option<Atom>,
        is_expression: bool,
    ) -> Rc<FunctionCode> {
        let kind = match f.kind {
            ast::FunctionKind::Normal => FnKind::Normal,
            ast::FunctionKind::Arrow => FnKind::Arrow,
            ast::FunctionKind::Method => FnKind::Method,
            ast::FunctionKind::Getter => FnKind::Getter,
            ast::FunctionKind::Setter => FnKind::Setter,
            ast::FunctionKind::ClassConstructor { derived } => FnKind::ClassConstructor { derived },
        };
        let is_arrow = kind == FnKind::Arrow;
        let empty = Vec::new();
        let body_stmts: &[ast::Stmt] = match &f.body {
            ast::FunctionBody::Block(b) => b,
            ast::FunctionBody::Expr(_) => &empty,
        };
        self.funcs.push(FnState {
            n_locals: 0,
            strict: f.strict,
            var_scope: self.scopes.len(),
            async_generator: f.is_async && f.is_generator,
        });
        let fkey = key(f);

        // Declarations of the function scope, in the order that decides shadowing.
        let mut param_names = Vec::new();
        for p in &f.params {
            self.pattern_names(p, &mut param_names);
        }
        if let Some(r) = &f.rest {
            self.pattern_names(r, &mut param_names);
        }
        // With default values or patterns, parameters get a scope of their own
        // (the body's declarations are invisible to the defaults) and a TDZ (a
        // default cannot read a later parameter).
        let idents_only = f
            .params
            .iter()
            .all(|p| matches!(p.kind, PatternKind::Ident(_)));
        // `IsSimpleParameterList`: decides whether `arguments` is mapped.
        let simple_list = f.rest.is_none() && idents_only;
        // Without parameter expressions (identifiers and at most an identifier
        // rest) the parameters share the body's scope, as the spec's
        // `hasParameterExpressions` = false has it: no TDZ can be observed.
        let simple = idents_only
            && f.rest
                .as_ref()
                .is_none_or(|r| matches!(r.kind, PatternKind::Ident(_)));
        let param_kind = if simple { BindKind::Var } else { BindKind::Let };
        let mut decls: Vec<Decl> = param_names
            .iter()
            .map(|&name| Decl {
                name,
                kind: param_kind,
            })
            .collect();
        let implicit = ["this", "new.target", "%func", "%home", "arguments"];
        let implicit_atoms: Vec<Atom> = implicit.iter().map(|n| self.atom(n)).collect();
        let mut var_names = Vec::new();
        self.var_names(body_stmts, &mut var_names);
        let mut lexical = Vec::new();
        self.lexical_decls(body_stmts, &mut lexical, true);
        if !f.strict {
            let mut annex = Vec::new();
            body_stmts
                .iter()
                .for_each(|s| self.annex_b_names(s, false, &mut annex));
            for a in annex {
                let clash = lexical
                    .iter()
                    .any(|d| d.name == a && d.kind != BindKind::Var)
                    || param_names.contains(&a);
                if !clash && !var_names.contains(&a) {
                    var_names.push(a);
                }
            }
        }
        if !is_arrow {
            for (i, &a) in implicit_atoms.iter().enumerate() {
                // A parameter or variable called `arguments` shadows the object.
                let shadowed = i == 4
                    && (param_names.contains(&a)
                        || var_names.contains(&a)
                        || lexical.iter().any(|d| d.name == a));
                // An implicit binding the body never reads gets no slot (the
                // recording pass declares them all, as it is still finding out):
                // every call fills its frame's slots, so unused ones cost.
                if !shadowed && self.is_used(fkey, a) {
                    decls.push(Decl {
                        name: a,
                        kind: BindKind::Var,
                    });
                }
            }
        }
        let mut body_decls: Vec<Decl> = var_names
            .iter()
            .map(|&name| Decl {
                name,
                kind: BindKind::Var,
            })
            .collect();
        body_decls.extend(lexical);
        // Global code (a REPL input, `-e`) declares its top-level names in the
        // global object and the persistent global scope, not in its wrapper.
        if self.is_global_code_top() {
            body_decls.clear();
        }
        if simple {
            decls.append(&mut body_decls);
        }
        let own_name = f.name.as_ref().map(|id| self.atom(&id.name));
        let mut self_name = None;
        if is_expression {
            if let Some(n) = own_name {
                if !decls.iter().any(|d| d.name == n) {
                    decls.push(Decl {
                        name: n,
                        kind: BindKind::ConstSilent,
                    });
                    self_name = Some(n);
                }
            }
        }
        // A mapped `arguments` object aliases the parameters, so they must live
        // in the heap environment it can point into.
        let arguments_atom = implicit_atoms[4];
        let mapped_arguments = !f.strict
            && simple_list
            && !is_arrow
            && !param_names.contains(&arguments_atom)
            && !var_names.contains(&arguments_atom)
            && self.analysis.used.contains(&(fkey, arguments_atom));
        if mapped_arguments {
            for &p in &param_names {
                self.analysis.captured.insert((fkey, p));
            }
        }
        let mut scope = self.push_scope(fkey, decls);
        if let Some(state) = self.funcs.last_mut() {
            state.var_scope = self.scopes.len() - 1;
        }
        // The self binding is initialised by the prologue, never in the TDZ.
        let self_var = self_name.map(|n| {
            let mut v = self.resolve(n, f.span);
            v.tdz = false;
            v
        });
        if let Some(v) = &self_var {
            match v.loc {
                Loc::Local(i) => scope.local_tdz.retain(|&s| s != i),
                Loc::Env { slot, .. } => scope.env_tdz.retain(|&s| s != slot),
                Loc::Global => {}
            }
        }

        let implicit_var = |c: &mut Self, i: usize| -> Option<VarRef> {
            if is_arrow {
                return None;
            }
            let a = implicit_atoms[i];
            // In the recording pass, resolving here would mark the binding used.
            if c.recording || !c.is_used(fkey, a) {
                return None;
            }
            let v = c.resolve(a, f.span);
            // A shadowed `arguments` resolves to the user's binding instead.
            if i == 4 && (param_names.contains(&a) || var_names.contains(&a)) {
                return None;
            }
            Some(v)
        };
        // Parameters.
        let params = if simple {
            let mut vars: Vec<Option<VarRef>> = Vec::new();
            for (i, p) in f.params.iter().enumerate() {
                if let PatternKind::Ident(id) = &p.kind {
                    // With duplicate names (sloppy mode) the last one wins.
                    let dup = f.params[i + 1..]
                        .iter()
                        .any(|q| matches!(&q.kind, PatternKind::Ident(j) if j.name == id.name));
                    vars.push(if dup {
                        None
                    } else {
                        Some(self.resolve_str(&id.name, id.span))
                    });
                }
            }
            Params::Simple(vars)
        } else {
            Params::Patterns(f.params.iter().map(|p| self.pattern(p, true)).collect())
        };
        let rest = f.rest.as_ref().map(|r| self.pattern(r, true));
        let length = f
            .params
            .iter()
            .take_while(|p| !matches!(p.kind, PatternKind::Default { .. }))
            .count() as u32;

        // The body scope of a function with parameter expressions; a body `var`
        // named like a parameter starts with the parameter's value.
        let mut body_scope = None;
        let mut param_copies = Vec::new();
        if !simple {
            let shared: Vec<(Atom, VarRef)> = var_names
                .iter()
                .filter(|a| param_names.contains(a))
                .map(|&a| (a, self.resolve(a, f.span)))
                .collect();
            let mut bs = self.push_scope(key(&f.body), body_decls);
            if let Some(state) = self.funcs.last_mut() {
                state.var_scope = self.scopes.len() - 1;
            }
            for (a, p) in shared {
                param_copies.push((p, self.resolve(a, f.span)));
            }
            bs.functions = self.hoisted_functions(body_stmts);
            body_scope = Some(bs);
        } else {
            scope.functions = self.hoisted_functions(body_stmts);
        }
        let body = match &f.body {
            ast::FunctionBody::Block(b) => self.stmts(b),
            ast::FunctionBody::Expr(e) => {
                let e = self.expr(e);
                let ret = Stmt {
                    span: e.span,
                    kind: StmtKind::Return(Some(e)),
                };
                vec![self.hoist(ret)]
            }
        };
        if body_scope.is_some() {
            self.pop_scope();
        }
        let this_var = implicit_var(self, 0);
        let new_target_var = implicit_var(self, 1);
        let func_var = implicit_var(self, 2);
        let home_var = implicit_var(self, 3);
        let arguments_var = implicit_var(self, 4);
        self.pop_scope();
        let state = self.funcs.pop();
        let name = own_name.or(name_hint).unwrap_or_else(|| self.atom(""));
        Rc::new(
            FunctionCode {
                name,
                kind,
                is_generator: f.is_generator,
                is_async: f.is_async,
                strict: f.strict,
                length,
                n_locals: state.map_or(0, |s| s.n_locals),
                scope,
                body_scope,
                param_copies,
                mapped_arguments,
                this_var,
                new_target_var,
                func_var,
                home_var,
                arguments_var,
                self_var,
                params,
                rest,
                body,
                span: f.span,
                source: self.script.clone(),
                top_level: self.funcs.is_empty(),
                instance_size: std::cell::Cell::new(0),
                last_instance: std::cell::Cell::new(None),
                quick_entry: false,
                params_in_place: None,
                sloppy_this: false,
                quick_construct: false,
                bare_entry: false,
            }
            .with_quick_entry(),
        )
    }

    /// A synthetic method (class field initialiser or static initialiser) whose
    /// body `build` lowers inside a fresh function scope.
    fn synthetic_method(
        &mut self,
        span: Span,
        kind: FnKind,
        build: impl FnOnce(&mut Self) -> Vec<Stmt>,
    ) -> Rc<FunctionCode> {
        self.funcs.push(FnState {
            n_locals: 0,
            strict: true,
            var_scope: self.scopes.len(),
            async_generator: false,
        });
        // Synthetic methods have no AST node to key their scope by; a counter that
        // both passes advance identically gives a stable key that no address has.
        self.synthetic += 1;
        let skey = usize::MAX - self.synthetic;
        let implicit = ["this", "new.target", "%func", "%home"];
        let atoms: Vec<Atom> = implicit.iter().map(|n| self.atom(n)).collect();
        let decls = atoms
            .iter()
            .map(|&name| Decl {
                name,
                kind: BindKind::Var,
            })
            .collect();
        let scope = self.push_scope(skey, decls);
        let body = build(self);
        let vars: Vec<VarRef> = atoms.iter().map(|&a| self.resolve(a, span)).collect();
        self.pop_scope();
        let state = self.funcs.pop();
        let name = self.atom("");
        let mut vars = vars.into_iter();
        Rc::new(
            FunctionCode {
                name,
                kind,
                is_generator: false,
                is_async: false,
                strict: true,
                length: 0,
                n_locals: state.map_or(0, |s| s.n_locals),
                scope,
                body_scope: None,
                param_copies: Vec::new(),
                mapped_arguments: false,
                this_var: vars.next(),
                new_target_var: vars.next(),
                func_var: vars.next(),
                home_var: vars.next(),
                arguments_var: None,
                self_var: None,
                params: Params::Simple(Vec::new()),
                rest: None,
                body,
                span,
                source: self.script.clone(),
                top_level: self.funcs.is_empty(),
                instance_size: std::cell::Cell::new(0),
                last_instance: std::cell::Cell::new(None),
                quick_entry: false,
                params_in_place: None,
                sloppy_this: false,
                quick_construct: false,
                bare_entry: false,
            }
            .with_quick_entry(),
        )
    }

    // ---------------------------------------------------------------------------
    // Statements
    // ---------------------------------------------------------------------------

    fn stmts(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        stmts
            .iter()
            .map(|s| self.stmt(s))
            .filter(|s| !matches!(s.kind, StmtKind::Empty))
            .collect()
    }

    fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        let mut decls = Vec::new();
        self.lexical_decls(stmts, &mut decls, true);
        let mut scope = self.push_scope(key(stmts), decls);
        scope.functions = self.hoisted_functions(stmts);
        let body = self.stmts(stmts);
        self.pop_scope();
        Block { scope, body }
    }

    /// Lowers a statement, then hoists any `yield`/`await` nested in its own
    /// expressions into statements of their own (`compile/hoist.rs`).
    fn stmt(&mut self, s: &ast::Stmt) -> Stmt {
        let s = self.stmt_unhoisted(s);
        unwrap_plain_block(self.hoist(s))
    }

    fn stmt_unhoisted(&mut self, s: &ast::Stmt) -> Stmt {
        let span = s.span;
        let labels = if matches!(s.kind, S::Labeled { .. }) {
            Vec::new()
        } else {
            std::mem::take(&mut self.pending_labels)
        };
        let kind = match &s.kind {
            S::Var(d) => return self.var_decl(d, span),
            S::Function(func) => return self.function_statement(func, span),
            S::Class(c) => {
                let code = self.class(c, None);
                let name = c
                    .name
                    .as_ref()
                    .map(|id| id.name.clone())
                    .unwrap_or_else(|| "".into());
                let var = self.resolve_str(&name, span);
                StmtKind::Init(
                    Pat::Init(var),
                    Some(Expr {
                        kind: ExprKind::Class(code),
                        span,
                    }),
                )
            }
            S::Expr(e) => StmtKind::Expr(self.root_expr(e, None)),
            S::Block(b) => StmtKind::Block(self.block(b)),
            S::Empty | S::Debugger => StmtKind::Empty,
            S::If {
                test,
                consequent,
                alternate,
            } => StmtKind::If(
                self.expr(test),
                Box::new(self.stmt(consequent)),
                alternate.as_ref().map(|a| Box::new(self.stmt(a))),
            ),
            S::For {
                init,
                test,
                update,
                body,
            } => {
                let mut decls = Vec::new();
                if let Some(ForInit::Var(d)) = init {
                    if d.kind != ast::VarKind::Var {
                        let kind = if d.kind == ast::VarKind::Const {
                            BindKind::Const
                        } else {
                            BindKind::Let
                        };
                        let mut names = Vec::new();
                        for decl in &d.declarators {
                            self.pattern_names(&decl.target, &mut names);
                        }
                        decls.extend(names.into_iter().map(|name| Decl { name, kind }));
                    }
                }
                let scope = self.push_scope(key(s), decls);
                let init = init.as_ref().map(|i| {
                    Box::new(match i {
                        ForInit::Var(d) => self.var_decl(d, span),
                        ForInit::Expr(e) => Stmt {
                            kind: StmtKind::Expr(self.expr(e)),
                            span: e.span,
                        },
                    })
                });
                let test = test.as_ref().map(|t| self.expr(t));
                let update = update.as_ref().map(|u| self.expr(u));
                let body = Box::new(self.stmt(body));
                self.pop_scope();
                StmtKind::For {
                    scope,
                    init,
                    test,
                    update,
                    body,
                    labels,
                }
            }
            S::ForIn { left, right, body }
            | S::ForOf {
                left, right, body, ..
            } => {
                let is_of = matches!(s.kind, S::ForOf { .. });
                let is_await = matches!(s.kind, S::ForOf { is_await: true, .. });
                let mut decls = Vec::new();
                let (pattern, is_decl) = match left {
                    ForHead::Var(kind, p) => {
                        if *kind != ast::VarKind::Var {
                            let bk = if *kind == ast::VarKind::Const {
                                BindKind::Const
                            } else {
                                BindKind::Let
                            };
                            let mut names = Vec::new();
                            self.pattern_names(p, &mut names);
                            decls.extend(names.into_iter().map(|name| Decl { name, kind: bk }));
                        }
                        (p, true)
                    }
                    ForHead::Target(p) => (p, false),
                };
                // The right side sees the head's bindings in their TDZ. One that
                // suspends is evaluated before the loop (see `hoist.rs`), so it
                // is lowered again outside the head's scope, where it will run.
                let scope = self.push_scope(key(s), decls);
                let mut right_ir = self.expr(right);
                if hoist::suspends(&right_ir) {
                    let inner = self.scopes.pop();
                    right_ir = self.expr(right);
                    self.scopes.extend(inner);
                }
                let right = right_ir;
                let head = self.pattern(pattern, is_decl);
                let body = Box::new(self.stmt(body));
                self.pop_scope();
                if is_of {
                    StmtKind::ForOf {
                        scope,
                        head,
                        right,
                        body,
                        labels,
                        is_await,
                    }
                } else {
                    StmtKind::ForIn {
                        scope,
                        head,
                        right,
                        body,
                        labels,
                    }
                }
            }
            S::While { test, body } => StmtKind::While {
                test: self.expr(test),
                body: Box::new(self.stmt(body)),
                labels,
            },
            S::DoWhile { body, test } => StmtKind::DoWhile {
                body: Box::new(self.stmt(body)),
                test: self.expr(test),
                labels,
            },
            S::Return(e) => {
                let value = e.as_ref().map(|e| self.root_expr(e, None));
                // In an async generator `return v` awaits `v` first.
                let awaits = self.funcs.last().is_some_and(|f| f.async_generator);
                StmtKind::Return(value.map(|v| match awaits {
                    true => {
                        let span = v.span;
                        Expr {
                            kind: ExprKind::Await(Box::new(v)),
                            span,
                        }
                    }
                    false => v,
                }))
            }
            S::Break(l) => StmtKind::Break(l.as_ref().map(|l| self.atom(&l.name))),
            S::Continue(l) => StmtKind::Continue(l.as_ref().map(|l| self.atom(&l.name))),
            S::Throw(e) => StmtKind::Throw(self.expr(e)),
            S::Try {
                block,
                handler,
                finalizer,
            } => {
                let block = self.block(block);
                let catch = handler.as_ref().map(|h| {
                    let mut names = Vec::new();
                    if let Some(p) = &h.param {
                        self.pattern_names(p, &mut names);
                    }
                    let decls = names
                        .into_iter()
                        .map(|name| Decl {
                            name,
                            kind: BindKind::Var,
                        })
                        .collect();
                    let scope = self.push_scope(key(h), decls);
                    let param = h.param.as_ref().map(|p| self.pattern(p, true));
                    let body = self.block(&h.body);
                    self.pop_scope();
                    (scope, param, body)
                });
                let finally = finalizer.as_ref().map(|f| self.block(f));
                StmtKind::Try {
                    block,
                    catch,
                    finally,
                }
            }
            S::Switch {
                discriminant,
                cases,
            } => {
                let disc = self.expr(discriminant);
                let mut decls = Vec::new();
                for c in cases {
                    self.lexical_decls(&c.body, &mut decls, true);
                }
                let mut scope = self.push_scope(key(s), decls);
                let mut functions = Vec::new();
                for c in cases {
                    functions.extend(self.hoisted_functions(&c.body));
                }
                scope.functions = functions;
                let mut lowered: Vec<(Option<Expr>, Vec<Stmt>)> = cases
                    .iter()
                    .map(|c| (c.test.as_ref().map(|t| self.expr(t)), self.stmts(&c.body)))
                    .collect();
                self.pop_scope();
                // Suspending `case` tests are evaluated before the statement (see
                // `hoist.rs`), outside its scope, so they are lowered again there.
                if lowered
                    .iter()
                    .any(|(t, _)| t.as_ref().is_some_and(hoist::suspends))
                {
                    for (c, (t, _)) in cases.iter().zip(lowered.iter_mut()) {
                        *t = c.test.as_ref().map(|x| self.expr(x));
                    }
                }
                StmtKind::Switch {
                    disc,
                    scope,
                    cases: lowered,
                }
            }
            S::Labeled { label, body } => {
                let l = self.atom(&label.name);
                self.pending_labels.push(l);
                let body = self.stmt(body);
                self.pending_labels.clear();
                StmtKind::Labeled(l, Box::new(body))
            }
        };
        Stmt { kind, span }
    }

    /// A function declaration met as a statement. Hoisted ones were created on
    /// scope entry; in sloppy code Annex B also copies a block function to the
    /// function-level `var` when its declaration is reached, and a declaration
    /// standing alone as an `if` or label body is created right there.
    fn function_statement(&mut self, func: &Rc<ast::Function>, span: Span) -> Stmt {
        let empty = Stmt {
            kind: StmtKind::Empty,
            span,
        };
        let Some(id) = &func.name else { return empty };
        let name = self.atom(&id.name);
        let sloppy = self.funcs.last().is_some_and(|f| !f.strict);
        if self.hoisted.contains(&key(&**func)) {
            if !sloppy {
                return empty;
            }
            let block_ref = self.resolve(name, id.span);
            let Some(var_ref) = self.resolve_var_scope(name, id.span) else {
                return empty;
            };
            if var_ref.loc == block_ref.loc {
                return empty;
            }
            let value = Expr {
                kind: ExprKind::Var(block_ref),
                span,
            };
            return Stmt {
                kind: StmtKind::Init(Pat::Init(var_ref), Some(value)),
                span,
            };
        }
        let code = self.function(func, None, false);
        let target = match self.resolve_var_scope(name, id.span) {
            Some(v) => v,
            None => self.resolve(name, id.span),
        };
        let value = Expr {
            kind: ExprKind::Function(code),
            span,
        };
        Stmt {
            kind: StmtKind::Init(Pat::Init(target), Some(value)),
            span,
        }
    }

    fn var_decl(&mut self, d: &ast::VarDecl, span: Span) -> Stmt {
        let mut out = Vec::new();
        for decl in &d.declarators {
            let hint = match &decl.target.kind {
                PatternKind::Ident(id) => Some(self.atom(&id.name)),
                _ => None,
            };
            let init = decl.init.as_ref().map(|e| self.root_expr(e, hint));
            if init.is_none() && d.kind == ast::VarKind::Var {
                continue;
            }
            let pat = self.pattern(&decl.target, true);
            let s = Stmt {
                kind: StmtKind::Init(pat, init),
                span: decl.span,
            };
            out.push(self.hoist(s));
        }
        match out.len() {
            0 => Stmt {
                kind: StmtKind::Empty,
                span,
            },
            1 => out.pop().unwrap_or(Stmt {
                kind: StmtKind::Empty,
                span,
            }),
            _ => Stmt {
                kind: StmtKind::Block(Block {
                    scope: ScopeInfo::default(),
                    body: out,
                }),
                span,
            },
        }
    }

    // ---------------------------------------------------------------------------
    // Patterns
    // ---------------------------------------------------------------------------

    fn pattern(&mut self, p: &ast::Pattern, binding: bool) -> Pat {
        match &p.kind {
            PatternKind::Ident(id) => {
                let v = self.resolve_str(&id.name, id.span);
                if binding {
                    Pat::Init(v)
                } else {
                    Pat::Assign(Target::Var(v))
                }
            }
            PatternKind::Member(e) => Pat::Assign(self.target(e)),
            PatternKind::Array { elements, rest } => Pat::Array {
                elems: elements
                    .iter()
                    .map(|e| e.as_ref().map(|e| self.pattern(e, binding)))
                    .collect(),
                rest: rest.as_ref().map(|r| Box::new(self.pattern(r, binding))),
            },
            PatternKind::Object { properties, rest } => Pat::Object {
                props: properties
                    .iter()
                    .map(|pr| (self.prop_name(&pr.key), self.pattern(&pr.value, binding)))
                    .collect(),
                rest: rest.as_ref().map(|r| Box::new(self.pattern(r, binding))),
            },
            PatternKind::Default { target, default } => {
                let hint = match &target.kind {
                    PatternKind::Ident(id) => Some(self.atom(&id.name)),
                    _ => None,
                };
                Pat::Default {
                    target: Box::new(self.pattern(target, binding)),
                    default: Box::new(self.expr_named(default, hint)),
                }
            }
        }
    }

    /// Lowers an expression used as an assignment target.
    fn target(&mut self, e: &ast::Expr) -> Target {
        match &e.kind {
            ast::ExprKind::Ident(id) => Target::Var(self.resolve_str(&id.name, id.span)),
            ast::ExprKind::Member {
                object, property, ..
            } => Target::Member {
                object: self.expr(object),
                prop: self.member_prop(property),
            },
            ast::ExprKind::SuperMember(p) => {
                let (home, this) = (
                    self.resolve_str("%home", e.span),
                    self.resolve_str("this", e.span),
                );
                Target::SuperMember {
                    home,
                    this,
                    prop: self.prop(p),
                }
            }
            // The parser rejects other targets; keep a harmless fallback.
            _ => Target::Var(self.resolve_str("undefined", e.span)),
        }
    }

    /// The property of `o[key]` / `o.name`: a string-literal key makes the
    /// site a `.name` site (`o['name']` is `o.name`, inline cache included),
    /// since evaluating the literal and converting it to a key has no effect
    /// to keep. Error messages quote both forms alike (`render_expr`).
    fn member_prop(&mut self, p: &ast::MemberProp) -> Prop {
        let prop = self.prop(p);
        match prop {
            Prop::Computed(k) => match k.kind {
                ExprKind::Str(a) => Prop::Named(a, crate::ir::PropCache::default()),
                _ => Prop::Computed(k),
            },
            other => other,
        }
    }

    fn prop(&mut self, p: &ast::MemberProp) -> Prop {
        match p {
            ast::MemberProp::Name(id) => {
                Prop::Named(self.atom(&id.name), crate::ir::PropCache::default())
            }
            ast::MemberProp::Computed(e) => Prop::Computed(Box::new(self.expr(e))),
            ast::MemberProp::Private(id) => {
                Prop::Private(self.resolve_str(&format!("#{}", id.name), id.span))
            }
        }
    }

    fn prop_name(&mut self, k: &ast::PropKey) -> PropName {
        match k {
            ast::PropKey::Ident(id) => PropName::Atom(self.atom(&id.name)),
            ast::PropKey::String(s, _) => PropName::Atom(self.atom16(s)),
            ast::PropKey::Number(n, _) => {
                let s = crate::number::number_to_string(*n);
                PropName::Atom(self.atom(&s))
            }
            ast::PropKey::Computed(e) => PropName::Computed(Box::new(self.expr(e))),
            ast::PropKey::Private(id) => {
                PropName::Private(self.resolve_str(&format!("#{}", id.name), id.span))
            }
        }
    }

    fn static_name(&mut self, k: &ast::PropKey) -> Option<Atom> {
        match k {
            ast::PropKey::Ident(id) => Some(self.atom(&id.name)),
            ast::PropKey::String(s, _) => Some(self.atom16(s)),
            ast::PropKey::Number(n, _) => Some(self.atom(&crate::number::number_to_string(*n))),
            ast::PropKey::Private(id) => Some(self.atom(&format!("#{}", id.name))),
            ast::PropKey::Computed(_) => None,
        }
    }

    // ---------------------------------------------------------------------------
    // Expressions
    // ---------------------------------------------------------------------------

    /// Lowers an expression that may be an anonymous function or class taking its
    /// name from context (`const f = () => {}`).
    fn expr_named(&mut self, e: &ast::Expr, name: Option<Atom>) -> Expr {
        match &e.kind {
            ast::ExprKind::Function(f) if f.name.is_none() => Expr {
                kind: ExprKind::Function(self.function(f, name, true)),
                span: e.span,
            },
            ast::ExprKind::Arrow(f) => Expr {
                kind: ExprKind::Function(self.function(f, name, true)),
                span: e.span,
            },
            ast::ExprKind::Class(c) if c.name.is_none() => Expr {
                kind: ExprKind::Class(self.class(c, name)),
                span: e.span,
            },
            _ => self.expr(e),
        }
    }

    fn args(&mut self, args: &[ast::Argument]) -> Vec<Arg> {
        args.iter()
            .map(|a| match a {
                ast::Argument::Expr(e) => Arg::Expr(self.expr(e)),
                ast::Argument::Spread(e) => Arg::Spread(self.expr(e)),
            })
            .collect()
    }

    /// Lowers the whole expression of a statement.
    fn root_expr(&mut self, e: &ast::Expr, name: Option<Atom>) -> Expr {
        self.expr_named(e, name)
    }

    fn expr(&mut self, e: &ast::Expr) -> Expr {
        use ast::ExprKind as E;
        let span = e.span;
        let kind = match &e.kind {
            E::Number(n) => ExprKind::Number(*n),
            E::String(s) => ExprKind::Str(self.atom16(s)),
            E::Bool(b) => ExprKind::Bool(*b),
            E::Null => ExprKind::Null,
            E::Regex { pattern, flags } => ExprKind::Regex {
                pattern: self.atom(pattern),
                flags: self.atom(flags),
            },
            E::Template(t) => ExprKind::Template {
                quasis: t
                    .quasis
                    .iter()
                    .map(|q| match &q.cooked {
                        Some(c) => self.atom16(c),
                        None => self.atom(""),
                    })
                    .collect(),
                exprs: t.exprs.iter().map(|x| self.expr(x)).collect(),
            },
            E::TaggedTemplate { tag, quasi } => {
                let site = self.cx.new_template_site();
                ExprKind::TaggedTemplate {
                    tag: Box::new(self.expr(tag)),
                    cooked: quasi
                        .quasis
                        .iter()
                        .map(|q| q.cooked.as_ref().map(|c| self.atom16(c)))
                        .collect(),
                    raw: quasi.quasis.iter().map(|q| self.atom(&q.raw)).collect(),
                    exprs: quasi.exprs.iter().map(|x| self.expr(x)).collect(),
                    site,
                }
            }
            E::Ident(id) => {
                if &*id.name == "undefined" {
                    let v = self.resolve_str("undefined", span);
                    if v.loc == Loc::Global {
                        return Expr {
                            kind: ExprKind::Undefined,
                            span,
                        };
                    }
                    ExprKind::Var(v)
                } else {
                    ExprKind::Var(self.resolve_str(&id.name, id.span))
                }
            }
            E::This => {
                // In a derived constructor `this` is uninitialised until `super()`.
                let mut v = self.resolve_str("this", span);
                v.tdz = true;
                ExprKind::Var(v)
            }
            E::Array(elems) => ExprKind::Array(
                elems
                    .iter()
                    .map(|el| match el {
                        None => ArrayElem::Hole,
                        Some(ast::ArrayElement::Expr(x)) => ArrayElem::Expr(self.expr(x)),
                        Some(ast::ArrayElement::Spread(x)) => ArrayElem::Spread(self.expr(x)),
                    })
                    .collect(),
            ),
            E::Object(props) => {
                let props: Vec<ObjProp> = props.iter().map(|p| self.object_prop(p)).collect();
                let distinct_names = distinct_plain_names(&props);
                ExprKind::Object {
                    props,
                    distinct_names,
                }
            }
            E::Function(f) => ExprKind::Function(self.function(f, None, true)),
            E::Arrow(f) => ExprKind::Function(self.function(f, None, true)),
            E::Class(c) => ExprKind::Class(self.class(c, None)),
            E::Unary { op, arg } => match (op, &arg.kind) {
                (ast::UnaryOp::Typeof, E::Ident(id)) => {
                    ExprKind::TypeofVar(self.resolve_str(&id.name, id.span))
                }
                (ast::UnaryOp::Delete, _) => ExprKind::Delete(Box::new(self.expr(arg))),
                _ => ExprKind::Unary(*op, Box::new(self.expr(arg))),
            },
            E::Update { op, prefix, target } => ExprKind::Update {
                op: *op,
                prefix: *prefix,
                target: Box::new(self.target(target)),
            },
            E::Binary { op, left, right } => {
                ExprKind::Binary(*op, Box::new(self.expr(left)), Box::new(self.expr(right)))
            }
            E::Logical { op, left, right } => {
                ExprKind::Logical(*op, Box::new(self.expr(left)), Box::new(self.expr(right)))
            }
            E::PrivateIn { name, right } => ExprKind::PrivateIn(
                self.resolve_str(&format!("#{}", name.name), name.span),
                Box::new(self.expr(right)),
            ),
            E::Assign { op, target, value } => {
                let hint = match &target.kind {
                    PatternKind::Ident(id) => Some(self.atom(&id.name)),
                    _ => None,
                };
                match (op, &target.kind) {
                    (AssignOp::Assign, PatternKind::Ident(_) | PatternKind::Member(_)) => {
                        let value = Box::new(self.expr_named(value, hint));
                        let target = match self.pattern(target, false) {
                            Pat::Assign(t) => t,
                            _ => Target::Var(self.resolve_str("undefined", span)),
                        };
                        ExprKind::Assign {
                            target: Box::new(target),
                            value,
                        }
                    }
                    (AssignOp::Assign, _) => {
                        let value = Box::new(self.expr(value));
                        ExprKind::Destructure {
                            pattern: Box::new(self.pattern(target, false)),
                            value,
                        }
                    }
                    _ => {
                        let logical =
                            matches!(op, AssignOp::And | AssignOp::Or | AssignOp::Nullish);
                        let value = Box::new(if logical {
                            self.expr_named(value, hint)
                        } else {
                            self.expr(value)
                        });
                        let target = match self.pattern(target, false) {
                            Pat::Assign(t) => t,
                            _ => Target::Var(self.resolve_str("undefined", span)),
                        };
                        ExprKind::Compound {
                            op: *op,
                            target: Box::new(target),
                            value,
                        }
                    }
                }
            }
            E::Conditional {
                test,
                consequent,
                alternate,
            } => ExprKind::Cond(
                Box::new(self.expr(test)),
                Box::new(self.expr(consequent)),
                Box::new(self.expr(alternate)),
            ),
            E::Call {
                callee,
                args,
                optional,
            } => ExprKind::Call {
                callee: Box::new(self.expr(callee)),
                args: self.args(args),
                optional: *optional,
            },
            E::New { callee, args } => ExprKind::New {
                callee: Box::new(self.expr(callee)),
                args: self.args(args),
            },
            E::Member {
                object,
                property,
                optional,
            } => ExprKind::Member {
                object: Box::new(self.expr(object)),
                prop: self.member_prop(property),
                optional: *optional,
                pos: match property {
                    ast::MemberProp::Name(id) | ast::MemberProp::Private(id) => id.span,
                    ast::MemberProp::Computed(k) => k.span,
                },
            },
            E::OptionalChain(inner) => ExprKind::OptionalChain(Box::new(self.expr(inner))),
            E::SuperMember(p) => {
                let (home, this) = (
                    self.resolve_str("%home", span),
                    self.resolve_str("this", span),
                );
                ExprKind::SuperMember {
                    home,
                    this,
                    prop: self.prop(p),
                }
            }
            E::SuperCall(args) => {
                let func = self.resolve_str("%func", span);
                let this = self.resolve_str("this", span);
                let new_target = self.resolve_str("new.target", span);
                ExprKind::SuperCall {
                    func,
                    this,
                    new_target,
                    args: self.args(args),
                }
            }
            E::NewTarget => ExprKind::Var(self.resolve_str("new.target", span)),
            E::Sequence(xs) => ExprKind::Sequence(xs.iter().map(|x| self.expr(x)).collect()),
            E::Yield { arg, delegate } => ExprKind::Yield {
                arg: arg.as_ref().map(|a| Box::new(self.expr(a))),
                delegate: *delegate,
            },
            E::Await(a) => ExprKind::Await(Box::new(self.expr(a))),
        };
        Expr { kind, span }
    }

    fn object_prop(&mut self, p: &ast::Property) -> ObjProp {
        match &p.kind {
            PropertyKind::Init { key, value } => {
                let is_proto = match key {
                    ast::PropKey::Ident(id) => &*id.name == "__proto__",
                    ast::PropKey::String(s, _) => String::from_utf16_lossy(s) == "__proto__",
                    _ => false,
                };
                if is_proto {
                    return ObjProp::Proto(self.expr(value));
                }
                let hint = self.static_name(key);
                let name = self.prop_name(key);
                ObjProp::Init(name, self.expr_named(value, hint))
            }
            PropertyKind::Shorthand(id) => {
                let a = self.atom(&id.name);
                let v = self.resolve(a, id.span);
                ObjProp::Init(
                    PropName::Atom(a),
                    Expr {
                        kind: ExprKind::Var(v),
                        span: id.span,
                    },
                )
            }
            PropertyKind::Method { key, func } => {
                let hint = self.static_name(key);
                let name = self.prop_name(key);
                ObjProp::Method(name, self.function(func, hint, false))
            }
            PropertyKind::Getter { key, func } => {
                let name = self.prop_name(key);
                ObjProp::Getter(name, self.function(func, None, false))
            }
            PropertyKind::Setter { key, func } => {
                let name = self.prop_name(key);
                ObjProp::Setter(name, self.function(func, None, false))
            }
            PropertyKind::Spread(e) => ObjProp::Spread(self.expr(e)),
        }
    }

    // ---------------------------------------------------------------------------
    // Classes
    // ---------------------------------------------------------------------------

    fn class(&mut self, c: &ast::Class, name_hint: Option<Atom>) -> Rc<ClassCode> {
        let own = c.name.as_ref().map(|id| self.atom(&id.name));
        let name = own.or(name_hint).unwrap_or_else(|| self.atom(""));
        let mut decls = Vec::new();
        if let Some(n) = own {
            decls.push(Decl {
                name: n,
                kind: BindKind::Const,
            });
        }
        let mut private = Vec::new();
        let mut private_methods = Vec::new();
        for m in &c.members {
            let k = match &m.kind {
                ast::ClassMemberKind::Method { key, .. }
                | ast::ClassMemberKind::Getter { key, .. }
                | ast::ClassMemberKind::Setter { key, .. }
                | ast::ClassMemberKind::Field { key, .. } => key,
                ast::ClassMemberKind::StaticBlock(_) => continue,
            };
            if let ast::PropKey::Private(id) = k {
                let a = self.atom(&format!("#{}", id.name));
                if !private.contains(&a) {
                    private.push(a);
                }
                if !matches!(m.kind, ast::ClassMemberKind::Field { .. }) {
                    private_methods.push(a);
                }
            }
        }
        decls.extend(private.iter().map(|&name| Decl {
            name,
            kind: BindKind::Var,
        }));
        let field_key_atoms: Vec<Atom> = (0..c.members.len())
            .map(|i| self.atom(&format!("%fieldkey{i}")))
            .collect();
        for (i, m) in c.members.iter().enumerate() {
            if let ast::ClassMemberKind::Field {
                key: ast::PropKey::Computed(_),
                ..
            } = &m.kind
            {
                if !m.is_static {
                    decls.push(Decl {
                        name: field_key_atoms[i],
                        kind: BindKind::Var,
                    });
                }
            }
        }
        let scope = self.push_scope(key(c), decls);
        let inner = own.map(|n| self.resolve(n, c.span));
        let private_names: Vec<(VarRef, Atom, bool)> = private
            .iter()
            .map(|&a| (self.resolve(a, c.span), a, private_methods.contains(&a)))
            .collect();
        let extends = c.extends.as_ref().map(|e| self.expr(e));
        let derived = c.extends.is_some();
        let constructor = match &c.constructor {
            Some(f) => self.function(f, Some(name), false),
            None => {
                let synthetic = self
                    .analysis
                    .default_constructors
                    .remove(&key(c))
                    .unwrap_or_else(|| Box::new(default_constructor(c.span, derived)));
                let code = self.function(&synthetic, Some(name), false);
                self.analysis.default_constructors.insert(key(c), synthetic);
                code
            }
        };
        let mut members = Vec::new();
        // Keys are lowered inside the field initialiser (a function of its own),
        // so names resolve from there.
        let mut instance_fields: Vec<(FieldKey<'_>, FieldSource<'_>)> = Vec::new();
        let mut statics: Vec<&ast::ClassMember> = Vec::new();
        for (i, m) in c.members.iter().enumerate() {
            let is_static = m.is_static;
            match &m.kind {
                ast::ClassMemberKind::Method {
                    key: k @ ast::PropKey::Private(_),
                    func,
                } if !is_static => {
                    instance_fields.push((FieldKey::Key(k), FieldSource::Method(func)));
                }
                ast::ClassMemberKind::Getter {
                    key: k @ ast::PropKey::Private(_),
                    func,
                } if !is_static => {
                    instance_fields.push((FieldKey::Key(k), FieldSource::Getter(func)));
                }
                ast::ClassMemberKind::Setter {
                    key: k @ ast::PropKey::Private(_),
                    func,
                } if !is_static => {
                    instance_fields.push((FieldKey::Key(k), FieldSource::Setter(func)));
                }
                ast::ClassMemberKind::Method { key: k, func } => {
                    let hint = self.static_name(k);
                    let key = self.prop_name(k);
                    members.push(ClassMember::Method {
                        is_static,
                        key,
                        func: self.function(func, hint, false),
                    });
                }
                ast::ClassMemberKind::Getter { key: k, func } => {
                    let key = self.prop_name(k);
                    members.push(ClassMember::Getter {
                        is_static,
                        key,
                        func: self.function(func, None, false),
                    });
                }
                ast::ClassMemberKind::Setter { key: k, func } => {
                    let key = self.prop_name(k);
                    members.push(ClassMember::Setter {
                        is_static,
                        key,
                        func: self.function(func, None, false),
                    });
                }
                ast::ClassMemberKind::Field { key: k, value } if !is_static => {
                    let pn = match k {
                        ast::PropKey::Computed(e) => {
                            let slot = self.resolve(field_key_atoms[i], m.span);
                            let key = self.expr(e);
                            members.push(ClassMember::FieldKey { slot, key });
                            FieldKey::Slot(field_key_atoms[i], m.span)
                        }
                        _ => FieldKey::Key(k),
                    };
                    instance_fields.push((
                        pn,
                        FieldSource::Value(value.as_deref(), self.static_name(k)),
                    ));
                }
                ast::ClassMemberKind::Field { .. } | ast::ClassMemberKind::StaticBlock(_) => {
                    statics.push(m)
                }
            }
        }
        // Static fields and blocks become one static initialiser each, run in order.
        for m in statics {
            let init = self.synthetic_method(m.span, FnKind::FieldInit, |c| match &m.kind {
                ast::ClassMemberKind::Field { key, value } => {
                    let hint = c.static_name(key);
                    let pn = c.prop_name(key);
                    let value = value.as_ref().map(|v| c.expr_named(v, hint));
                    vec![Stmt {
                        kind: StmtKind::DefineField {
                            key: pn,
                            value: FieldValue::Value(value),
                        },
                        span: m.span,
                    }]
                }
                ast::ClassMemberKind::StaticBlock(b) => vec![Stmt {
                    kind: StmtKind::Block(c.block(b)),
                    span: m.span,
                }],
                _ => Vec::new(),
            });
            members.push(ClassMember::StaticInit(init));
        }
        for m in &c.members {
            if m.is_static {
                if let ast::ClassMemberKind::Method {
                    key: k @ ast::PropKey::Private(_),
                    func,
                }
                | ast::ClassMemberKind::Getter {
                    key: k @ ast::PropKey::Private(_),
                    func,
                }
                | ast::ClassMemberKind::Setter {
                    key: k @ ast::PropKey::Private(_),
                    func,
                } = &m.kind
                {
                    let src = match &m.kind {
                        ast::ClassMemberKind::Getter { .. } => FieldSource::Getter(func),
                        ast::ClassMemberKind::Setter { .. } => FieldSource::Setter(func),
                        _ => FieldSource::Method(func),
                    };
                    let init = self.synthetic_method(m.span, FnKind::FieldInit, |c| {
                        let pn = c.prop_name(k);
                        vec![c.field_stmt(pn, src, m.span)]
                    });
                    // Static private methods exist before static fields run.
                    members.insert(0, ClassMember::StaticInit(init));
                }
            }
        }
        let fields = if instance_fields.is_empty() {
            None
        } else {
            Some(self.synthetic_method(c.span, FnKind::FieldInit, |c| {
                // Private methods and accessors are installed before any field.
                let mut out = Vec::new();
                let mut later = Vec::new();
                for (fk, src) in instance_fields {
                    let pn = match fk {
                        FieldKey::Key(k) => c.prop_name(k),
                        FieldKey::Slot(a, span) => {
                            let var = c.resolve(a, span);
                            PropName::Computed(Box::new(Expr {
                                kind: ExprKind::Var(var),
                                span,
                            }))
                        }
                    };
                    if matches!(src, FieldSource::Value(..)) {
                        later.push((pn, src));
                    } else {
                        out.push(c.field_stmt(pn, src, c.script_span()));
                    }
                }
                for (pn, src) in later {
                    out.push(c.field_stmt(pn, src, c.script_span()));
                }
                out
            }))
        };
        self.pop_scope();
        Rc::new(ClassCode {
            name,
            scope,
            inner,
            private_names,
            extends,
            constructor,
            members,
            fields,
            span: c.span,
        })
    }

    fn script_span(&self) -> Span {
        Span::default()
    }

    fn field_stmt(&mut self, key: PropName, src: FieldSource<'_>, span: Span) -> Stmt {
        let value = match src {
            FieldSource::Value(v, hint) => FieldValue::Value(v.map(|v| self.expr_named(v, hint))),
            FieldSource::Method(f) => FieldValue::Method(self.function(f, None, false)),
            FieldSource::Getter(f) => {
                FieldValue::Accessor(Some(self.function(f, None, false)), None)
            }
            FieldSource::Setter(f) => {
                FieldValue::Accessor(None, Some(self.function(f, None, false)))
            }
        };
        Stmt {
            kind: StmtKind::DefineField { key, value },
            span,
        }
    }
}

/// An instance field's key, lowered later inside the field initialiser.
enum FieldKey<'a> {
    Key(&'a ast::PropKey),
    /// A computed key, evaluated once at class definition into this binding.
    Slot(Atom, Span),
}

enum FieldSource<'a> {
    Value(Option<&'a ast::Expr>, Option<Atom>),
    Method(&'a Rc<ast::Function>),
    Getter(&'a Rc<ast::Function>),
    Setter(&'a Rc<ast::Function>),
}

/// The constructor a class without one gets: `constructor() {}`, or for a
/// derived class `constructor(...args) { super(...args); }`.
fn default_constructor(span: Span, derived: bool) -> ast::Function {
    let ident = |n: &str| ast::Ident {
        name: n.into(),
        span,
    };
    let (rest, body) = if derived {
        let call = ast::Expr {
            kind: ast::ExprKind::SuperCall(vec![ast::Argument::Spread(ast::Expr {
                kind: ast::ExprKind::Ident(ident("args")),
                span,
            })]),
            span,
        };
        (
            Some(ast::Pattern {
                kind: PatternKind::Ident(ident("args")),
                span,
            }),
            vec![ast::Stmt {
                kind: S::Expr(Box::new(call)),
                span,
            }],
        )
    } else {
        (None, Vec::new())
    };
    ast::Function {
        name: None,
        kind: ast::FunctionKind::ClassConstructor { derived },
        is_async: false,
        is_generator: false,
        params: Vec::new(),
        rest,
        body: ast::FunctionBody::Block(body),
        strict: true,
        span,
    }
}
