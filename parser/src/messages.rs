//! Node's words for syntax errors. The generated parser reports "unrecognized
//! token X, expected one of …"; this module turns that into what V8 says for the
//! same program ("Unexpected identifier 'foo'", "missing ) after argument
//! list", "Unexpected end of input"), pointing at the same token.

use lalrpop_util::ParseError;
use nodelet_lexer::{Span, Token, TokenKind};

use crate::asi::GrammarError;
use crate::context::ParseContext;
use crate::tokens::Tok;
use crate::SyntaxError;

/// Turns a parse error of the generated parser into node's message.
pub fn from_grammar(cx: &ParseContext, parse_error: GrammarError) -> SyntaxError {
    match parse_error {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { expected, .. } => {
            let end = cx.src.len();
            if is_exactly(&expected, &["\"catch\"", "\"finally\""]) {
                let last = cx.tokens.prev_token_before_end().unwrap_or_default();
                return error("Missing catch or finally after try", last);
            }
            error("Unexpected end of input", Span::new(end, end))
        }
        ParseError::UnrecognizedToken {
            token: (_, tok, _),
            expected,
        } => unexpected(cx, &tok, &expected),
        ParseError::ExtraToken { token: (_, tok, _) } => unexpected(cx, &tok, &[]),
        ParseError::InvalidToken { location } => SyntaxError {
            message: "Invalid or unexpected token".into(),
            span: Span::new(location, location),
        },
    }
}

fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        message: message.into(),
        span,
    }
}

/// The message for a token the grammar did not expect.
fn unexpected(cx: &ParseContext, tok: &Tok, expected: &[String]) -> SyntaxError {
    if tok.inserted {
        // A `;` inserted by `tokens.rs` where none is allowed: the program is
        // wrong at the token after it.
        let tokens = nodelet_lexer::tokenize(cx.src);
        return match tokens.into_iter().find(|t| t.span.start >= tok.span.end) {
            Some(next) => {
                let next = Tok {
                    kind: next.kind,
                    span: next.span,
                    nl_after: false,
                    inserted: false,
                };
                unexpected(cx, &next, expected)
            }
            None => error(
                "Unexpected end of input",
                Span::new(cx.src.len(), cx.src.len()),
            ),
        };
    }
    if let TokenKind::Error(message) = &tok.kind {
        return error(&**message, tok.span);
    }
    if tok.kind == TokenKind::Throw && tok.nl_after {
        return error("Illegal newline after throw", tok.span);
    }
    if is_exactly(expected, &["\"catch\"", "\"finally\""]) {
        return error("Missing catch or finally after try", tok.span);
    }
    if let Some(special) = from_context(cx, tok, expected) {
        return special;
    }
    error(describe(cx, tok), tok.span)
}

fn is_exactly(expected: &[String], wanted: &[&str]) -> bool {
    expected.len() == wanted.len() && wanted.iter().all(|w| expected.iter().any(|e| e == w))
}

/// "Unexpected …" for one token, as V8 words it.
fn describe(cx: &ParseContext, tok: &Tok) -> String {
    describe_kind(cx, &tok.kind, tok.span)
}

/// "Unexpected …" for a token of this kind at `span`.
pub fn describe_kind(cx: &ParseContext, kind: &TokenKind, span: Span) -> String {
    match kind {
        TokenKind::Ident { name, .. } => format!("Unexpected identifier '{name}'"),
        TokenKind::PrivateName(name) => format!("Unexpected identifier '#{name}'"),
        TokenKind::Number { .. } => "Unexpected number".into(),
        TokenKind::String { .. } => "Unexpected string".into(),
        TokenKind::NoSubstTemplate { .. } | TokenKind::TemplateHead { .. } => {
            "Unexpected template string".into()
        }
        TokenKind::Regex { .. } => "Unexpected regular expression".into(),
        TokenKind::Enum | TokenKind::Await => "Unexpected reserved word".into(),
        // V8 has tokens of their own for `get`, `set` and `async` (so they are
        // "tokens"); the other contextual words are identifiers to it.
        TokenKind::Let
        | TokenKind::Static
        | TokenKind::Yield
        | TokenKind::Of
        | TokenKind::Target => {
            format!("Unexpected identifier '{}'", cx.text(span))
        }
        kind => {
            let text = kind.fixed_text().unwrap_or_else(|| cx.text(span));
            format!("Unexpected token '{text}'")
        }
    }
}

