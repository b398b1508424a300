//! A readable, stable text form of the syntax tree, for snapshot tests, the book
//! and `nodelet --dump-ast`.
//!
//! One node per line, children indented by two spaces, each line ending with the
//! node's start as `@line:column`:
//!
//! ```text
//! Program
//!   Var let @1:1
//!     Declarator @1:5
//!       Ident x @1:5
//!       Number 1 @1:9
//! ```
//!
//! Where a child's role is not clear from its position (an `if`'s branches, a
//! `for` head), a line naming the role (`Then`, `Init`…) comes first.

use std::fmt::Write;

use nodelet_lexer::{LineIndex, Span};

use crate::ast::*;

/// The tree as indented text; `src` is the text it was parsed from (for the
/// line:column positions).
pub fn dump_ast(program: &Program, src: &str) -> String {
    let mut d = Dumper {
        out: String::new(),
        lines: LineIndex::new(src),
        depth: 0,
    };
    let strict = if program.strict { " (strict)" } else { "" };
    d.line(&format!("Program{strict}"), None);
    d.nested(|d| d.stmts(&program.body));
    d.out
}

struct Dumper<'src> {
    out: String,
    lines: LineIndex<'src>,
    depth: usize,
}

impl Dumper<'_> {
    /// Writes one line at the current depth, with the span's position if any.
    fn line(&mut self, text: &str, span: Option<Span>) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        if let Some(span) = span {
            let (line, col) = self.lines.line_col(span.start as usize);
            let _ = write!(self.out, " @{line}:{col}");
        }
        self.out.push('\n');
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    /// A line naming a role, with its children under it.
    fn role(&mut self, name: &str, f: impl FnOnce(&mut Self)) {
        self.line(name, None);
        self.nested(f);
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let at = Some(s.span);
        match &s.kind {
            StmtKind::Var(decl) => self.var_decl(decl, at),
            StmtKind::Function(f) => self.function(f),
            StmtKind::Class(c) => self.class(c),
            StmtKind::Expr(e) => {
                self.line("ExprStmt", at);
                self.nested(|d| d.expr(e));
            }
            StmtKind::Block(body) => {
                self.line("Block", at);
                self.nested(|d| d.stmts(body));
            }
            StmtKind::Empty => self.line("Empty", at),
            StmtKind::If {
                test,
                consequent,
                alternate,
            } => {
                self.line("If", at);
                self.nested(|d| {
                    d.expr(test);
                    d.role("Then", |d| d.stmt(consequent));
                    if let Some(alternate) = alternate {
                        d.role("Else", |d| d.stmt(alternate));
                    }
                });
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                self.line("For", at);
                self.nested(|d| {
                    match init {
                        Some(ForInit::Var(decl)) => d.role("Init", |d| d.var_decl(decl, None)),
                        Some(ForInit::Expr(e)) => d.role("Init", |d| d.expr(e)),
                        None => {}
                    }
                    if let Some(test) = test {
                        d.role("Test", |d| d.expr(test));
                    }
                    if let Some(update) = update {
                        d.role("Update", |d| d.expr(update));
                    }
                    d.role("Body", |d| d.stmt(body));
                });
            }
            StmtKind::ForIn { left, right, body } => {
                self.line("ForIn", at);
                self.nested(|d| d.for_each(left, right, body));
            }
            StmtKind::ForOf {
                left,
                right,
                body,
                is_await,
            } => {
                self.line(if *is_await { "ForAwaitOf" } else { "ForOf" }, at);
                self.nested(|d| d.for_each(left, right, body));
            }
            StmtKind::While { test, body } => {
                self.line("While", at);
                self.nested(|d| {
                    d.expr(test);
                    d.stmt(body);
                });
            }
            StmtKind::DoWhile { body, test } => {
                self.line("DoWhile", at);
                self.nested(|d| {
                    d.stmt(body);
                    d.expr(test);
                });
            }
            StmtKind::Return(arg) => {
                self.line("Return", at);
                self.nested(|d| d.opt_expr(arg.as_deref()));
            }
            StmtKind::Break(label) => self.line(&labelled("Break", label), at),
            StmtKind::Continue(label) => self.line(&labelled("Continue", label), at),
            StmtKind::Throw(e) => {
                self.line("Throw", at);
                self.nested(|d| d.expr(e));
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.line("Try", at);
                self.nested(|d| {
                    d.role("Block", |d| d.stmts(block));
                    if let Some(handler) = handler {
                        d.line("Catch", Some(handler.span));
                        d.nested(|d| {
                            if let Some(param) = &handler.param {
                                d.role("Param", |d| d.pattern(param));
                            }
                            d.stmts(&handler.body);
                        });
                    }
                    if let Some(finalizer) = finalizer {
                        d.role("Finally", |d| d.stmts(finalizer));
                    }
                });
            }
            StmtKind::Switch {
                discriminant,
                cases,
            } => {
                self.line("Switch", at);
                self.nested(|d| {
                    d.expr(discriminant);
                    for case in cases {
                        match &case.test {
                            Some(test) => {
                                d.line("Case", Some(case.span));
                                d.nested(|d| {
                                    d.expr(test);
                                    d.stmts(&case.body);
                                });
                            }
                            None => {
                                d.line("Default", Some(case.span));
                                d.nested(|d| d.stmts(&case.body));
                            }
                        }
                    }
                });
            }
            StmtKind::Labeled { label, body } => {
                self.line(&format!("Labeled {}", label.name), at);
                self.nested(|d| d.stmt(body));
            }
            StmtKind::Debugger => self.line("Debugger", at),
        }
    }

    fn var_decl(&mut self, decl: &VarDecl, at: Option<Span>) {
        self.line(&format!("Var {}", var_kind(decl.kind)), at);
        self.nested(|d| {
            for declarator in &decl.declarators {
                d.line("Declarator", Some(declarator.span));
                d.nested(|d| {
                    d.pattern(&declarator.target);
                    d.opt_expr(declarator.init.as_deref());
                });
            }
        });
    }

    fn for_each(&mut self, left: &ForHead, right: &Expr, body: &Stmt) {
        match left {
            ForHead::Var(kind, target) => {
                self.line(&format!("Var {}", var_kind(*kind)), None);
                self.nested(|d| d.pattern(target));
            }
            ForHead::Target(target) => self.pattern(target),
        }
        self.expr(right);
        self.role("Body", |d| d.stmt(body));
    }

    fn opt_expr(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        let at = Some(e.span);
        match &e.kind {
            ExprKind::Number(n) => self.line(&format!("Number {}", number(*n)), at),
            ExprKind::String(s) => self.line(&format!("String {}", js_string(s)), at),
            ExprKind::Bool(b) => self.line(&format!("Bool {b}"), at),
            ExprKind::Null => self.line("Null", at),
            ExprKind::Regex { pattern, flags } => {
                self.line(&format!("Regex /{pattern}/{flags}"), at)
            }
            ExprKind::Template(t) => self.template(t),
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.line("TaggedTemplate", at);
                self.nested(|d| {
                    d.expr(tag);
                    d.template(quasi);
                });
            }
            ExprKind::Ident(id) => self.line(&format!("Ident {}", id.name), at),
            ExprKind::This => self.line("This", at),
            ExprKind::Array(elements) => {
                self.line("Array", at);
                self.nested(|d| {
                    for element in elements {
                        match element {
                            None => d.line("Hole", None),
                            Some(ArrayElement::Expr(e)) => d.expr(e),
                            Some(ArrayElement::Spread(e)) => d.role("Spread", |d| d.expr(e)),
                        }
                    }
                });
            }
            ExprKind::Object(properties) => {
                self.line("Object", at);
                self.nested(|d| {
                    for p in properties {
                        d.property(p);
                    }
                });
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.function(f),
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary { op, arg } => {
                self.line(&format!("Unary {}", unary_op(*op)), at);
                self.nested(|d| d.expr(arg));
            }
            ExprKind::Update { op, prefix, target } => {
                let op = match op {
                    UpdateOp::Increment => "++",
                    UpdateOp::Decrement => "--",
                };
                let fix = if *prefix { "prefix" } else { "postfix" };
                self.line(&format!("Update {op} {fix}"), at);
                self.nested(|d| d.expr(target));
            }
            ExprKind::Binary { op, left, right } => {
                self.line(&format!("Binary {}", binary_op(*op)), at);
                self.nested(|d| {
                    d.expr(left);
                    d.expr(right);
                });
            }
            ExprKind::Logical { op, left, right } => {
                let op = match op {
                    LogicalOp::And => "&&",
                    LogicalOp::Or => "||",
                    LogicalOp::Nullish => "??",
                };
                self.line(&format!("Logical {op}"), at);
                self.nested(|d| {
                    d.expr(left);
                    d.expr(right);
                });
            }
            ExprKind::PrivateIn { name, right } => {
                self.line(&format!("PrivateIn #{}", name.name), at);
                self.nested(|d| d.expr(right));
            }
            ExprKind::Assign { op, target, value } => {
                self.line(&format!("Assign {}", assign_op(*op)), at);
                self.nested(|d| {
                    d.pattern(target);
                    d.expr(value);
                });
            }
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => {
                self.line("Conditional", at);
                self.nested(|d| {
                    d.expr(test);
                    d.expr(consequent);
                    d.expr(alternate);
                });
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => {
                self.line(if *optional { "Call ?." } else { "Call" }, at);
                self.nested(|d| {
                    d.expr(callee);
                    d.args(args);
                });
            }
            ExprKind::New { callee, args } => {
                self.line("New", at);
                self.nested(|d| {
                    d.expr(callee);
                    d.args(args);
                });
            }
            ExprKind::Member {
                object,
                property,
                optional,
            } => {
                self.member("Member", *optional, property, at, Some(object));
            }
            ExprKind::OptionalChain(inner) => {
                self.line("OptionalChain", at);
                self.nested(|d| d.expr(inner));
            }
            ExprKind::SuperMember(property) => {
                self.member("SuperMember", false, property, at, None)
            }
            ExprKind::SuperCall(args) => {
                self.line("SuperCall", at);
                self.nested(|d| d.args(args));
            }
            ExprKind::NewTarget => self.line("NewTarget", at),
            ExprKind::Sequence(list) => {
                self.line("Sequence", at);
                self.nested(|d| {
                    for e in list {
                        d.expr(e);
                    }
                });
            }
            ExprKind::Yield { arg, delegate } => {
                self.line(if *delegate { "Yield*" } else { "Yield" }, at);
                self.nested(|d| d.opt_expr(arg.as_deref()));
            }
            ExprKind::Await(arg) => {
                self.line("Await", at);
                self.nested(|d| d.expr(arg));
            }
        }
    }

    /// `Member .name`, `Member ?.#name`, `Member [computed]`…: the object (if any)
    /// and a computed key are the children.
    fn member(
        &mut self,
        label: &str,
        optional: bool,
        property: &MemberProp,
        at: Option<Span>,
        object: Option<&Expr>,
    ) {
        let dot = if optional { "?." } else { "." };
        let (text, computed) = match property {
            MemberProp::Name(id) => (format!("{dot}{}", id.name), None),
            MemberProp::Private(id) => (format!("{dot}#{}", id.name), None),
            MemberProp::Computed(e) => {
                let text = if optional {
                    "?.[computed]"
                } else {
                    "[computed]"
                };
                (text.to_string(), Some(&**e))
            }
        };
        self.line(&format!("{label} {text}"), at);
        self.nested(|d| {
            if let Some(object) = object {
                d.expr(object);
            }
            if let Some(computed) = computed {
                d.expr(computed);
            }
        });
    }

    fn args(&mut self, args: &[Argument]) {
        for arg in args {
            match arg {
                Argument::Expr(e) => self.expr(e),
                Argument::Spread(e) => self.role("Spread", |d| d.expr(e)),
            }
        }
    }

    fn template(&mut self, t: &Template) {
        self.line("Template", Some(t.span));
        self.nested(|d| {
            for (idx, quasi) in t.quasis.iter().enumerate() {
                let cooked = match &quasi.cooked {
                    Some(cooked) => js_string(cooked),
                    None => "(invalid escape)".to_string(),
                };
                d.line(&format!("Quasi {cooked}"), Some(quasi.span));
                if let Some(e) = t.exprs.get(idx) {
                    d.expr(e);
                }
            }
        });
    }

    fn property(&mut self, p: &Property) {
        let at = Some(p.span);
        match &p.kind {
            PropertyKind::Init { key, value } => {
                self.keyed("Init", key, at, |d| d.expr(value));
            }
            PropertyKind::Shorthand(id) => self.line(&format!("Shorthand {}", id.name), at),
            PropertyKind::Method { key, func } => {
                self.keyed("Method", key, at, |d| d.function(func))
            }
            PropertyKind::Getter { key, func } => {
                self.keyed("Getter", key, at, |d| d.function(func))
            }
            PropertyKind::Setter { key, func } => {
                self.keyed("Setter", key, at, |d| d.function(func))
            }
            PropertyKind::Spread(e) => {
                self.line("Spread", at);
                self.nested(|d| d.expr(e));
            }
        }
    }

    /// A node with a property key: the key's text on the line, a computed key's
    /// expression as the first child.
    fn keyed(&mut self, label: &str, key: &PropKey, at: Option<Span>, f: impl FnOnce(&mut Self)) {
        self.line(&format!("{label} {}", key_text(key)), at);
        self.nested(|d| {
            if let PropKey::Computed(e) = key {
                d.role("Key", |d| d.expr(e));
            }
            f(d);
        });
    }

    fn function(&mut self, f: &Function) {
        let mut text = match f.kind {
            FunctionKind::Arrow => "Arrow".to_string(),
            _ => "Function".to_string(),
        };
        if let Some(name) = &f.name {
            let _ = write!(text, " {}", name.name);
        }
        let mut flags = Vec::new();
        if f.is_async {
            flags.push("async");
        }
        if f.is_generator {
            flags.push("generator");
        }
        match f.kind {
            FunctionKind::Method => flags.push("method"),
            FunctionKind::Getter => flags.push("getter"),
            FunctionKind::Setter => flags.push("setter"),
            FunctionKind::ClassConstructor { derived: false } => flags.push("constructor"),
            FunctionKind::ClassConstructor { derived: true } => flags.push("derived constructor"),
            FunctionKind::Normal | FunctionKind::Arrow => {}
        }
        if f.strict {
            flags.push("strict");
        }
        if !flags.is_empty() {
            let _ = write!(text, " ({})", flags.join(", "));
        }
        self.line(&text, Some(f.span));
        self.nested(|d| {
            if !f.params.is_empty() {
                d.role("Params", |d| {
                    for p in &f.params {
                        d.pattern(p);
                    }
                });
            }
            if let Some(rest) = &f.rest {
                d.role("Rest", |d| d.pattern(rest));
            }
            match &f.body {
                FunctionBody::Block(body) => d.role("Body", |d| d.stmts(body)),
                FunctionBody::Expr(e) => d.role("Body", |d| d.expr(e)),
            }
        });
    }

    fn class(&mut self, c: &Class) {
        let name = c
            .name
            .as_ref()
            .map_or(String::new(), |n| format!(" {}", n.name));
        self.line(&format!("Class{name}"), Some(c.span));
        self.nested(|d| {
            if let Some(extends) = &c.extends {
                d.role("Extends", |d| d.expr(extends));
            }
            if let Some(constructor) = &c.constructor {
                d.function(constructor);
            }
            for m in &c.members {
                let stat = if m.is_static { "Static " } else { "" };
                let at = Some(m.span);
                match &m.kind {
                    ClassMemberKind::Method { key, func } => {
                        d.keyed(&format!("{stat}Method"), key, at, |d| d.function(func))
                    }
                    ClassMemberKind::Getter { key, func } => {
                        d.keyed(&format!("{stat}Getter"), key, at, |d| d.function(func))
                    }
                    ClassMemberKind::Setter { key, func } => {
                        d.keyed(&format!("{stat}Setter"), key, at, |d| d.function(func))
                    }
                    ClassMemberKind::Field { key, value } => {
                        d.keyed(&format!("{stat}Field"), key, at, |d| {
                            d.opt_expr(value.as_deref())
                        })
                    }
                    ClassMemberKind::StaticBlock(body) => {
                        d.line("StaticBlock", at);
                        d.nested(|d| d.stmts(body));
                    }
                }
            }
        });
    }

    fn pattern(&mut self, p: &Pattern) {
        let at = Some(p.span);
        match &p.kind {
            PatternKind::Ident(id) => self.line(&format!("Ident {}", id.name), at),
            PatternKind::Member(e) => self.expr(e),
            PatternKind::Array { elements, rest } => {
                self.line("ArrayPattern", at);
                self.nested(|d| {
                    for element in elements {
                        match element {
                            Some(p) => d.pattern(p),
                            None => d.line("Hole", None),
                        }
                    }
                    if let Some(rest) = rest {
                        d.role("Rest", |d| d.pattern(rest));
                    }
                });
            }
            PatternKind::Object { properties, rest } => {
                self.line("ObjectPattern", at);
                self.nested(|d| {
                    for prop in properties {
                        let label = if prop.shorthand {
                            "Prop (shorthand)"
                        } else {
                            "Prop"
                        };
                        d.keyed(label, &prop.key, Some(prop.span), |d| {
                            d.pattern(&prop.value)
                        });
                    }
                    if let Some(rest) = rest {
                        d.role("Rest", |d| d.pattern(rest));
                    }
                });
            }
            PatternKind::Default { target, default } => {
                self.line("Default", at);
                self.nested(|d| {
                    d.pattern(target);
                    d.expr(default);
                });
            }
        }
    }
}

