//! The step between the lexer and the grammar: lexer [`Token`]s become the
//! grammar's [`Tok`]s, and the facts the grammar cannot see are written down.
//!
//! Four things happen in one pass over the tokens:
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
//! - **A fast path for automatic semicolon insertion.** lalrpop's error recovery
//!   (see [`crate::asi`]) costs about ten microseconds per inserted `;`, which adds
//!   up in code written without semicolons. Where a line break separates the end
//!   of an expression (a name, a literal, `)` or `]`) from a token that can never
//!   continue one (a name, a literal, a statement keyword), the spec inserts a `;`
//!   wherever a `;` is allowed, and nothing else is allowed there, so this pass
//!   inserts it up front (`Tok::inserted`). Where even a `;` is not allowed, the
//!   program is wrong either way, and the error is reported at the next token, as
//!   if the `;` had never been inserted.

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
    /// A `;` inserted by this pass (zero-width, at the end of the token before).
    pub inserted: bool,
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
    let mut brackets = BracketStack::default();
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
        let next = iter.peek();
        let nl_after = restricted && next.is_some_and(|next| next.nl_before);
        let insert = next.is_some_and(|next| brackets.semicolon_certain(&token, next));
        brackets.step(&token.kind);
        let end = token.span.end;
        toks.push(Tok {
            kind: token.kind,
            span: token.span,
            nl_after,
            inserted: false,
        });
        if insert {
            toks.push(Tok {
                kind: TokenKind::Semicolon,
                span: Span { start: end, end },
                nl_after: false,
                inserted: true,
            });
        }
    }
    if toks.len() != table.spans.len() {
        table.nl_before = inserted_aware_nl(&toks, &table.nl_before);
        table.spans = toks.iter().map(|t| t.span).collect();
    }
    Ok(Prepared {
        toks,
        table,
        legacy_octal,
    })
}

/// The `nl_before` marks for the tokens after insertion (an inserted `;` has
/// none; the marks of the lexer's tokens are kept).
fn inserted_aware_nl(toks: &[Tok], original: &[bool]) -> Vec<bool> {
    let mut marks = original.iter();
    toks.iter()
        .map(|t| !t.inserted && marks.next().copied().unwrap_or(false))
        .collect()
}

/// The open brackets, to tell the `)` of `if (…)` from the `)` of a call, and
/// whether the innermost bracket is a `for (…)` head.
#[derive(Default)]
struct BracketStack {
    /// For each open bracket: (is it the `(` after `if`/`while`/`for`/`with`,
    /// is it the `(` of a `for` head).
    open: Vec<(bool, bool)>,
    /// The previous token was `if`, `while`, `for`, `with` or `for await`.
    control_next: bool,
    /// The previous token was `for` (or `for await`).
    after_for: bool,
}

impl BracketStack {
    fn step(&mut self, kind: &TokenKind) {
        use TokenKind as T;
        match kind {
            T::LParen => self.open.push((self.control_next, self.after_for)),
            T::LBracket | T::LBrace | T::TemplateHead { .. } => self.open.push((false, false)),
            T::RParen | T::RBracket | T::RBrace | T::TemplateTail { .. } => {
                self.open.pop();
            }
            _ => {}
        }
        self.after_for = *kind == T::For || (self.after_for && *kind == T::Await);
        self.control_next = matches!(kind, T::If | T::While | T::With) || self.after_for;
    }

    /// Whether the spec would insert a `;` between `token` and `next`, if one is
    /// allowed there at all (see the module documentation). Called before
    /// `step(token)`.
    fn semicolon_certain(&self, token: &Token, next: &Token) -> bool {
        use TokenKind as T;
        let (innermost_control, innermost_for) = self.open.last().copied().unwrap_or_default();
        if !next.nl_before || innermost_for {
            return false;
        }
        let ends_expression = match token.kind {
            T::Ident { .. }
            | T::Number { .. }
            | T::String { .. }
            | T::NoSubstTemplate { .. }
            | T::TemplateTail { .. }
            | T::RBracket
            | T::This
            | T::Null
            | T::True
            | T::False => true,
            // Not the `)` of `if (…)`: the statement after it may start on the
            // next line.
            T::RParen => !innermost_control,
            _ => false,
        };
        let starts_statement = matches!(
            next.kind,
            T::Ident { .. }
                | T::Number { .. }
                | T::String { .. }
                | T::Var
                | T::Const
                | T::If
                | T::For
                | T::While
                | T::Do
                | T::Return
                | T::Break
                | T::Continue
                | T::Throw
                | T::Try
                | T::Switch
                | T::Function
                | T::Class
                | T::New
                | T::This
                | T::Null
                | T::True
                | T::False
                | T::Typeof
                | T::Void
                | T::Delete
                | T::Debugger
        );
        ends_expression && starts_statement
    }
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
