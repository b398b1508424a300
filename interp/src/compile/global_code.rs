//! Lowering *global code*: a REPL input, or the program of `nodelet -e` and of a
//! script read from stdin. Unlike a module body, global code shares one scope
//! across runs: its `var`s and functions become properties of the global object,
//! and its `let`/`const`/`class` bindings live in a persistent environment (the
//! global scope) that every later input sees as its outermost scope.
//!
//! The code is still lowered as a function (so frames, `this` and `return` work
//! as everywhere else); the resolver is seeded with one outer scope holding the
//! global scope's bindings, and the wrapper function declares none of the
//! top-level names itself (see `Compiler::is_global_code_top`).

use std::collections::HashSet;
use std::rc::Rc;

use nodelet_parser::ast;

use super::{Analysis, Binding, Compiler, Place, Scope};
use crate::interp::{Interpreter, Script};
use crate::ir::{BindKind, FunctionCode};
use crate::value::Atom;

/// The key of the seeded global scope; real scope keys are node addresses, which
/// are never this small.
const GLOBAL_SCOPE_KEY: usize = 1;

/// The names global code declares at its top level.
pub struct GlobalDeclarations {
    /// `let`, `const` and `class` names, in source order.
    pub lexical: Vec<(Atom, BindKind)>,
    /// `var` names and function declarations (including sloppy block functions).
    pub vars: Vec<Atom>,
}

/// Collects the top-level declarations of global code.
pub fn declarations(cx: &mut Interpreter, program: &ast::Program) -> GlobalDeclarations {
    let mut c = Compiler::new(
        cx,
        Analysis::default(),
        true,
        Vec::new(),
        placeholder_script(),
    );
    let mut vars = Vec::new();
    c.var_names(&program.body, &mut vars);
    let mut decls = Vec::new();
    c.lexical_decls(&program.body, &mut decls, true);
    if !program.strict {
        program
            .body
            .iter()
            .for_each(|s| c.annex_b_names(s, false, &mut vars));
    }
    let mut lexical = Vec::new();
    for d in decls {
        if d.kind == BindKind::Var {
            vars.push(d.name);
        } else {
            lexical.push((d.name, d.kind));
        }
    }
    let mut seen = HashSet::new();
    vars.retain(|v| seen.insert(*v));
    GlobalDeclarations { lexical, vars }
}

fn placeholder_script() -> Rc<Script> {
    Rc::new(Script::new("", ""))
}

/// Lowers global code whose outer scope holds `bindings` (slot `i` of the global
/// scope's environment is `bindings[i]`). The result is a function of no
/// parameters to be called with the global object as `this`; it returns the
/// program's completion value when the caller rewrote the program so (see
/// `completion_as_return`). With `asynchronous` the function is async (REPL
/// input with a top-level `await`) and returns a promise of that value.
pub fn compile_global_code(
    cx: &mut Interpreter,
    program: &ast::Program,
    script: Rc<Script>,
    bindings: &[(Atom, BindKind)],
    asynchronous: bool,
) -> Rc<FunctionCode> {
    let wrapper = ast::Function {
        name: None,
        kind: ast::FunctionKind::Normal,
        is_async: asynchronous,
        is_generator: false,
        params: Vec::new(),
        rest: None,
        body: ast::FunctionBody::Block(program.body.clone()),
        strict: program.strict,
        span: program.span,
    };
    let mut analysis = Analysis::default();
    for recording in [true, false] {
        let global = Scope {
            key: GLOBAL_SCOPE_KEY,
            bindings: bindings
                .iter()
                .enumerate()
                .map(|(slot, &(name, kind))| Binding {
                    name,
                    kind,
                    tdz: true,
                    place: Place::Env(slot as u32),
                })
                .collect(),
            has_env: true,
            // No function of this compilation owns it: every use is a capture.
            func: usize::MAX,
        };
        let mut c = Compiler::new(cx, analysis, recording, vec![global], script.clone());
        let mut code = c.function(&wrapper, None, false);
        if !recording {
            // Global code is not a module body: its frame shows as `at file:l:c`,
            // not `at Object.<anonymous> (…)`.
            if let Some(code) = Rc::get_mut(&mut code) {
                code.top_level = false;
            }
            return code;
        }
        analysis = c.analysis;
    }
    super::unreachable_code()
}

/// Rewrites the statement that gives a program its completion value (the last
/// expression statement, looking into trailing `if`, blocks, `try` and labels)
/// into a `return`, so that calling the lowered code yields the value that the
/// REPL and `-p` print.
pub fn completion_as_return(stmts: &mut [ast::Stmt]) {
    // Statements with no value and no effect at run time (`;`, a hoisted
    // function declaration) leave the completion value to those before them.
    let last = stmts.iter_mut().rev().find(|s| {
        !matches!(
            s.kind,
            ast::StmtKind::Empty | ast::StmtKind::Function(_) | ast::StmtKind::Debugger
        )
    });
    if let Some(last) = last {
        completion_stmt(last);
    }
}

fn completion_stmt(s: &mut ast::Stmt) {
    use ast::StmtKind as S;
    if matches!(s.kind, S::Expr(_)) {
        if let S::Expr(e) = std::mem::replace(&mut s.kind, S::Empty) {
            s.kind = S::Return(Some(e));
        }
        return;
    }
    match &mut s.kind {
        S::Block(b) => completion_as_return(b),
        S::If {
            consequent,
            alternate,
            ..
        } => {
            completion_stmt(consequent);
            if let Some(a) = alternate {
                completion_stmt(a);
            }
        }
        S::Try { block, handler, .. } => {
            completion_as_return(block);
            if let Some(h) = handler {
                completion_as_return(&mut h.body);
            }
        }
        S::Labeled { body, .. } => completion_stmt(body),
        _ => {}
    }
}

impl Compiler<'_> {
    /// Whether the function being lowered is the wrapper of global code: the
    /// only function so far, directly inside the seeded global scope.
    pub(super) fn is_global_code_top(&self) -> bool {
        self.funcs.len() == 1
            && self.scopes.len() == 1
            && self
                .scopes
                .first()
                .is_some_and(|s| s.key == GLOBAL_SCOPE_KEY)
    }
}