fn labelled(what: &str, label: &Option<Ident>) -> String {
    match label {
        Some(label) => format!("{what} {}", label.name),
        None => what.to_string(),
    }
}

fn var_kind(kind: VarKind) -> &'static str {
    match kind {
        VarKind::Var => "var",
        VarKind::Let => "let",
        VarKind::Const => "const",
    }
}

fn key_text(key: &PropKey) -> String {
    match key {
        PropKey::Ident(id) => id.name.to_string(),
        PropKey::String(s, _) => js_string(s),
        PropKey::Number(n, _) => number(*n),
        PropKey::Computed(_) => "[computed]".to_string(),
        PropKey::Private(id) => format!("#{}", id.name),
    }
}

/// A number as JavaScript would print the usual ones (integers without `.0`).
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e21 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// A string value, quoted, with unprintable characters escaped; lone surrogates
/// show as `\u{d800}`.
fn js_string(units: &[u16]) -> String {
    let mut out = String::from("\"");
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => {
                for e in c.escape_debug() {
                    out.push(e);
                }
            }
            Err(e) => {
                let _ = write!(out, "\\u{{{:x}}}", e.unpaired_surrogate());
            }
        }
    }
    out.push('"');
    out
}

fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Minus => "-",
        UnaryOp::Plus => "+",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "~",
        UnaryOp::Typeof => "typeof",
        UnaryOp::Void => "void",
        UnaryOp::Delete => "delete",
    }
}

