//! Early errors: the rules of ECMAScript that a context-free grammar cannot
//! express, checked in one walk over the finished tree (after parsing, so the
//! grammar stays readable).
//!
//! The walk keeps a little context: the enclosing function (strict? async?
//! generator? may it use `super`, `return`, `new.target`?), the labels and loops
//! around (for `break`/`continue`), the declared names (`scope.rs`) and the
//! private names of the enclosing classes. It also finishes one job of the
//! parser: a function nested in strict code is strict, which is only known once
//! the whole tree exists, so the walk sets `Function::strict`.
//!
//! The messages are V8's, so that nodelet reports what node reports.

mod scope;

use std::collections::HashMap;
use std::rc::Rc;

use nodelet_lexer::{Span, TokenKind};

use crate::actions::use_strict_directive;
use crate::ast::*;
use crate::context::ParseContext;
use crate::{Goal, SyntaxError};
use scope::{Lexical, ScopeKind, Scopes};

type Check = Result<(), SyntaxError>;

fn err<T>(message: impl Into<String>, span: Span) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        message: message.into(),
        span,
    })
}

/// Checks the early errors of a parsed program (and marks strict functions).
/// Of all errors found, the one that comes first in the source is reported.
pub fn check(program: &mut Program, cx: &ParseContext, legacy_octal: &[u32], goal: Goal) -> Check {
    let mut checker = Checker {
        cx,
        functions: Vec::new(),
        scopes: Scopes::default(),
        classes: Vec::new(),
        strict_regions: Vec::new(),
    };
    let walk = checker.program(program, goal);
    let mut errors: Vec<SyntaxError> = walk.err().into_iter().collect();
    if let Some(span) = cx.leftover_cover_initializer() {
        errors.push(SyntaxError {
            message: "Invalid shorthand property initializer".into(),
            span,
        });
    }
    for span in cx.with_statements() {
        let message = if checker.in_strict_region(span) {
            "Strict mode code may not include a with statement"
        } else {
            "The 'with' statement is not supported by nodelet"
        };
        errors.push(SyntaxError {
            message: message.into(),
            span,
        });
    }
    for &start in legacy_octal {
        let token = cx.tokens.next_from(start as usize).unwrap_or_default();
        if checker.in_strict_region(token) {
            errors.push(octal_error(cx, token));
        }
    }
    match errors.into_iter().min_by_key(|e| e.span.start) {
        Some(first) => Err(first),
        None => Ok(()),
    }
}

fn octal_error(cx: &ParseContext, span: Span) -> SyntaxError {
    let text = cx.text(span);
    let message = if text.starts_with(['"', '\'']) {
        // V8 points just after the backslash of the escape.
        if let Some(i) = text.find('\\') {
            let at = span.start + i as u32 + 1;
            return SyntaxError {
                message: "Octal escape sequences are not allowed in strict mode.".into(),
                span: Span {
                    start: at,
                    end: at + 1,
                },
            };
        }
        "Octal escape sequences are not allowed in strict mode."
    } else if text.contains(['8', '9']) {
        "Decimals with leading zeros are not allowed in strict mode."
    } else {
        "Octal literals are not allowed in strict mode."
    };
    SyntaxError {
        message: message.into(),
        span,
    }
}

/// What kind of code a function context is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    /// The top level of the script.
    Top,
    /// A function, method or arrow body.
    Function,
    /// A class field initializer.
    FieldInit,
    /// A `static { … }` block.
    StaticBlock,
}

/// The innermost function (or top level, field initializer, static block).
struct FnCx {
    code: Code,
    strict: bool,
    is_async: bool,
    is_generator: bool,
    /// Inside the parameter list.
    in_params: bool,
    return_ok: bool,
    new_target_ok: bool,
    super_call_ok: bool,
    super_property_ok: bool,
    /// `arguments` is an error here (class fields and static blocks, and arrows
    /// inside them).
    no_arguments: bool,
    /// Enclosing labels; `true` for labels of loops.
    labels: Vec<(Rc<str>, bool)>,
    loops: usize,
    breakables: usize,
}

/// Where a statement stands, for the declarations allowed there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// A statement list (block, body, top level, case clause).
    List,
    /// The body of `if`/`else`.
    IfBody,
    /// The body of a loop or `with`.
    LoopBody,
    /// The body of a labeled statement.
    Labeled,
}

struct Checker<'a, 'src> {
    cx: &'a ParseContext<'src>,
    functions: Vec<FnCx>,
    scopes: Scopes,
    /// For each enclosing class, its private names.
    classes: Vec<HashMap<Rc<str>, PrivateKind>>,
    /// The outermost strict functions and classes (or the whole program).
    strict_regions: Vec<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PrivateKind {
    Field,
    Method,
    Getter { is_static: bool },
    Setter { is_static: bool },
    Accessors,
}

/// Names that strict code reserves (§13.1.1).
const STRICT_RESERVED: &[&str] = &[
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
];

impl Checker<'_, '_> {
    fn f(&self) -> Option<&FnCx> {
        self.functions.last()
    }

