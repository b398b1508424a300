//! Small functions the grammar's actions call to build tree nodes, so that
//! `grammar.lalrpop` reads as a grammar. Nothing here decides what parses; these
//! only assemble nodes and compute their spans (and reject the few errors that
//! are local to one production, such as a getter with parameters).

use std::rc::Rc;

use lalrpop_util::ParseError;
use nodelet_lexer::{template_escape_error, JsStr, Span, TokenKind};

use crate::asi::{self, GrammarError, Semi};
use crate::ast::*;
use crate::context::ParseContext;
use crate::tokens::Tok;
use crate::SyntaxError;

/// A syntax error as the generated parser carries it.
pub fn syntax_error(message: impl Into<String>, span: Span) -> GrammarError {
    ParseError::User {
        error: SyntaxError {
            message: message.into(),
            span,
        },
    }
}

/// `span` extended to end at `end`.
pub fn span_to(span: Span, end: u32) -> Span {
    Span {
        start: span.start,
        end: end.max(span.end),
    }
}

pub fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

pub fn pattern(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

// ---------------------------------------------------------------------------
// Names and literals
// ---------------------------------------------------------------------------

/// The name a token spells: an identifier's (decoded) name, a private name
/// without its `#`, or a keyword's text.
pub fn word(cx: &ParseContext, t: &Tok) -> Ident {
    let name: Rc<str> = match &t.kind {
        TokenKind::Ident { name, .. } | TokenKind::PrivateName(name) => name.clone(),
        kind => match kind.fixed_text() {
            Some(text) => Rc::from(text),
            None => Rc::from(cx.text(t.span)),
        },
    };
    Ident { name, span: t.span }
}

/// Words that are reserved everywhere: as binding or reference names they cannot
/// be written with escapes either (`\u0069f`).
const RESERVED_WORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
];

/// An identifier used as a name (not a property name): an escaped reserved word
/// is an error here.
pub fn ident(cx: &ParseContext, t: &Tok) -> Result<Ident, GrammarError> {
    if let TokenKind::Ident {
        name,
        escaped: true,
    } = &t.kind
    {
        if RESERVED_WORDS.contains(&&**name) {
            return Err(syntax_error(
                "Keyword must not contain escaped characters",
                t.span,
            ));
        }
    }
    Ok(word(cx, t))
}

pub fn ident_expr(name: Ident) -> Expr {
    let span = name.span;
    expr(ExprKind::Ident(name), span)
}

pub fn number_value(t: &Tok) -> f64 {
    match t.kind {
        TokenKind::Number { value, .. } => value,
        _ => f64::NAN,
    }
}

pub fn string_value(t: &Tok) -> JsStr {
    match &t.kind {
        TokenKind::String { value, .. } => value.clone(),
        _ => Rc::from(Vec::new()),
    }
}

/// A regular expression literal. The pattern itself is checked by the regular
/// expression engine when it is compiled; the flags are checked here, as V8 does.
pub fn regex(t: &Tok) -> Result<Expr, GrammarError> {
    let TokenKind::Regex { pattern, flags } = &t.kind else {
        return Err(syntax_error("Invalid regular expression", t.span));
    };
    let mut seen = String::new();
    for flag in flags.chars() {
        if !"dgimsuyv".contains(flag) || seen.contains(flag) {
            return Err(syntax_error("Invalid regular expression flags", t.span));
        }
        seen.push(flag);
    }
    let kind = ExprKind::Regex {
        pattern: pattern.clone(),
        flags: flags.clone(),
    };
    Ok(expr(kind, t.span))
}

/// A template literal from its chunks: `parts` pairs each head or middle chunk
/// with the substitution after it, and `last` is the tail (or the whole template
/// when there are no substitutions).
pub fn template(cx: &ParseContext, last: Tok, parts: Vec<(Tok, Expr)>) -> Template {
    let start = parts.first().map_or(last.span, |(t, _)| t.span);
    let span = start.to(last.span);
    let mut quasis = Vec::with_capacity(parts.len() + 1);
    let mut exprs = Vec::with_capacity(parts.len());
    for (chunk, e) in parts {
        quasis.push(template_element(cx, chunk));
        exprs.push(e);
    }
    quasis.push(template_element(cx, last));
    Template {
        quasis,
        exprs,
        span,
    }
}