/// Messages that depend on the tokens around the offending one. The tokens are
/// read again from the source: errors are rare, and the parser has consumed its
/// own copy.
fn from_context(cx: &ParseContext, tok: &Tok, expected: &[String]) -> Option<SyntaxError> {
    let tokens = nodelet_lexer::tokenize(cx.src);
    let idx = tokens.partition_point(|t| t.span.start < tok.span.start);
    let before = tokens.get(..idx).unwrap_or(&[]);
    let prev = before.last().map(|t| &t.kind);

    match (&tok.kind, prev) {
        (TokenKind::Arrow, Some(prev)) if ends_expression(prev) && !closes_condition(before) => {
            return Some(error("Malformed arrow function parameter list", tok.span));
        }
        (TokenKind::LParen, Some(TokenKind::Function)) => {
            let function = before.last().map_or(tok.span, |t| t.span);
            return Some(error(
                "Function statements require a function name",
                function,
            ));
        }
        (TokenKind::Import, _) => {
            return Some(error(
                "Cannot use import statement outside a module",
                tok.span,
            ));
        }
        (TokenKind::QuestionDot, _) if follows_new(before) => {
            return Some(error(
                "Invalid optional chain from new expression",
                tok.span,
            ));
        }
        _ => {}
    }

    if expected
        .iter()
        .any(|e| e == "\"template_tail\"" || e == "\"template_middle\"")
    {
        if let Some(open) = open_substitution(before) {
            return Some(error("Missing } in template expression", open));
        }
    }
    if let Some(special) = rest_not_last(tok, before) {
        return Some(special);
    }
    if let Some(special) = for_in_of_initializer(tok, before) {
        return Some(special);
    }

    // Inside a call's arguments, after a complete argument, V8 expects `,` or `)`.
    let after_argument = !matches!(
        prev,
        None | Some(TokenKind::LParen | TokenKind::Comma | TokenKind::Ellipsis)
    );
    let can_close = expected.iter().any(|e| e == "\")\"");
    if after_argument && can_close && tok.kind != TokenKind::RParen && in_call_arguments(before) {
        let argument = argument_start(before).unwrap_or(tok.span);
        return Some(error("missing ) after argument list", argument));
    }
    None
}

/// Where the last argument before the end of `before` starts (V8 points there).
fn argument_start(before: &[Token]) -> Option<Span> {
    let mut depth = 0usize;
    for (idx, t) in before.iter().enumerate().rev() {
        match t.kind {
            TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace => depth += 1,
            TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace if depth > 0 => depth -= 1,
            TokenKind::LParen | TokenKind::Comma if depth == 0 => {
                return before.get(idx + 1).map(|t| t.span);
            }
            _ => {}
        }
    }
    None
}

/// The start of the innermost template substitution still open at the end of
/// `before`, if the innermost open bracket is one.
fn open_substitution(before: &[Token]) -> Option<Span> {
    let mut depth = 0usize;
    for t in before.iter().rev() {
        match t.kind {
            TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace => depth += 1,
            TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            TokenKind::TemplateHead { .. } | TokenKind::TemplateMiddle { .. } if depth == 0 => {
                // V8 points at the start of the substitution's expression.
                let idx = before.iter().position(|b| b.span == t.span)?;
                return before.get(idx + 1).map(|b| b.span);
            }
            _ => {}
        }
    }
    None
}

/// `(...a, b) =>`: a `,` after a rest element in parentheses.
fn rest_not_last(tok: &Tok, before: &[Token]) -> Option<SyntaxError> {
    if tok.kind != TokenKind::Comma {
        return None;
    }
    let [.., dots, name] = before else {
        return None;
    };
    if dots.kind != TokenKind::Ellipsis || !matches!(name.kind, TokenKind::Ident { .. }) {
        return None;
    }
    Some(error(
        "Rest parameter must be last formal parameter",
        name.span,
    ))
}

