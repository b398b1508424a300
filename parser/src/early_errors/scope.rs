//! Declared names, for "Identifier 'x' has already been declared"
//! (§8.2 and §16.1.7 early errors; Annex B.3.2.4 and B.3.4 for sloppy code).
//!
//! Scopes are kept only as sets of names, in source order: a `var` is checked
//! against the lexical names of every scope it hoists through and recorded in
//! them, and a lexical declaration is checked against both the lexical names and
//! the hoisted `var` names of its own scope. Declarations are seen in source
//! order, so each conflict is reported at the second declaration, as V8 does.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use nodelet_lexer::Span;

use crate::SyntaxError;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// A function body or the top level: `var` stops here, and function
    /// declarations here are var-like.
    Function,
    /// A block, a `switch` body, a `for` head, a `catch` clause.
    Block,
}

/// How a lexical name was declared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lexical {
    /// `let`, `const`, `class`, or a function declaration in strict code.
    Binding,
    /// A plain function declaration in a block of sloppy code: it may be
    /// declared twice (Annex B.3.2.4).
    SloppyFunction,
    /// A `catch (e)` parameter that is a plain name: `var e` may redeclare it
    /// (Annex B.3.4).
    SimpleCatchParam,
    /// A `catch ([e])` parameter.
    CatchParam,
}

struct Scope {
    kind: ScopeKind,
    lexical: HashMap<Rc<str>, Lexical>,
    /// `var` names declared in this scope or hoisted through it.
    vars: HashSet<Rc<str>>,
}

#[derive(Default)]
pub struct Scopes {
    stack: Vec<Scope>,
}

fn redeclared(name: &str, span: Span) -> SyntaxError {
    SyntaxError {
        message: format!("Identifier '{name}' has already been declared"),
        span,
    }
}

impl Scopes {
    pub fn push(&mut self, kind: ScopeKind) {
        self.stack.push(Scope {
            kind,
            lexical: HashMap::new(),
            vars: HashSet::new(),
        });
    }

    pub fn pop(&mut self) {
        self.stack.pop();
    }

    /// Whether the innermost scope is a function body or the top level.
    pub fn at_function_top(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|s| s.kind == ScopeKind::Function)
    }

    /// `var name` (also parameters and top-level function declarations).
    pub fn declare_var(&mut self, name: &Rc<str>, span: Span) -> Result<(), SyntaxError> {
        for scope in self.stack.iter_mut().rev() {
            match scope.lexical.get(name) {
                None | Some(Lexical::SimpleCatchParam) => {}
                Some(_) => return Err(redeclared(name, span)),
            }
            scope.vars.insert(name.clone());
            if scope.kind == ScopeKind::Function {
                break;
            }
        }
        Ok(())
    }

    /// `let`/`const`/`class`, a block-level function, or a catch parameter.
    pub fn declare_lexical(
        &mut self,
        name: &Rc<str>,
        span: Span,
        how: Lexical,
    ) -> Result<(), SyntaxError> {
        let Some(scope) = self.stack.last_mut() else {
            return Ok(());
        };
        if let Some(previous) = scope.lexical.get(name) {
            let both_sloppy_functions =
                *previous == Lexical::SloppyFunction && how == Lexical::SloppyFunction;
            if !both_sloppy_functions {
                return Err(redeclared(name, span));
            }
        }
        if scope.vars.contains(name) {
            return Err(redeclared(name, span));
        }
        scope.lexical.insert(name.clone(), how);
        Ok(())
    }
}