    fn f_mut(&mut self) -> Option<&mut FnCx> {
        self.functions.last_mut()
    }

    fn strict(&self) -> bool {
        self.f().is_some_and(|f| f.strict)
    }

    fn in_strict_region(&self, span: Span) -> bool {
        self.strict_regions
            .iter()
            .any(|r| r.start <= span.start && span.end <= r.end)
    }

    /// Notes a strict function or class, unless it is inside one already.
    fn mark_strict(&mut self, span: Span) {
        if !self.in_strict_region(span) {
            self.strict_regions.push(span);
        }
    }

    // -----------------------------------------------------------------------
    // Programs and statements
    // -----------------------------------------------------------------------

    fn program(&mut self, program: &mut Program, goal: Goal) -> Check {
        if program.strict {
            self.mark_strict(program.span);
        }
        let commonjs = goal == Goal::CommonJs;
        self.functions.push(FnCx {
            code: Code::Top,
            strict: program.strict,
            is_async: false,
            is_generator: false,
            in_params: false,
            return_ok: commonjs,
            new_target_ok: commonjs,
            super_call_ok: false,
            super_property_ok: false,
            no_arguments: false,
            labels: Vec::new(),
            loops: 0,
            breakables: 0,
        });
        self.scopes.push(ScopeKind::Function);
        self.stmts(&mut program.body)
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) -> Check {
        for s in stmts {
            self.stmt(s, Place::List)?;
        }
        Ok(())
    }

    /// Runs `f` inside a new scope.
    fn in_scope(&mut self, kind: ScopeKind, f: impl FnOnce(&mut Self) -> Check) -> Check {
        self.scopes.push(kind);
        let result = f(self);
        self.scopes.pop();
        result
    }

    /// A block's statements in a scope of their own.
    fn block(&mut self, stmts: &mut [Stmt]) -> Check {
        self.in_scope(ScopeKind::Block, |this| this.stmts(stmts))
    }

