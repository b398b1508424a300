//! Cover grammars: expressions that turn out to be something else.
//!
//! An LR parser cannot know, at `(a, b`, whether it reads a parenthesized
//! expression or arrow parameters, nor, at `[a, b]`, whether an array literal or
//! the target of a destructuring assignment. So the grammar parses an expression
//! (the spec's "cover grammar", §13.2.5.1 and §15.3), and when `=>` or `=`
//! arrives, the functions here convert it to parameters or a [`Pattern`],
//! reporting node's errors for what cannot be converted.

use nodelet_lexer::Span;

use crate::actions::{default_pattern, expr, pattern, syntax_error, Arguments, Params};
use crate::asi::GrammarError;
use crate::ast::*;
use crate::context::ParseContext;

/// What `( … )` held, before we know whether `=>` follows.
pub enum Cover {
    /// `(expr)`: a parenthesized expression (or the parameters `(a, b = 1)`).
    Paren { expr: Expr, span: Span },
    /// `()`, `(a,)`, `(...rest)`, `(a, ...rest)`: parameters only.
    /// `not_an_expression` is the token that rules out an expression.
    Params {
        items: Vec<Expr>,
        rest: Option<(Span, Pattern)>,
        not_an_expression: Span,
        span: Span,
    },
}

impl Cover {
    pub fn paren(expr: Expr, span: Span) -> Cover {
        Cover::Paren { expr, span }
    }

    /// `end_token` is the `)` of `()`/`(a,)`; `rest` is the `...` and its target.
    pub fn params(
        items: Vec<Expr>,
        rest: Option<(Span, Pattern)>,
        end_token: Option<Span>,
        span: Span,
    ) -> Cover {
        let not_an_expression = match (&rest, end_token) {
            (Some((dots, _)), _) => *dots,
            (None, Some(token)) => token,
            (None, None) => span,
        };
        Cover::Params {
            items,
            rest,
            not_an_expression,
            span,
        }
    }
}

/// `( … )` not followed by `=>`: a parenthesized expression. Its span grows to
/// take in the parentheses (so statements end where their last token does), and
/// the context remembers it was parenthesized: `({a}) = 1` is not a pattern.
pub fn parenthesized(cx: &ParseContext, cover: Cover) -> Result<Expr, GrammarError> {
    match cover {
        Cover::Paren { mut expr, span } => {
            cx.mark_parenthesized(span);
            expr.span = span;
            Ok(expr)
        }
        Cover::Params {
            not_an_expression, ..
        } => {
            let text = cx.text(not_an_expression);
            Err(syntax_error(
                format!("Unexpected token '{text}'"),
                not_an_expression,
            ))
        }
    }
}

/// `( … ) =>`: the parameters, and where the arrow function starts.
pub fn arrow_params(cx: &ParseContext, cover: Cover) -> Result<(Span, Params), GrammarError> {
    let (items, rest, span) = match cover {
        Cover::Paren { expr, span } => {
            let items = match expr.kind {
                ExprKind::Sequence(items) if !cx.is_parenthesized(expr.span) => items,
                _ => vec![expr],
            };
            (items, None, span)
        }
        Cover::Params {
            items, rest, span, ..
        } => (items, rest, span),
    };
    let list = items
        .into_iter()
        .map(|item| binding(cx, item, true))
        .collect::<Result<Vec<_>, _>>()?;
    let rest = rest.map(|(_, p)| p);
    Ok((span, Params { list, rest, span }))
}

/// `async( … ) =>`: the arguments become parameters.
pub fn async_arrow_params(
    cx: &ParseContext,
    (name, (args, span)): (Ident, Arguments),
) -> Result<(Span, Params), GrammarError> {
    let count = args.len();
    let mut list = Vec::with_capacity(count);
    let mut rest = None;
    for (idx, arg) in args.into_iter().enumerate() {
        match arg {
            Argument::Expr(e) => list.push(binding(cx, e, true)?),
            Argument::Spread(e) => {
                if idx + 1 != count {
                    let at = after(cx, e.span);
                    return Err(syntax_error(
                        "Rest parameter must be last formal parameter",
                        at,
                    ));
                }
                rest = Some(binding(cx, e, false)?);
            }
        }
    }
    Ok((name.span, Params { list, rest, span }))
}