/// `for (let x = 1 of y)`: V8's message, at the declared name.
fn for_in_of_initializer(tok: &Tok, before: &[Token]) -> Option<SyntaxError> {
    let what = match tok.kind {
        TokenKind::Of => "for-of",
        TokenKind::In => "for-in",
        _ => return None,
    };
    let mut depth = 0usize;
    for (idx, t) in before.iter().enumerate().rev() {
        match t.kind {
            TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace => depth += 1,
            TokenKind::LBracket | TokenKind::LBrace if depth > 0 => depth -= 1,
            TokenKind::LParen if depth > 0 => depth -= 1,
            TokenKind::LParen => {
                let is_for = idx
                    .checked_sub(1)
                    .and_then(|i| before.get(i))
                    .is_some_and(|t| matches!(t.kind, TokenKind::For | TokenKind::Await));
                let declares = before.get(idx + 1).is_some_and(|t| {
                    matches!(t.kind, TokenKind::Var | TokenKind::Let | TokenKind::Const)
                });
                let has_init = before
                    .get(idx + 1..)
                    .is_some_and(|rest| rest.iter().any(|t| t.kind == TokenKind::Eq));
                if is_for && declares && has_init {
                    let name = before.get(idx + 2).map_or(tok.span, |t| t.span);
                    return Some(error(
                        format!("{what} loop variable declaration may not have an initializer."),
                        name,
                    ));
                }
                return None;
            }
            _ => {}
        }
    }
    None
}

/// Whether the innermost open bracket before the end of `before` is the `(` of
/// a call: one that follows the end of an expression.
fn in_call_arguments(before: &[Token]) -> bool {
    let mut depth = 0usize;
    for (idx, t) in before.iter().enumerate().rev() {
        match t.kind {
            TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace => depth += 1,
            TokenKind::TemplateTail { .. } => depth += 1,
            TokenKind::LBracket | TokenKind::LBrace | TokenKind::TemplateHead { .. } => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            TokenKind::LParen => {
                if depth > 0 {
                    depth -= 1;
                    continue;
                }
                let prev = idx.checked_sub(1).and_then(|i| before.get(i));
                let prev2 = idx.checked_sub(2).and_then(|i| before.get(i));
                let declares = matches!(
                    prev2.map(|t| &t.kind),
                    Some(TokenKind::Function | TokenKind::Star)
                ) || matches!(prev.map(|t| &t.kind), Some(TokenKind::Function));
                return !declares && prev.is_some_and(|p| ends_expression(&p.kind));
            }
            _ => {}
        }
    }
    false
}

/// Whether `before` ends with the `)` of `if (…)`, `while (…)`, `for (…)` or
/// `with (…)`.
fn closes_condition(before: &[Token]) -> bool {
    if before.last().map(|t| &t.kind) != Some(&TokenKind::RParen) {
        return false;
    }
    let mut depth = 0usize;
    for (idx, t) in before.iter().enumerate().rev() {
        match t.kind {
            TokenKind::RParen => depth += 1,
            TokenKind::LParen => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let prev = idx.checked_sub(1).and_then(|i| before.get(i));
                    return prev.is_some_and(|p| {
                        matches!(
                            p.kind,
                            TokenKind::If | TokenKind::While | TokenKind::For | TokenKind::With
                        )
                    });
                }
            }
            _ => {}
        }
    }
    false
}

/// Tokens after which a `(` is a call.
fn ends_expression(kind: &TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Ident { .. }
            | TokenKind::RParen
            | TokenKind::RBracket
            | TokenKind::NoSubstTemplate { .. }
            | TokenKind::TemplateTail { .. }
            | TokenKind::String { .. }
            | TokenKind::This
            | TokenKind::Super
            | TokenKind::Async
            | TokenKind::Get
            | TokenKind::Set
            | TokenKind::Of
            | TokenKind::Static
            | TokenKind::Target
    )
}

/// Whether the member chain that ends `before` starts with `new` (`new a.b?.c`).
fn follows_new(before: &[Token]) -> bool {
    let mut depth = 0usize;
    for t in before.iter().rev() {
        match &t.kind {
            TokenKind::RBracket => depth += 1,
            TokenKind::LBracket if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            TokenKind::New => return true,
            TokenKind::Dot
            | TokenKind::PrivateName(_)
            | TokenKind::Ident { .. }
            | TokenKind::Let
            | TokenKind::Static
            | TokenKind::Async
            | TokenKind::Of
            | TokenKind::Get
            | TokenKind::Set
            | TokenKind::Target => {}
            _ => return false,
        }
    }
    false
}