fn template_element(cx: &ParseContext, t: Tok) -> TemplateElement {
    match t.kind {
        TokenKind::NoSubstTemplate { cooked, raw }
        | TokenKind::TemplateHead { cooked, raw }
        | TokenKind::TemplateMiddle { cooked, raw }
        | TokenKind::TemplateTail { cooked, raw } => TemplateElement {
            cooked,
            raw,
            span: t.span,
        },
        _ => TemplateElement {
            cooked: None,
            raw: Rc::from(cx.text(t.span)),
            span: t.span,
        },
    }
}

/// An untagged template: every chunk must have a cooked value.
pub fn untagged_template(quasi: Template) -> Result<Expr, GrammarError> {
    for element in &quasi.quasis {
        if element.cooked.is_none() {
            let (message, start, end) =
                template_escape_error(&element.raw).unwrap_or(("Invalid escape sequence", 0, 0));
            // The raw text starts one byte into the chunk (after `` ` `` or `}`).
            let base = element.span.start + 1;
            let span = Span {
                start: base + start as u32,
                end: base + end as u32,
            };
            return Err(syntax_error(message, span));
        }
    }
    let span = quasi.span;
    Ok(expr(ExprKind::Template(quasi), span))
}

pub fn tagged_template(tag: Expr, quasi: Template) -> Expr {
    let span = tag.span.to(quasi.span);
    expr(
        ExprKind::TaggedTemplate {
            tag: Box::new(tag),
            quasi,
        },
        span,
    )
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

pub fn sequence(mut list: Vec<Expr>) -> Expr {
    if list.len() == 1 {
        if let Some(only) = list.pop() {
            return only;
        }
    }
    let span = match (list.first(), list.last()) {
        (Some(first), Some(last)) => first.span.to(last.span),
        _ => Span::default(),
    };
    expr(ExprKind::Sequence(list), span)
}

pub fn push(mut list: Vec<Expr>, e: Expr) -> Vec<Expr> {
    list.push(e);
    list
}

pub fn binary(op: BinaryOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    expr(
        ExprKind::Binary {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        span,
    )
}

pub fn logical(op: LogicalOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    expr(
        ExprKind::Logical {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        span,
    )
}

pub fn private_in(cx: &ParseContext, name: Tok, right: Expr) -> Expr {
    let span = name.span.to(right.span);
    expr(
        ExprKind::PrivateIn {
            name: word(cx, &name),
            right: Box::new(right),
        },
        span,
    )
}

pub fn unary(t: Tok, op: UnaryOp, arg: Expr) -> Expr {
    let span = t.span.to(arg.span);
    expr(
        ExprKind::Unary {
            op,
            arg: Box::new(arg),
        },
        span,
    )
}

pub fn await_expr(t: Tok, arg: Expr) -> Expr {
    let span = t.span.to(arg.span);
    expr(ExprKind::Await(Box::new(arg)), span)
}

/// `-a ** b`: V8's message, pointing from the operator to the `**`.
pub fn unary_before_exponent(left: Expr, op: Tok) -> GrammarError {
    syntax_error(
        "Unary operator used immediately before exponentiation expression. \
         Parenthesis must be used to disambiguate operator precedence",
        left.span.to(op.span),
    )
}

pub fn conditional(test: Expr, consequent: Expr, alternate: Expr) -> Expr {
    let span = test.span.to(alternate.span);
    expr(
        ExprKind::Conditional {
            test: Box::new(test),
            consequent: Box::new(consequent),
            alternate: Box::new(alternate),
        },
        span,
    )
}

pub fn yield_expr(t: Tok, arg: Expr, delegate: bool) -> Expr {
    let span = t.span.to(arg.span);
    expr(
        ExprKind::Yield {
            arg: Some(Box::new(arg)),
            delegate,
        },
        span,
    )
}

// ---------------------------------------------------------------------------
// Calls and members
// ---------------------------------------------------------------------------

pub type Arguments = (Vec<Argument>, Span);

pub fn call(callee: Expr, args: Arguments, optional: bool) -> Expr {
    let span = callee.span.to(args.1);
    expr(
        ExprKind::Call {
            callee: Box::new(callee),
            args: args.0,
            optional,
        },
        span,
    )
}

pub fn new_expr(t: Tok, callee: Expr, args: Option<Arguments>) -> Expr {
    let end = args.as_ref().map_or(callee.span, |a| a.1);
    let span = t.span.to(end);
    expr(
        ExprKind::New {
            callee: Box::new(callee),
            args: args.map(|a| a.0).unwrap_or_default(),
        },
        span,
    )
}

pub fn member(object: Expr, property: (MemberProp, Span), optional: bool) -> Expr {
    let span = object.span.to(property.1);
    expr(
        ExprKind::Member {
            object: Box::new(object),
            property: property.0,
            optional,
        },
        span,
    )
}

/// What follows a `?.`.
pub enum OptionalLink {
    Call(Arguments),
    Member(MemberProp, Span),
    /// ``a?.`x` ``: never valid.
    Template(Span),
}

pub fn optional_link(object: Expr, link: OptionalLink) -> Result<Expr, GrammarError> {
    match link {
        OptionalLink::Call(args) => Ok(call(object, args, true)),
        OptionalLink::Member(property, span) => Ok(member(object, (property, span), true)),
        OptionalLink::Template(span) => Err(tagged_optional_chain(span)),
    }
}

pub fn tagged_optional_chain(span: Span) -> GrammarError {
    syntax_error("Invalid tagged template on optional chain", span)
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

pub fn if_stmt(t: Tok, test: Expr, consequent: Stmt, alternate: Option<Stmt>) -> Stmt {
    let end = alternate.as_ref().map_or(consequent.span, |a| a.span);
    stmt(
        StmtKind::If {
            test: Box::new(test),
            consequent: Box::new(consequent),
            alternate: alternate.map(Box::new),
        },
        t.span.to(end),
    )
}

pub fn labeled(label: Ident, body: Stmt) -> Stmt {
    let span = label.span.to(body.span);
    stmt(
        StmtKind::Labeled {
            label,
            body: Box::new(body),
        },
        span,
    )
}

/// The head of a statement that ends with a body statement.
pub enum CompoundHead {
    While(Span, Expr),
    For(Span, Option<ForInit>, Option<Expr>, Option<Expr>),
    ForIn(Span, ForHead, Expr),
    ForOf(Span, ForHead, Expr, bool),
    With(Span),
}

impl CompoundHead {
    pub fn finish(self, cx: &ParseContext, body: Stmt) -> Stmt {
        let body_span = body.span;
        let body = Box::new(body);
        let (start, kind) = match self {
            CompoundHead::While(start, test) => (
                start,
                StmtKind::While {
                    test: Box::new(test),
                    body,
                },
            ),
            CompoundHead::For(start, init, test, update) => (
                start,
                StmtKind::For {
                    init,
                    test: test.map(Box::new),
                    update: update.map(Box::new),
                    body,
                },
            ),
            CompoundHead::ForIn(start, left, right) => (
                start,
                StmtKind::ForIn {
                    left,
                    right: Box::new(right),
                    body,
                },
            ),
            CompoundHead::ForOf(start, left, right, is_await) => (
                start,
                StmtKind::ForOf {
                    left,
                    right: Box::new(right),
                    body,
                    is_await,
                },
            ),
            // The tree has no `with`: it is noted and reported after parsing,
            // where strictness is known.
            CompoundHead::With(start) => {
                cx.add_with_statement(start);
                (start, StmtKind::Empty)
            }
        };
        stmt(kind, start.to(body_span))
    }
}

pub enum JumpKind {
    Break,
    Continue,
}

pub fn jump(
    cx: &ParseContext,
    t: Tok,
    kind: JumpKind,
    label: Option<Ident>,
    semi: Semi,
) -> Result<Stmt, GrammarError> {
    let content_end = label.as_ref().map_or(t.span, |l| l.span).end;
    let end = asi::finish(cx, content_end, semi)?;
    let kind = match kind {
        JumpKind::Break => StmtKind::Break(label),
        JumpKind::Continue => StmtKind::Continue(label),
    };
    Ok(stmt(kind, span_to(t.span, end)))
}

pub fn return_stmt(
    cx: &ParseContext,
    t: Tok,
    arg: Option<Expr>,
    semi: Semi,
) -> Result<Stmt, GrammarError> {
    let content_end = arg.as_ref().map_or(t.span, |e| e.span).end;
    let end = asi::finish(cx, content_end, semi)?;
    Ok(stmt(
        StmtKind::Return(arg.map(Box::new)),
        span_to(t.span, end),
    ))
}

pub type Block = (Vec<Stmt>, Span);

pub fn try_stmt(
    t: Tok,
    block: Block,
    handler: Option<CatchClause>,
    finalizer: Option<Block>,
) -> Stmt {
    let end = match (&finalizer, &handler) {
        (Some(f), _) => f.1,
        (None, Some(h)) => h.span,
        (None, None) => block.1,
    };
    stmt(
        StmtKind::Try {
            block: block.0,
            handler,
            finalizer: finalizer.map(|f| f.0),
        },
        t.span.to(end),
    )
}

pub fn switch_case(t: Tok, test: Option<Expr>, colon: Tok, body: Vec<Stmt>) -> SwitchCase {
    let end = body.last().map_or(colon.span, |s| s.span);
    SwitchCase {
        test: test.map(Box::new),
        body,
        span: t.span.to(end),
    }
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

pub fn default_pattern(target: Pattern, default: Expr) -> Pattern {
    let span = target.span.to(default.span);
    pattern(
        PatternKind::Default {
            target: Box::new(target),
            default: Box::new(default),
        },
        span,
    )
}

/// `{a}` or `{a = 1}` in a binding pattern.
pub fn shorthand_property(name: Ident, default: Option<Expr>) -> PatternProperty {
    let target = pattern(PatternKind::Ident(name.clone()), name.span);
    let value = match default {
        Some(d) => default_pattern(target, d),
        None => target,
    };
    PatternProperty {
        span: value.span,
        key: PropKey::Ident(name),
        value,
        shorthand: true,
    }
}

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

/// A parameter list.
pub struct Params {
    pub list: Vec<Pattern>,
    pub rest: Option<Pattern>,
    pub span: Span,
}

impl Params {
    pub fn new(
        mut list: Vec<Pattern>,
        last: Option<Pattern>,
        rest: Option<Pattern>,
        span: Span,
    ) -> Params {
        list.extend(last);
        Params { list, rest, span }
    }

    /// The parameter of `x => …`.
    pub fn single(name: Ident) -> Params {
        let span = name.span;
        Params {
            list: vec![pattern(PatternKind::Ident(name), span)],
            rest: None,
            span,
        }
    }
}

/// Whether a body's directive prologue holds `"use strict"` (§11.2.1): the
/// leading statements that are string literals alone, compared as written (an
/// escape or parentheses make it an ordinary string).
pub fn has_use_strict(cx: &ParseContext, body: &[Stmt]) -> bool {
    use_strict_directive(cx, body).is_some()
}

/// The span of the `"use strict"` directive, if the prologue has one.
pub fn use_strict_directive(cx: &ParseContext, body: &[Stmt]) -> Option<Span> {
    for s in body {
        let StmtKind::Expr(e) = &s.kind else {
            return None;
        };
        if !matches!(e.kind, ExprKind::String(_)) || s.span.start != e.span.start {
            return None;
        }
        let text = cx.text(e.span);
        if text == "\"use strict\"" || text == "'use strict'" {
            return Some(e.span);
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
pub fn function(
    cx: &ParseContext,
    start: Span,
    name: Option<Ident>,
    kind: FunctionKind,
    is_async: bool,
    is_generator: bool,
    params: Params,
    body: Block,
) -> Rc<Function> {
    Rc::new(Function {
        name,
        kind,
        is_async,
        is_generator,
        params: params.list,
        rest: params.rest,
        strict: has_use_strict(cx, &body.0),
        span: start.to(body.1),
        body: FunctionBody::Block(body.0),
    })
}

/// An arrow function's body.
pub enum ConciseBody {
    Block(Vec<Stmt>, Span),
    Expr(Expr),
}

pub fn arrow(
    cx: &ParseContext,
    start: Span,
    params: Params,
    is_async: bool,
    body: ConciseBody,
) -> Expr {
    let (body, end, strict) = match body {
        ConciseBody::Block(stmts, span) => {
            let strict = has_use_strict(cx, &stmts);
            (FunctionBody::Block(stmts), span, strict)
        }
        ConciseBody::Expr(e) => {
            let span = e.span;
            (FunctionBody::Expr(Box::new(e)), span, false)
        }
    };
    let span = start.to(end);
    let f = Function {
        name: None,
        kind: FunctionKind::Arrow,
        is_async,
        is_generator: false,
        params: params.list,
        rest: params.rest,
        body,
        strict,
        span,
    };
    expr(ExprKind::Arrow(Rc::new(f)), span)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    Getter,
    Setter,
}

/// A method of an object literal or class, before it is placed.
pub struct Method {
    pub key: PropKey,
    pub key_span: Span,
    pub kind: MethodKind,
    pub func: Rc<Function>,
}

#[allow(clippy::too_many_arguments)]
pub fn method(
    cx: &ParseContext,
    start: Span,
    key: (PropKey, Span),
    kind: MethodKind,
    is_async: bool,
    is_generator: bool,
    params: Params,
    body: Block,
) -> Result<Method, GrammarError> {
    match kind {
        MethodKind::Getter if !params.list.is_empty() || params.rest.is_some() => {
            return Err(syntax_error(
                "Getter must not have any formal parameters.",
                params.span,
            ));
        }
        MethodKind::Setter if params.rest.is_some() => {
            return Err(syntax_error(
                "Setter function argument must not be a rest parameter",
                params.span,
            ));
        }
        MethodKind::Setter if params.list.len() != 1 => {
            return Err(syntax_error(
                "Setter must have exactly one formal parameter.",
                params.span,
            ));
        }
        _ => {}
    }
    let function_kind = match kind {
        MethodKind::Method => FunctionKind::Method,
        MethodKind::Getter => FunctionKind::Getter,
        MethodKind::Setter => FunctionKind::Setter,
    };
    let func = function(
        cx,
        start,
        None,
        function_kind,
        is_async,
        is_generator,
        params,
        body,
    );
    Ok(Method {
        key: key.0,
        key_span: key.1,
        kind,
        func,
    })
}

pub fn object_method(m: Method) -> Property {
    let span = m.func.span;
    let (key, func) = (m.key, m.func);
    let kind = match m.kind {
        MethodKind::Method => PropertyKind::Method { key, func },
        MethodKind::Getter => PropertyKind::Getter { key, func },
        MethodKind::Setter => PropertyKind::Setter { key, func },
    };
    Property { kind, span }
}

// ---------------------------------------------------------------------------
// Classes
// ---------------------------------------------------------------------------

/// One element of a class body; `Option<Span>` is the `static` keyword.
pub enum ClassElement {
    Method(Option<Span>, Method),
    Field(Option<Span>, (PropKey, Span), Option<Box<Expr>>, Span),
    StaticBlock(Vec<Stmt>, Span),
}

pub struct ClassTail {
    extends: Option<Box<Expr>>,
    constructor: Option<Rc<Function>>,
    members: Vec<ClassMember>,
    end: Span,
}

/// The name a non-computed key spells (`constructor`, `"prototype"`), if any.
fn key_name(key: &PropKey) -> Option<String> {
    match key {
        PropKey::Ident(id) => Some(id.name.to_string()),
        PropKey::String(s, _) => Some(String::from_utf16_lossy(s)),
        _ => None,
    }
}

/// Sorts the class elements into the constructor and the members, with the
/// early errors that concern one class body's shape.
pub fn class_tail(
    extends: Option<Expr>,
    elements: Vec<Option<ClassElement>>,
    end: Span,
) -> Result<ClassTail, GrammarError> {
    let derived = extends.is_some();
    let mut constructor: Option<Rc<Function>> = None;
    let mut members = Vec::new();
    for element in elements.into_iter().flatten() {
        match element {
            ClassElement::Method(is_static, m) => {
                let name = key_name(&m.key);
                let is_constructor = name.as_deref() == Some("constructor") && is_static.is_none();
                if is_static.is_some() && name.as_deref() == Some("prototype") {
                    return Err(syntax_error(
                        "Classes may not have a static property named 'prototype'",
                        m.key_span,
                    ));
                }
                if matches!(&m.key, PropKey::Private(id) if &*id.name == "constructor") {
                    return Err(syntax_error(
                        "Classes may not have a private field named '#constructor'",
                        m.key_span,
                    ));
                }
                if is_constructor {
                    let problem = if m.kind != MethodKind::Method {
                        Some("Class constructor may not be an accessor")
                    } else if m.func.is_generator {
                        Some("Class constructor may not be a generator")
                    } else if m.func.is_async {
                        Some("Class constructor may not be an async method")
                    } else if constructor.is_some() {
                        Some("A class may only have one constructor")
                    } else {
                        None
                    };
                    if let Some(message) = problem {
                        return Err(syntax_error(message, m.key_span));
                    }
                    let mut func = m.func;
                    if let Some(f) = Rc::get_mut(&mut func) {
                        f.kind = FunctionKind::ClassConstructor { derived };
                    }
                    constructor = Some(func);
                    continue;
                }
                let span = match is_static {
                    Some(s) => s.to(m.func.span),
                    None => m.func.span,
                };
                let (key, func) = (m.key, m.func);
                let kind = match m.kind {
                    MethodKind::Method => ClassMemberKind::Method { key, func },
                    MethodKind::Getter => ClassMemberKind::Getter { key, func },
                    MethodKind::Setter => ClassMemberKind::Setter { key, func },
                };
                members.push(ClassMember {
                    is_static: is_static.is_some(),
                    kind,
                    span,
                });
            }
            ClassElement::Field(is_static, (key, key_span), value, span) => {
                let name = key_name(&key);
                let private_name = match &key {
                    PropKey::Private(id) => Some(&*id.name),
                    _ => None,
                };
                if name.as_deref() == Some("constructor") || private_name == Some("constructor") {
                    return Err(syntax_error(
                        "Classes may not have a field named 'constructor'",
                        key_span,
                    ));
                }
                if is_static.is_some() && name.as_deref() == Some("prototype") {
                    return Err(syntax_error(
                        "Classes may not have a static property named 'prototype'",
                        key_span,
                    ));
                }
                members.push(ClassMember {
                    is_static: is_static.is_some(),
                    kind: ClassMemberKind::Field { key, value },
                    span,
                });
            }
            ClassElement::StaticBlock(body, span) => members.push(ClassMember {
                is_static: true,
                kind: ClassMemberKind::StaticBlock(body),
                span,
            }),
        }
    }
    Ok(ClassTail {
        extends: extends.map(Box::new),
        constructor,
        members,
        end,
    })
}

pub fn class(start: Span, name: Option<Ident>, tail: ClassTail) -> Rc<Class> {
    Rc::new(Class {
        name,
        extends: tail.extends,
        constructor: tail.constructor,
        members: tail.members,
        span: start.to(tail.end),
    })
}