/// The token right after `span` (for errors that point at it).
fn after(cx: &ParseContext, span: Span) -> Span {
    cx.tokens.next_from(span.end as usize).unwrap_or(span)
}

/// An expression in parameter position as a binding pattern.
fn binding(cx: &ParseContext, e: Expr, allow_default: bool) -> Result<Pattern, GrammarError> {
    let top_span = e.span;
    if cx.is_parenthesized(top_span) {
        return Err(syntax_error(
            "Invalid destructuring assignment target",
            top_span,
        ));
    }
    let p = match e.kind {
        ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            value,
        } if allow_default => default_pattern(*target, *value),
        _ => assignment_target(cx, e, Target::Nested)?,
    };
    if let PatternKind::Member(_) = p.kind {
        return Err(syntax_error(
            "Invalid destructuring assignment target",
            top_span,
        ));
    }
    check_binding(&p)?;
    Ok(p)
}

/// A binding pattern cannot assign to properties: `([a.b]) => 1`.
fn check_binding(p: &Pattern) -> Result<(), GrammarError> {
    match &p.kind {
        PatternKind::Ident(_) => Ok(()),
        PatternKind::Member(_) => Err(syntax_error(
            "Illegal property in declaration context",
            p.span,
        )),
        PatternKind::Array { elements, rest } => {
            for element in elements.iter().flatten() {
                check_binding(element)?;
            }
            rest.as_deref().map_or(Ok(()), check_binding)
        }
        PatternKind::Object { properties, rest } => {
            for property in properties {
                check_binding(&property.value)?;
            }
            rest.as_deref().map_or(Ok(()), check_binding)
        }
        PatternKind::Default { target, .. } => check_binding(target),
    }
}

/// Where an assignment target stands, which decides node's message.
#[derive(Clone, Copy)]
enum Target {
    /// The left side of `=`.
    Assignment,
    /// The left side of `for (… in/of`.
    ForLoop,
    /// Inside a destructuring pattern.
    Nested,
}

impl Target {
    fn invalid(self) -> &'static str {
        match self {
            Target::Assignment => "Invalid left-hand side in assignment",
            Target::ForLoop => "Invalid left-hand side in for-loop",
            Target::Nested => "Invalid destructuring assignment target",
        }
    }
}

/// `target op value`.
pub fn assignment(
    cx: &ParseContext,
    target: Expr,
    op: AssignOp,
    value: Expr,
) -> Result<Expr, GrammarError> {
    let target = if op == AssignOp::Assign {
        assignment_target(cx, target, Target::Assignment)?
    } else {
        simple_target(target, Target::Assignment.invalid())?
    };
    let span = target.span.to(value.span);
    Ok(expr(
        ExprKind::Assign {
            op,
            target: Box::new(target),
            value: Box::new(value),
        },
        span,
    ))
}

/// The left side of `for (x in …)` / `for ([a, b] of …)`.
pub fn for_target(cx: &ParseContext, left: Expr) -> Result<ForHead, GrammarError> {
    Ok(ForHead::Target(assignment_target(
        cx,
        left,
        Target::ForLoop,
    )?))
}

/// `++x`, `x--`: the operand must be a variable or a property.
pub fn update(
    op: UpdateOp,
    prefix: bool,
    target: Expr,
    op_span: Span,
) -> Result<Expr, GrammarError> {
    if !is_simple_target(&target) {
        let message = if prefix {
            "Invalid left-hand side expression in prefix operation"
        } else {
            "Invalid left-hand side expression in postfix operation"
        };
        return Err(syntax_error(message, target.span));
    }
    let span = target.span.to(op_span);
    Ok(expr(
        ExprKind::Update {
            op,
            prefix,
            target: Box::new(target),
        },
        span,
    ))
}

/// `{a = 1}` in an object literal: legal only if the literal becomes a pattern,
/// so it is noted and checked off when it does.
pub fn initialized_name(cx: &ParseContext, name: Ident, value: Expr) -> Property {
    let span = name.span.to(value.span);
    cx.add_cover_initializer(span);
    let target = pattern(PatternKind::Ident(name.clone()), name.span);
    let assign = expr(
        ExprKind::Assign {
            op: AssignOp::Assign,
            target: Box::new(target),
            value: Box::new(value),
        },
        span,
    );
    Property {
        kind: PropertyKind::Init {
            key: PropKey::Ident(name),
            value: assign,
        },
        span,
    }
}

