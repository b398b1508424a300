//! The step between the lexer and the grammar: lexer [`Token`]s become the
//! grammar's [`Tok`]s, and the facts the grammar cannot see are written down.
//!
//! Three things happen in one pass over the tokens:
//! - **Restricted productions.** `return`, `break`, `continue`, `throw` and
//!   `yield` directly followed by a line terminator get `nl_after` set; the
//!   grammar has separate terminals for them (`"return_nl"`…), so `return\nx` is
//!   `return;` then `x`, exactly as the spec's `[no LineTerminator here]` says.
//! - **The token table**: every token's span and "newline before" mark, kept for
//!   automatic semicolon insertion after the tokens themselves have been moved
//!   into the parser (see [`crate::asi`]).
//! - **The nesting limit**: a cheap bound on how deep the syntax tree can get, so
//!   that the recursive passes after parsing (and dropping the tree) never
//!   overflow the stack.

use nodelet_lexer::{Span, Token, TokenKind};

use crate::SyntaxError;

/// A token as the grammar sees it: the lexer's kind and span, plus the
/// restricted-production mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Tok {
    pub kind: TokenKind,
    pub span: Span,
    /// Set on `return`, `break`, `continue`, `throw` and `yield` when a line
    /// terminator follows them.
    pub nl_after: bool,
}

/// Where each token was and whether a newline came before it, in source order.
#[derive(Debug, Default)]
pub struct TokenTable {
    spans: Vec<Span>,
    nl_before: Vec<bool>,
}

impl TokenTable {
    /// The index of the token that starts at byte `start`, if one does.
    fn index_at(&self, start: usize) -> Option<usize> {
        let idx = self.spans.partition_point(|s| (s.start as usize) < start);
        match self.spans.get(idx) {
            Some(span) if span.start as usize == start => Some(idx),
            _ => None,
        }
    }

    /// Whether a line terminator comes before the token starting at `start`.
    pub fn nl_before(&self, start: usize) -> bool {
        self.index_at(start)
            .and_then(|idx| self.nl_before.get(idx).copied())
            .unwrap_or(false)
    }

    /// The end of the token before the one starting at `start` (`None` = the end
    /// of input: the end of the last token).
    pub fn prev_end(&self, start: Option<usize>) -> usize {
        let idx = match start {
            Some(start) => self.index_at(start),
            None => Some(self.spans.len()),
        };
        match idx.and_then(|i| i.checked_sub(1)) {
            Some(prev) => self.spans.get(prev).map_or(0, |s| s.end as usize),
            None => 0,
        }
    }

    /// The span of the token before the one that starts at `start`.
    pub fn prev_token(&self, start: usize) -> Option<Span> {
        let idx = self.index_at(start)?;
        self.spans.get(idx.checked_sub(1)?).copied()
    }

    /// The span of the last token.
    pub fn prev_token_before_end(&self) -> Option<Span> {
        self.spans.last().copied()
    }

    /// The span of the first token at or after byte `offset`.
    pub fn next_from(&self, offset: usize) -> Option<Span> {
        let idx = self.spans.partition_point(|s| (s.start as usize) < offset);
        self.spans.get(idx).copied()
    }
}

/// The deepest nesting the parser accepts: brackets plus chained operators (see
/// [`NestingCounter`]). Node itself gives up ("Maximum call stack size
/// exceeded") at a few thousand nested brackets.
pub const NESTING_LIMIT: usize = 2000;

/// The tokens ready for the grammar, the table beside them, and the byte offsets
/// of the legacy octal literals (errors in strict code, found later).
pub struct Prepared {
    pub toks: Vec<Tok>,
    pub table: TokenTable,
    pub legacy_octal: Vec<u32>,
}