    fn stmt(&mut self, s: &mut Stmt, place: Place) -> Check {
        let span = s.span;
        match &mut s.kind {
            StmtKind::Var(decl) => {
                if decl.kind != VarKind::Var && place != Place::List {
                    return err(
                        "Lexical declaration cannot appear in a single-statement context",
                        span,
                    );
                }
                self.var_decl(decl, true)
            }
            StmtKind::Function(f) => {
                self.function_declaration_place(f, place)?;
                let f = Rc::make_mut(f);
                if let Some(name) = &f.name {
                    self.declare_function_name(name, f.span, f.is_async || f.is_generator)?;
                }
                self.function(f)
            }
            StmtKind::Class(c) => {
                if place != Place::List {
                    return err("Unexpected token 'class'", span);
                }
                let c = Rc::make_mut(c);
                if let Some(name) = &c.name {
                    self.class_name(name)?;
                    self.scopes
                        .declare_lexical(&name.name, name.span, Lexical::Binding)?;
                }
                self.class(c)
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Block(body) => self.block(body),
            StmtKind::Empty | StmtKind::Debugger => Ok(()),
            StmtKind::If {
                test,
                consequent,
                alternate,
            } => {
                self.expr(test)?;
                self.stmt(consequent, Place::IfBody)?;
                match alternate {
                    Some(alternate) => self.stmt(alternate, Place::IfBody),
                    None => Ok(()),
                }
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => self.in_scope(ScopeKind::Block, |this| {
                match init {
                    Some(ForInit::Var(decl)) => this.var_decl(decl, true)?,
                    Some(ForInit::Expr(e)) => this.expr(e)?,
                    None => {}
                }
                if let Some(test) = test {
                    this.expr(test)?;
                }
                if let Some(update) = update {
                    this.expr(update)?;
                }
                this.loop_body(body)
            }),
            StmtKind::ForIn { left, right, body }
            | StmtKind::ForOf {
                left, right, body, ..
            } => self.in_scope(ScopeKind::Block, |this| {
                match left {
                    ForHead::Var(kind, target) => this.binding_pattern(target, *kind)?,
                    ForHead::Target(target) => this.assign_target(target)?,
                }
                this.expr(right)?;
                this.loop_body(body)
            }),
            StmtKind::While { test, body } => {
                self.expr(test)?;
                self.loop_body(body)
            }
            StmtKind::DoWhile { body, test } => {
                self.loop_body(body)?;
                self.expr(test)
            }
            StmtKind::Return(arg) => {
                if !self.f().is_some_and(|f| f.return_ok) {
                    return err("Illegal return statement", span);
                }
                match arg {
                    Some(arg) => self.expr(arg),
                    None => Ok(()),
                }
            }
            StmtKind::Break(label) => self.jump(label.as_ref(), span, false),
            StmtKind::Continue(label) => self.jump(label.as_ref(), span, true),
            StmtKind::Throw(e) => self.expr(e),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.block(block)?;
                if let Some(handler) = handler {
                    self.in_scope(ScopeKind::Block, |this| {
                        if let Some(param) = &mut handler.param {
                            let how = match param.kind {
                                PatternKind::Ident(_) => Lexical::SimpleCatchParam,
                                _ => Lexical::CatchParam,
                            };
                            this.pattern_names(param, &mut |this, id| {
                                this.binding_name(id)?;
                                this.scopes.declare_lexical(&id.name, id.span, how)
                            })?;
                            this.pattern_exprs(param)?;
                        }
                        this.stmts(&mut handler.body)
                    })?;
                }
                match finalizer {
                    Some(finalizer) => self.block(finalizer),
                    None => Ok(()),
                }
            }
            StmtKind::Switch {
                discriminant,
                cases,
            } => {
                self.expr(discriminant)?;
                let mut seen_default = false;
                for case in cases.iter() {
                    if case.test.is_none() {
                        if seen_default {
                            return err(
                                "More than one default clause in switch statement",
                                case.span,
                            );
                        }
                        seen_default = true;
                    }
                }
                if let Some(f) = self.f_mut() {
                    f.breakables += 1;
                }
                let result = self.in_scope(ScopeKind::Block, |this| {
                    for case in cases.iter_mut() {
                        if let Some(test) = &mut case.test {
                            this.expr(test)?;
                        }
                        this.stmts(&mut case.body)?;
                    }
                    Ok(())
                });
                if let Some(f) = self.f_mut() {
                    f.breakables -= 1;
                }
                result
            }
            StmtKind::Labeled { label, body } => {
                if self
                    .f()
                    .is_some_and(|f| f.labels.iter().any(|(l, _)| *l == label.name))
                {
                    return err(
                        format!("Label '{}' has already been declared", label.name),
                        label.span,
                    );
                }
                self.reference_name(label)?;
                let is_loop = labels_loop(body);
                let name = label.name.clone();
                if let Some(f) = self.f_mut() {
                    f.labels.push((name, is_loop));
                }
                // A labelled function is only allowed where a declaration is
                // (§14.13.1, IsLabelledFunction).
                let inner = match place {
                    Place::List | Place::Labeled => Place::Labeled,
                    Place::IfBody | Place::LoopBody => Place::LoopBody,
                };
                let result = self.stmt(body, inner);
                if let Some(f) = self.f_mut() {
                    f.labels.pop();
                }
                result
            }
        }
    }

    /// Where a function declaration may stand (§14.6.1, Annex B.3.3–B.3.4).
    fn function_declaration_place(&self, f: &Function, place: Place) -> Check {
        if place == Place::List {
            return Ok(());
        }
        let span = f.span;
        if self.strict() {
            return err(
                "In strict mode code, functions can only be declared at top level or inside a block.",
                span,
            );
        }
        if f.is_async {
            return err(
                "Async functions can only be declared at the top level or inside a block.",
                span,
            );
        }
        if f.is_generator {
            // V8 points at the `*`.
            let text = self.cx.text(span);
            let star = text.find('*').map_or(span, |i| Span {
                start: span.start + i as u32,
                end: span.start + i as u32 + 1,
            });
            return err(
                "Generators can only be declared at the top level or inside a block.",
                star,
            );
        }
        if place == Place::LoopBody {
            return err(
                "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                span,
            );
        }
        Ok(())
    }

    fn loop_body(&mut self, body: &mut Stmt) -> Check {
        if let Some(f) = self.f_mut() {
            f.loops += 1;
            f.breakables += 1;
        }
        let result = self.stmt(body, Place::LoopBody);
        if let Some(f) = self.f_mut() {
            f.loops -= 1;
            f.breakables -= 1;
        }
        result
    }

    fn jump(&self, label: Option<&Ident>, span: Span, is_continue: bool) -> Check {
        let Some(f) = self.f() else { return Ok(()) };
        match label {
            None if is_continue && f.loops == 0 => err(
                "Illegal continue statement: no surrounding iteration statement",
                span,
            ),
            None if !is_continue && f.breakables == 0 => err("Illegal break statement", span),
            None => Ok(()),
            Some(label) => match f.labels.iter().rev().find(|(l, _)| *l == label.name) {
                None => err(format!("Undefined label '{}'", label.name), label.span),
                Some((_, false)) if is_continue => err(
                    format!(
                        "Illegal continue statement: '{}' does not denote an iteration statement",
                        label.name
                    ),
                    label.span,
                ),
                Some(_) => Ok(()),
            },
        }
    }

    fn var_decl(&mut self, decl: &mut VarDecl, needs_init: bool) -> Check {
        for d in &mut decl.declarators {
            self.binding_pattern(&mut d.target, decl.kind)?;
            if needs_init && d.init.is_none() {
                if !matches!(d.target.kind, PatternKind::Ident(_)) {
                    return err(
                        "Missing initializer in destructuring declaration",
                        d.target.span,
                    );
                }
                if decl.kind == VarKind::Const {
                    return err("Missing initializer in const declaration", d.target.span);
                }
            }
            if let Some(init) = &mut d.init {
                self.expr(init)?;
            }
        }
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Names
    // -----------------------------------------------------------------------

    /// Checks a declared name: reserved words, `eval`/`arguments` in strict code,
    /// `await`/`yield` where they are keywords.
    fn binding_name(&self, id: &Ident) -> Check {
        let name = &*id.name;
        let Some(f) = self.f() else { return Ok(()) };
        if name == "await" && (f.is_async || f.code == Code::StaticBlock) {
            return err("Unexpected reserved word", id.span);
        }
        if name == "yield" && f.is_generator {
            return err("Unexpected identifier 'yield'", id.span);
        }
        if f.strict {
            if name == "eval" || name == "arguments" {
                return err("Unexpected eval or arguments in strict mode", id.span);
            }
            if STRICT_RESERVED.contains(&name) {
                return err("Unexpected strict mode reserved word", id.span);
            }
        }
        Ok(())
    }

    /// Checks a name used as a reference (or label).
    fn reference_name(&self, id: &Ident) -> Check {
        let Some(f) = self.f() else { return Ok(()) };
        // Only an escaped `await`/`yield` reaches here where they are keywords.
        if &*id.name == "await" && (f.is_async || f.code == Code::StaticBlock) {
            return err("Keyword must not contain escaped characters", id.span);
        }
        if &*id.name == "yield" && f.is_generator {
            return err("Keyword must not contain escaped characters", id.span);
        }
        if f.strict && STRICT_RESERVED.contains(&&*id.name) {
            return err("Unexpected strict mode reserved word", id.span);
        }
        if f.no_arguments && &*id.name == "arguments" {
            return err(
                "'arguments' is not allowed in class field initializer or static initialization block",
                id.span,
            );
        }
        Ok(())
    }

    /// Checks a name that is assigned to.
    fn assigned_name(&self, id: &Ident) -> Check {
        if self.strict() && (&*id.name == "eval" || &*id.name == "arguments") {
            return err("Unexpected eval or arguments in strict mode", id.span);
        }
        self.reference_name(id)
    }

    fn class_name(&self, name: &Ident) -> Check {
        // Class code is strict, its name included.
        if STRICT_RESERVED.contains(&&*name.name) {
            return err("Unexpected strict mode reserved word", name.span);
        }
        if &*name.name == "eval" || &*name.name == "arguments" {
            return err("Unexpected eval or arguments in strict mode", name.span);
        }
        self.binding_name(name)
    }

    /// A function declaration's name; V8 reports a redeclaration at the
    /// function itself.
    fn declare_function_name(&mut self, name: &Ident, span: Span, special: bool) -> Check {
        self.binding_name(name)?;
        if self.scopes.at_function_top() {
            self.scopes.declare_var(&name.name, span)
        } else {
            let how = if self.strict() || special {
                Lexical::Binding
            } else {
                Lexical::SloppyFunction
            };
            self.scopes.declare_lexical(&name.name, span, how)
        }
    }

    /// Calls `f` on every name a pattern binds, in source order.
    fn pattern_names(
        &mut self,
        p: &Pattern,
        f: &mut dyn FnMut(&mut Self, &Ident) -> Check,
    ) -> Check {
        match &p.kind {
            PatternKind::Ident(id) => f(self, id),
            PatternKind::Member(_) => Ok(()),
            PatternKind::Array { elements, rest } => {
                for element in elements.iter().flatten() {
                    self.pattern_names(element, f)?;
                }
                match rest {
                    Some(rest) => self.pattern_names(rest, f),
                    None => Ok(()),
                }
            }
            PatternKind::Object { properties, rest } => {
                for property in properties {
                    self.pattern_names(&property.value, f)?;
                }
                match rest {
                    Some(rest) => self.pattern_names(rest, f),
                    None => Ok(()),
                }
            }
            PatternKind::Default { target, .. } => self.pattern_names(target, f),
        }
    }

    /// Checks the expressions inside a pattern: computed keys and defaults.
    fn pattern_exprs(&mut self, p: &mut Pattern) -> Check {
        match &mut p.kind {
            PatternKind::Ident(_) => Ok(()),
            PatternKind::Member(e) => self.expr(e),
            PatternKind::Array { elements, rest } => {
                for element in elements.iter_mut().flatten() {
                    self.pattern_exprs(element)?;
                }
                match rest {
                    Some(rest) => self.pattern_exprs(rest),
                    None => Ok(()),
                }
            }
            PatternKind::Object { properties, rest } => {
                for property in properties {
                    if let PropKey::Computed(key) = &mut property.key {
                        self.expr(key)?;
                    }
                    self.pattern_exprs(&mut property.value)?;
                }
                match rest {
                    Some(rest) => self.pattern_exprs(rest),
                    None => Ok(()),
                }
            }
            PatternKind::Default { target, default } => {
                self.pattern_exprs(target)?;
                self.expr(default)
            }
        }
    }

    /// A declaration's pattern: each name is checked and declared.
    fn binding_pattern(&mut self, p: &mut Pattern, kind: VarKind) -> Check {
        self.pattern_names(p, &mut |this, id| {
            this.binding_name(id)?;
            match kind {
                VarKind::Var => this.scopes.declare_var(&id.name, id.span),
                VarKind::Let | VarKind::Const => {
                    if &*id.name == "let" {
                        return err("let is disallowed as a lexically bound name", id.span);
                    }
                    this.scopes
                        .declare_lexical(&id.name, id.span, Lexical::Binding)
                }
            }
        })?;
        self.pattern_exprs(p)
    }

    /// An assignment target (`x = …`, `[a.b] = …`, `for (x of …)`).
    fn assign_target(&mut self, p: &mut Pattern) -> Check {
        self.pattern_names(p, &mut |this, id| this.assigned_name(id))?;
        self.pattern_exprs(p)
    }

    // -----------------------------------------------------------------------
    // Functions and classes
    // -----------------------------------------------------------------------

    fn function(&mut self, f: &mut Function) -> Check {
        let outer = self.f().map(|o| {
            (
                o.strict,
                o.super_call_ok,
                o.super_property_ok,
                o.new_target_ok,
                o.no_arguments,
            )
        });
        let outer_strict = outer.is_some_and(|o| o.0);
        f.strict |= outer_strict;
        if f.strict {
            self.mark_strict(f.span);
        }
        let simple = f.rest.is_none()
            && f.params
                .iter()
                .all(|p| matches!(p.kind, PatternKind::Ident(_)));
        if !simple {
            if let FunctionBody::Block(body) = &f.body {
                if let Some(directive) = use_strict_directive(self.cx, body) {
                    return err(
                        "Illegal 'use strict' directive in function with non-simple parameter list",
                        directive,
                    );
                }
            }
        }
        let is_arrow = f.kind == FunctionKind::Arrow;
        let method_like = matches!(
            f.kind,
            FunctionKind::Method
                | FunctionKind::Getter
                | FunctionKind::Setter
                | FunctionKind::ClassConstructor { .. }
        );
        let (super_call, super_property, new_target, no_arguments) = match (f.kind, outer) {
            (FunctionKind::Arrow, Some((_, call, property, new_target, no_arguments))) => {
                (call, property, new_target, no_arguments)
            }
            (FunctionKind::ClassConstructor { derived }, _) => (derived, true, true, false),
            _ => (false, method_like, true, false),
        };
        // A function expression's own name is checked with its own strictness.
        if let Some(name) = &f.name {
            if f.strict && (&*name.name == "eval" || &*name.name == "arguments") {
                return err("Unexpected eval or arguments in strict mode", name.span);
            }
        }
        self.functions.push(FnCx {
            code: Code::Function,
            strict: f.strict,
            is_async: f.is_async,
            is_generator: f.is_generator,
            in_params: true,
            return_ok: true,
            new_target_ok: new_target,
            super_call_ok: super_call,
            super_property_ok: super_property,
            no_arguments,
            labels: Vec::new(),
            loops: 0,
            breakables: 0,
        });
        let result = self.in_scope(ScopeKind::Function, |this| {
            this.function_inner(f, simple, is_arrow || method_like)
        });
        self.functions.pop();
        result
    }

    fn function_inner(&mut self, f: &mut Function, simple: bool, unique_params: bool) -> Check {
        let strict = f.strict;
        let mut seen: Vec<Rc<str>> = Vec::new();
        let check_duplicates = strict || !simple || unique_params;
        for p in f.params.iter_mut().chain(f.rest.iter_mut()) {
            self.pattern_names(p, &mut |this, id| {
                this.binding_name(id)?;
                if check_duplicates && seen.contains(&id.name) {
                    return err(
                        "Duplicate parameter name not allowed in this context",
                        id.span,
                    );
                }
                seen.push(id.name.clone());
                this.scopes.declare_var(&id.name, id.span)
            })?;
            self.pattern_exprs(p)?;
        }
        if let Some(cx) = self.f_mut() {
            cx.in_params = false;
        }
        match &mut f.body {
            FunctionBody::Block(body) => self.stmts(body),
            FunctionBody::Expr(e) => self.expr(e),
        }
    }

    fn class(&mut self, c: &mut Class) -> Check {
        self.mark_strict(c.span);
        // The heritage is class code, but outside the class's private scope.
        if let Some(extends) = &mut c.extends {
            let was_strict = self.f().is_some_and(|f| f.strict);
            if let Some(f) = self.f_mut() {
                f.strict = true;
            }
            let result = self.expr(extends);
            if let Some(f) = self.f_mut() {
                f.strict = was_strict;
            }
            result?;
        }
        let names = private_names(c)?;
        self.classes.push(names);
        let result = self.class_body(c);
        self.classes.pop();
        result
    }

    fn class_body(&mut self, c: &mut Class) -> Check {
        if let Some(constructor) = &mut c.constructor {
            let f = Rc::make_mut(constructor);
            f.strict = true;
            self.function(f)?;
        }
        for m in &mut c.members {
            match &mut m.kind {
                ClassMemberKind::Method { key, func }
                | ClassMemberKind::Getter { key, func }
                | ClassMemberKind::Setter { key, func } => {
                    self.class_key(key)?;
                    let f = Rc::make_mut(func);
                    f.strict = true;
                    self.function(f)?;
                }
                ClassMemberKind::Field { key, value } => {
                    self.class_key(key)?;
                    if let Some(value) = value {
                        self.class_code(Code::FieldInit, |this| this.expr(value))?;
                    }
                }
                ClassMemberKind::StaticBlock(body) => {
                    self.class_code(Code::StaticBlock, |this| {
                        this.in_scope(ScopeKind::Function, |this| this.stmts(body))
                    })?;
                }
            }
        }
        Ok(())
    }

    /// A computed key is evaluated in the class's (strict) code.
    fn class_key(&mut self, key: &mut PropKey) -> Check {
        match key {
            PropKey::Computed(e) => {
                let was_strict = self.f().is_some_and(|f| f.strict);
                if let Some(f) = self.f_mut() {
                    f.strict = true;
                }
                let result = self.expr(e);
                if let Some(f) = self.f_mut() {
                    f.strict = was_strict;
                }
                result
            }
            _ => Ok(()),
        }
    }

    /// A field initializer or static block: like a method body, without
    /// `arguments`, `return` or `await`.
    fn class_code(&mut self, code: Code, f: impl FnOnce(&mut Self) -> Check) -> Check {
        self.functions.push(FnCx {
            code,
            strict: true,
            is_async: false,
            is_generator: false,
            in_params: false,
            return_ok: false,
            new_target_ok: true,
            super_call_ok: false,
            super_property_ok: true,
            no_arguments: true,
            labels: Vec::new(),
            loops: 0,
            breakables: 0,
        });
        let result = f(self);
        self.functions.pop();
        result
    }

    fn private_reference(&self, id: &Ident) -> Check {
        if self
            .classes
            .iter()
            .any(|names| names.contains_key(&id.name))
        {
            Ok(())
        } else {
            err(
                format!(
                    "Private field '#{}' must be declared in an enclosing class",
                    id.name
                ),
                id.span,
            )
        }
    }

    // -----------------------------------------------------------------------
    // Expressions
    // -----------------------------------------------------------------------

    fn expr(&mut self, e: &mut Expr) -> Check {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Number(_)
            | ExprKind::String(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Regex { .. }
            | ExprKind::This => Ok(()),
            ExprKind::Template(t) => self.exprs(&mut t.exprs),
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.expr(tag)?;
                self.exprs(&mut quasi.exprs)
            }
            ExprKind::Ident(id) => self.reference_name(id),
            ExprKind::Array(elements) => {
                for element in elements.iter_mut().flatten() {
                    match element {
                        ArrayElement::Expr(e) | ArrayElement::Spread(e) => self.expr(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Object(properties) => self.object(properties),
            ExprKind::Function(f) => {
                // A function expression's own name is bound inside it, so
                // `await`/`yield` are keywords there when it is async or a
                // generator.
                if let Some(name) = &f.name {
                    if (&*name.name == "await" && f.is_async)
                        || (&*name.name == "yield" && f.is_generator)
                    {
                        return err("Unexpected reserved word", name.span);
                    }
                }
                self.function(Rc::make_mut(f))
            }
            ExprKind::Arrow(f) => self.function(Rc::make_mut(f)),
            ExprKind::Class(c) => {
                let c = Rc::make_mut(c);
                if let Some(name) = &c.name {
                    self.class_name(name)?;
                }
                self.class(c)
            }
            ExprKind::Unary { op, arg } => {
                if *op == UnaryOp::Delete {
                    if let ExprKind::Ident(_) = arg.kind {
                        if self.strict() {
                            return err(
                                "Delete of an unqualified identifier in strict mode.",
                                arg.span,
                            );
                        }
                    }
                    if let Some(private) = private_member(arg) {
                        return err("Private fields can not be deleted", private);
                    }
                }
                self.expr(arg)
            }
            ExprKind::Update { target, .. } => {
                if let ExprKind::Ident(id) = &target.kind {
                    self.assigned_name(id)?;
                }
                self.expr(target)
            }
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::PrivateIn { name, right } => {
                self.private_reference(name)?;
                self.expr(right)
            }
            ExprKind::Assign { target, value, .. } => {
                self.assign_target(target)?;
                self.expr(value)
            }
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => {
                self.expr(test)?;
                self.expr(consequent)?;
                self.expr(alternate)
            }
            ExprKind::Call { callee, args, .. } => {
                self.expr(callee)?;
                self.args(args)
            }
            ExprKind::New { callee, args } => {
                self.expr(callee)?;
                self.args(args)
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(object)?;
                self.member_prop(property)
            }
            ExprKind::OptionalChain(inner) => self.expr(inner),
            ExprKind::SuperMember(property) => {
                if !self.f().is_some_and(|f| f.super_property_ok) {
                    return err("'super' keyword unexpected here", span);
                }
                self.member_prop(property)
            }
            ExprKind::SuperCall(args) => {
                if !self.f().is_some_and(|f| f.super_call_ok) {
                    return err("'super' keyword unexpected here", span);
                }
                self.args(args)
            }
            ExprKind::NewTarget => {
                if self.f().is_some_and(|f| f.new_target_ok) {
                    Ok(())
                } else {
                    err("new.target expression is not allowed here", span)
                }
            }
            ExprKind::Sequence(list) => self.exprs(list),
            ExprKind::Yield { .. } => self.yield_expr(e),
            ExprKind::Await(arg) => {
                let Some(f) = self.f() else { return Ok(()) };
                if f.is_async && f.in_params {
                    return err(
                        "Illegal await-expression in formal parameters of async function",
                        span,
                    );
                }
                if f.code == Code::StaticBlock || f.code == Code::FieldInit {
                    return err("Unexpected reserved word", span);
                }
                if !f.is_async {
                    return err(
                        "await is only valid in async functions and the top level bodies of modules",
                        span,
                    );
                }
                self.expr(arg)
            }
        }
    }

    fn exprs(&mut self, list: &mut [Expr]) -> Check {
        for e in list {
            self.expr(e)?;
        }
        Ok(())
    }

    fn args(&mut self, args: &mut [Argument]) -> Check {
        for arg in args {
            match arg {
                Argument::Expr(e) | Argument::Spread(e) => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn member_prop(&mut self, property: &mut MemberProp) -> Check {
        match property {
            MemberProp::Name(_) => Ok(()),
            MemberProp::Computed(e) => self.expr(e),
            MemberProp::Private(id) => self.private_reference(id),
        }
    }

    fn object(&mut self, properties: &mut [Property]) -> Check {
        let mut seen_proto = false;
        for p in properties.iter_mut() {
            match &mut p.kind {
                PropertyKind::Init { key, value } => {
                    let is_proto = match key {
                        PropKey::Ident(id) => &*id.name == "__proto__",
                        PropKey::String(s, _) => String::from_utf16_lossy(s) == "__proto__",
                        _ => false,
                    };
                    if is_proto {
                        if seen_proto {
                            return err(
                                "Duplicate __proto__ fields are not allowed in object literals",
                                key_span(key).unwrap_or(p.span),
                            );
                        }
                        seen_proto = true;
                    }
                    self.prop_key(key)?;
                    self.expr(value)?;
                }
                PropertyKind::Shorthand(id) => self.reference_name(id)?,
                PropertyKind::Method { key, func }
                | PropertyKind::Getter { key, func }
                | PropertyKind::Setter { key, func } => {
                    self.prop_key(key)?;
                    self.function(Rc::make_mut(func))?;
                }
                PropertyKind::Spread(e) => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn prop_key(&mut self, key: &mut PropKey) -> Check {
        match key {
            PropKey::Computed(e) => self.expr(e),
            _ => Ok(()),
        }
    }

    /// `yield`: a keyword in generators; in sloppy code elsewhere it is an
    /// identifier, which the grammar (treating it always as the keyword) could
    /// only parse as a bare `yield` or `yield * x`; those are rewritten.
    fn yield_expr(&mut self, e: &mut Expr) -> Check {
        let span = e.span;
        let ExprKind::Yield { arg, delegate } = &mut e.kind else {
            return Ok(());
        };
        let Some(f) = self.f() else { return Ok(()) };
        if f.is_generator {
            if f.in_params {
                return err("Yield expression not allowed in formal parameter", span);
            }
            return match arg {
                Some(arg) => self.expr(arg),
                None => Ok(()),
            };
        }
        if f.strict {
            return err("Unexpected strict mode reserved word", span);
        }
        let name = Ident {
            name: Rc::from("yield"),
            span: Span {
                start: span.start,
                end: span.start + 5,
            },
        };
        let reference = Expr {
            span: name.span,
            kind: ExprKind::Ident(name),
        };
        match (arg.take(), *delegate) {
            (None, _) => {
                e.kind = reference.kind;
                e.span = reference.span;
                Ok(())
            }
            (Some(right), true) => {
                e.kind = ExprKind::Binary {
                    op: BinaryOp::Mul,
                    left: Box::new(reference),
                    right,
                };
                self.expr(e)
            }
            (Some(right), false) => {
                let tokens = nodelet_lexer::tokenize(self.cx.src);
                let next = tokens
                    .iter()
                    .find(|t| t.span.start >= right.span.start && t.kind != TokenKind::LParen);
                match next {
                    Some(t) => err(
                        crate::messages::describe_kind(self.cx, &t.kind, t.span),
                        t.span,
                    ),
                    None => err("Unexpected token", right.span),
                }
            }
        }
    }
}

/// Whether a labeled statement's body (through more labels) is a loop.
fn labels_loop(body: &Stmt) -> bool {
    match &body.kind {
        StmtKind::For { .. }
        | StmtKind::ForIn { .. }
        | StmtKind::ForOf { .. }
        | StmtKind::While { .. }
        | StmtKind::DoWhile { .. } => true,
        StmtKind::Labeled { body, .. } => labels_loop(body),
        _ => false,
    }
}

/// `a.#x` (possibly inside an optional chain): the private name's span.
fn private_member(e: &Expr) -> Option<Span> {
    match &e.kind {
        ExprKind::Member {
            property: MemberProp::Private(id),
            ..
        } => Some(id.span),
        ExprKind::OptionalChain(inner) => private_member(inner),
        _ => None,
    }
}

fn key_span(key: &PropKey) -> Option<Span> {
    match key {
        PropKey::Ident(id) | PropKey::Private(id) => Some(id.span),
        PropKey::String(_, span) | PropKey::Number(_, span) => Some(*span),
        PropKey::Computed(e) => Some(e.span),
    }
}

/// The private names a class declares, with V8's error for a duplicate (a
/// getter and a setter of the same name are one accessor pair).
fn private_names(c: &Class) -> Result<HashMap<Rc<str>, PrivateKind>, SyntaxError> {
    let mut names: HashMap<Rc<str>, PrivateKind> = HashMap::new();
    for m in &c.members {
        let (key, kind) = match &m.kind {
            ClassMemberKind::Field { key, .. } => (key, PrivateKind::Field),
            ClassMemberKind::Method { key, .. } => (key, PrivateKind::Method),
            ClassMemberKind::Getter { key, .. } => (
                key,
                PrivateKind::Getter {
                    is_static: m.is_static,
                },
            ),
            ClassMemberKind::Setter { key, .. } => (
                key,
                PrivateKind::Setter {
                    is_static: m.is_static,
                },
            ),
            ClassMemberKind::StaticBlock(_) => continue,
        };
        let PropKey::Private(id) = key else { continue };
        let merged = match (names.get(&id.name), kind) {
            (None, kind) => kind,
            (Some(PrivateKind::Getter { is_static: a }), PrivateKind::Setter { is_static: b })
            | (Some(PrivateKind::Setter { is_static: a }), PrivateKind::Getter { is_static: b })
                if *a == b =>
            {
                PrivateKind::Accessors
            }
            (Some(_), kind) => {
                // V8 points at a field's name but at the end of a method.
                let span = if kind == PrivateKind::Field {
                    id.span
                } else {
                    Span {
                        start: m.span.end.saturating_sub(1),
                        end: m.span.end,
                    }
                };
                return err(
                    format!("Identifier '#{}' has already been declared", id.name),
                    span,
                );
            }
        };
        names.insert(id.name.clone(), merged);
    }
    Ok(names)
}