fn is_simple_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::SuperMember(_)
    )
}

/// A variable or property target (compound assignment, `++`).
fn simple_target(e: Expr, message: &str) -> Result<Pattern, GrammarError> {
    let span = e.span;
    match e.kind {
        ExprKind::Ident(id) => Ok(pattern(PatternKind::Ident(id), span)),
        ExprKind::Member { .. } | ExprKind::SuperMember(_) => {
            Ok(pattern(PatternKind::Member(Box::new(e)), span))
        }
        _ => Err(syntax_error(message, span)),
    }
}

/// Any assignment target, destructuring patterns included.
fn assignment_target(cx: &ParseContext, e: Expr, place: Target) -> Result<Pattern, GrammarError> {
    let span = e.span;
    let parenthesized = cx.is_parenthesized(span);
    match e.kind {
        ExprKind::Object(properties) if !parenthesized => object_pattern(cx, properties, span),
        ExprKind::Array(elements) if !parenthesized => array_pattern(cx, elements, span),
        _ => simple_target(e, place.invalid()),
    }
}

/// An element of a destructuring pattern: a target, maybe with a default.
fn element(cx: &ParseContext, e: Expr) -> Result<Pattern, GrammarError> {
    match e.kind {
        ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            value,
        } if !cx.is_parenthesized(e.span) => Ok(default_pattern(*target, *value)),
        _ => assignment_target(cx, e, Target::Nested),
    }
}

fn object_pattern(
    cx: &ParseContext,
    properties: Vec<Property>,
    span: Span,
) -> Result<Pattern, GrammarError> {
    let count = properties.len();
    let mut out = Vec::with_capacity(count);
    let mut rest = None;
    for (idx, property) in properties.into_iter().enumerate() {
        match property.kind {
            PropertyKind::Init { key, value } => {
                let shorthand = cx.take_cover_initializer(property.span);
                out.push(PatternProperty {
                    key,
                    value: element(cx, value)?,
                    shorthand,
                    span: property.span,
                });
            }
            PropertyKind::Shorthand(id) => {
                let value = pattern(PatternKind::Ident(id.clone()), id.span);
                out.push(PatternProperty {
                    key: PropKey::Ident(id),
                    value,
                    shorthand: true,
                    span: property.span,
                });
            }
            PropertyKind::Spread(e) => {
                if idx + 1 != count {
                    return Err(syntax_error("Rest element must be last element", e.span));
                }
                let target_span = e.span;
                let target = assignment_target(cx, e, Target::Nested)?;
                if !matches!(target.kind, PatternKind::Ident(_) | PatternKind::Member(_)) {
                    return Err(syntax_error(
                        "`...` must be followed by an assignable reference in assignment contexts",
                        target_span,
                    ));
                }
                rest = Some(Box::new(target));
            }
            PropertyKind::Method { .. }
            | PropertyKind::Getter { .. }
            | PropertyKind::Setter { .. } => {
                return Err(syntax_error(
                    "Invalid destructuring assignment target",
                    property.span,
                ));
            }
        }
    }
    Ok(pattern(
        PatternKind::Object {
            properties: out,
            rest,
        },
        span,
    ))
}

fn array_pattern(
    cx: &ParseContext,
    elements: Vec<Option<ArrayElement>>,
    span: Span,
) -> Result<Pattern, GrammarError> {
    let count = elements.len();
    let mut out = Vec::with_capacity(count);
    let mut rest = None;
    for (idx, slot) in elements.into_iter().enumerate() {
        match slot {
            None => out.push(None),
            Some(ArrayElement::Expr(e)) => out.push(Some(element(cx, e)?)),
            Some(ArrayElement::Spread(e)) => {
                let dots = cx
                    .tokens
                    .prev_token(e.span.start as usize)
                    .unwrap_or(e.span);
                if idx + 1 != count {
                    return Err(syntax_error(
                        "Rest element must be last element",
                        dots.to(e.span),
                    ));
                }
                if matches!(e.kind, ExprKind::Assign { .. }) {
                    return Err(syntax_error(
                        "Invalid destructuring assignment target",
                        dots.to(e.span),
                    ));
                }
                rest = Some(Box::new(assignment_target(cx, e, Target::Nested)?));
            }
        }
    }
    Ok(pattern(
        PatternKind::Array {
            elements: out,
            rest,
        },
        span,
    ))
}