/// Turns the lexer's tokens into the grammar's, or reports absurd nesting.
pub fn prepare(tokens: Vec<Token>) -> Result<Prepared, SyntaxError> {
    let mut table = TokenTable {
        spans: Vec::with_capacity(tokens.len()),
        nl_before: Vec::with_capacity(tokens.len()),
    };
    let mut legacy_octal = Vec::new();
    let mut nesting = NestingCounter::default();
    for (idx, token) in tokens.iter().enumerate() {
        table.spans.push(token.span);
        table.nl_before.push(token.nl_before);
        if let TokenKind::Number {
            legacy_octal: true, ..
        }
        | TokenKind::String {
            legacy_octal: true, ..
        } = token.kind
        {
            legacy_octal.push(token.span.start);
        }
        let prev = idx.checked_sub(1).and_then(|i| tokens.get(i));
        if nesting.step(prev, token) > NESTING_LIMIT {
            return Err(SyntaxError {
                message: format!("Too much nesting (nodelet's limit is {NESTING_LIMIT})"),
                span: token.span,
            });
        }
    }
    let mut toks = Vec::with_capacity(tokens.len());
    let mut iter = tokens.into_iter().peekable();
    while let Some(token) = iter.next() {
        let restricted = matches!(
            token.kind,
            TokenKind::Return
                | TokenKind::Break
                | TokenKind::Continue
                | TokenKind::Throw
                | TokenKind::Yield
        );
        let nl_after = restricted && iter.peek().is_some_and(|next| next.nl_before);
        toks.push(Tok {
            kind: token.kind,
            span: token.span,
            nl_after,
        });
    }
    Ok(Prepared {
        toks,
        table,
        legacy_octal,
    })
}

/// A bound on the depth of the tree the tokens can build, computed from the
/// tokens alone.
///
/// Every bracket opens a frame. Within a frame, each operator or keyword can nest
/// the tree one level deeper (`a + b + c`, `a.b.c`, `!!x`, `else if`), so it is
/// counted; `,` and `;` start a new sibling and reset the frame's count, and so
/// does a name or literal that must start a new statement (after `}`, or on a new
/// line after the end of an expression). The bound is frames plus counts.
#[derive(Default)]
struct NestingCounter {
    frames: Vec<usize>,
    current: usize,
    total: usize,
}

impl NestingCounter {
    fn step(&mut self, prev: Option<&Token>, token: &Token) -> usize {
        use TokenKind as T;
        match &token.kind {
            T::LParen | T::LBracket | T::LBrace | T::TemplateHead { .. } => {
                self.current += 1;
                self.total += 1;
                self.frames.push(self.current);
                self.current = 0;
            }
            T::RParen | T::RBracket | T::RBrace | T::TemplateTail { .. } => {
                self.total -= self.current;
                self.current = self.frames.pop().unwrap_or(0);
            }
            T::Comma | T::Semicolon | T::TemplateMiddle { .. } => {
                self.total -= self.current;
                self.current = 0;
            }
            kind if starts_statement(prev, token, kind) => {
                self.total -= self.current;
                self.current = 0;
            }
            kind if is_counted(kind) => {
                self.current += 1;
                self.total += 1;
            }
            _ => {}
        }
        self.total + self.frames.len()
    }
}

/// Names, literals and most keywords cannot continue an expression: after `}`,
/// or on a new line after the end of an expression, they start a new statement.
fn starts_statement(prev: Option<&Token>, token: &Token, kind: &TokenKind) -> bool {
    use TokenKind as T;
    let cannot_continue = !matches!(
        kind,
        T::In | T::Instanceof | T::Else | T::Catch | T::Finally | T::Of | T::Error(_)
    ) && (kind
        .fixed_text()
        .is_none_or(|text| text.starts_with(char::is_alphabetic)));
    if !cannot_continue {
        return false;
    }
    let Some(prev) = prev else { return true };
    match prev.kind {
        T::RBrace => true,
        T::RParen
        | T::RBracket
        | T::Ident { .. }
        | T::Number { .. }
        | T::String { .. }
        | T::NoSubstTemplate { .. }
        | T::TemplateTail { .. }
        | T::Regex { .. }
        | T::PlusPlus
        | T::MinusMinus
        | T::This
        | T::Null
        | T::True
        | T::False => token.nl_before,
        _ => false,
    }
}

/// Operators and keywords: the tokens that can make the tree one level deeper.
fn is_counted(kind: &TokenKind) -> bool {
    kind.fixed_text().is_some()
}