fn binary_op(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Eq => "==",
        BinaryOp::NotEq => "!=",
        BinaryOp::StrictEq => "===",
        BinaryOp::StrictNotEq => "!==",
        BinaryOp::Lt => "<",
        BinaryOp::LtEq => "<=",
        BinaryOp::Gt => ">",
        BinaryOp::GtEq => ">=",
        BinaryOp::Shl => "<<",
        BinaryOp::Shr => ">>",
        BinaryOp::UShr => ">>>",
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::Rem => "%",
        BinaryOp::Exp => "**",
        BinaryOp::BitOr => "|",
        BinaryOp::BitXor => "^",
        BinaryOp::BitAnd => "&",
        BinaryOp::In => "in",
        BinaryOp::InstanceOf => "instanceof",
    }
}

fn assign_op(op: AssignOp) -> &'static str {
    match op {
        AssignOp::Assign => "=",
        AssignOp::Add => "+=",
        AssignOp::Sub => "-=",
        AssignOp::Mul => "*=",
        AssignOp::Div => "/=",
        AssignOp::Rem => "%=",
        AssignOp::Exp => "**=",
        AssignOp::Shl => "<<=",
        AssignOp::Shr => ">>=",
        AssignOp::UShr => ">>>=",
        AssignOp::BitOr => "|=",
        AssignOp::BitXor => "^=",
        AssignOp::BitAnd => "&=",
        AssignOp::And => "&&=",
        AssignOp::Or => "||=",
        AssignOp::Nullish => "??=",
    }
}
