//! The cooker: the context-sensitive half of the lexer.
//!
//! logos (`raw.rs`) reads context-free shapes; the cooker walks over them, keeps
//! the little state JavaScript's lexical grammar needs, and produces the
//! [`Token`]s the parser reads. It owns:
//!
//! - **Regular expression or division.** A `/` or `/=` starts a regular
//!   expression where an expression may start, which the previous token tells
//!   (as Esprima's `isRegexStart` does), with three refinements:
//!   - after `)`, only if the matching `(` followed `if`, `while`, `for` or
//!     `with` (a paren stack remembers);
//!   - after `}`, only if the brace closed a block, not an object literal or a
//!     function expression's body. What a `{` opens is decided from the token
//!     before it (`brace_kind`), and whether a `function` is an expression from
//!     the token before *it* (`function_is_expression`);
//!   - a keyword right after `.` or `?.` is a property name (`it.return / 2`).
//!
//!   Contextual keywords count as names, except `yield` and `await`. The guess
//!   can still go wrong for a class expression or a ternary's `: {}` followed by
//!   `/` at statement level, which programs do not write: on all of test262 and
//!   on a 100 MB corpus of npm packages the token boundaries agree with acorn's.
//! - **Template literals.** A brace stack records which `{` opened a `${`
//!   substitution, so that the `}` closing it resumes the template by hand.
//! - **`?.` before a digit** is `?` then a number (`a?.5:1`).
//! - **The "newline before" mark**, set by line terminators and by block comments
//!   that contain one.
//! - **Restricted productions.** `++`/`--` after a newline become `PlusPlusPrefix`/
//!   `MinusMinusPrefix`, and `=>` after a newline becomes `ArrowAfterNewline`, a
//!   token no production accepts. `async` followed by a newline is emitted as the
//!   identifier `async`: every production that uses `async` as a keyword says
//!   `async [no LineTerminator here]`, so `async\nfunction f(){}` is the expression
//!   `async` followed (after automatic semicolon insertion) by a declaration, and
//!   the grammar needs no lookahead past a newline. The cooker never inserts
//!   semicolons: ASI is the parser's job.
//!
//! Errors never stop the cooker: an unreadable piece of input becomes one
//! [`TokenKind::Error`] token with node's message, and lexing resumes after it.

use logos::Logos;

use crate::comment::{line_comment_end, scan_block_comment};
use crate::escape::char_len_at;
use crate::ident::{is_id_start, keyword, scan_name};
use crate::intern::Interner;
use crate::number::{scan_number, INVALID_TOKEN};
use crate::raw::Raw;
use crate::regex::scan_regex;
use crate::string::scan_string;
use crate::template::scan_template;
use crate::{Scanned, Span, Token, TokenKind};

/// What a `{` opened, so that its `}` can be understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Brace {
    /// A block, a declared function's body, a class body or a `switch` body: a
    /// statement may follow the `}`, so a `/` after it starts a regular expression.
    Block,
    /// An object literal (or destructuring pattern): an expression ends at the
    /// `}`, so a `/` after it is division.
    Object,
    /// The body of a function expression: statements inside, like a block, but an
    /// expression ends at the `}` (`function(){} / 2` is a division).
    FunctionExpressionBody,
    /// The `${` of a template substitution: the `}` resumes the template.
    Template,
}

/// What a `(` followed, so that its `)` can be understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Paren {
    /// The condition of `if`, `while`, `for` or `with`: a statement follows the
    /// `)`, so a `/` after it starts a regular expression.
    Condition,
    /// The parameters of a function expression: its body follows.
    FunctionExpressionParams,
    /// Anything else (a call, a grouping, a declaration's parameters): an
    /// expression or a body follows, never a regular expression.
    Other,
}

pub(crate) struct Cooker<'src> {
    src: &'src str,
    /// logos, reading `src[base..]`. The cooker moves it by starting a new lexer
    /// where hand-written scanning stopped.
    raw: logos::Lexer<'src, Raw>,
    base: usize,
    out: Vec<Token>,
    /// A line terminator came since the last token.
    nl_pending: bool,
    braces: Vec<Brace>,
    parens: Vec<Paren>,
    /// What the last `)` closed.
    last_paren: Paren,
    /// The last `}` closed a block.
    last_brace_was_block: bool,
    names: Interner<'src>,
}

impl<'src> Cooker<'src> {
    pub fn new(src: &'src str) -> Cooker<'src> {
        Cooker {
            src,
            raw: Raw::lexer(src),
            base: 0,
            // Real code averages about one token per five or six bytes.
            out: Vec::with_capacity(src.len() / 5 + 16),
            nl_pending: false,
            braces: Vec::new(),
            parens: Vec::new(),
            last_paren: Paren::Other,
            last_brace_was_block: true,
            names: Interner::default(),
        }
    }

    /// Reads the whole source.
    pub fn run(mut self) -> Vec<Token> {
        // A hashbang line (`#!/usr/bin/env node`) is a comment, only at the very start.
        if self.src.starts_with("#!") {
            self.resume_at(line_comment_end(self.src, 0));
        }
        while let Some(raw) = self.raw.next() {
            let span = self.raw.span();
            let (start, end) = (self.base + span.start, self.base + span.end);
            match raw {
                Ok(raw) => self.cook(raw, start, end),
                Err(()) => self.unknown(start),
            }
        }
        self.out
    }

    /// Restarts logos at byte `pos`, after a hand-written scanner has consumed
    /// input. `pos` is moved forward to a character boundary, and always past the
    /// start of the current raw token so the cooker cannot loop.
    fn resume_at(&mut self, pos: usize) {
        let current = self.base + self.raw.span().start;
        let mut pos = pos.max(current + 1).min(self.src.len());
        if self.src.is_empty() {
            pos = 0;
        }
        while !self.src.is_char_boundary(pos) {
            pos += 1;
        }
        if pos == self.base + self.raw.span().end {
            return;
        }
        self.raw = Raw::lexer(self.src.get(pos..).unwrap_or(""));
        self.base = pos;
    }

    /// Appends a token, applying the restricted productions that turn on a
    /// preceding newline.
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let nl_before = std::mem::take(&mut self.nl_pending);
        let kind = if nl_before {
            if let Some(last) = self.out.last_mut() {
                if last.kind == TokenKind::Async {
                    last.kind = TokenKind::Ident {
                        name: self.names.intern("async"),
                        escaped: false,
                    };
                }
            }
            match kind {
                TokenKind::PlusPlus => TokenKind::PlusPlusPrefix,
                TokenKind::MinusMinus => TokenKind::MinusMinusPrefix,
                TokenKind::Arrow => TokenKind::ArrowAfterNewline,
                kind => kind,
            }
        } else {
            kind
        };
        self.out.push(Token {
            kind,
            span: Span::new(start, end),
            nl_before,
        });
    }

    /// Appends what a hand-written scanner produced and continues after it.
    fn emit(&mut self, scanned: Scanned) {
        let Scanned { kind, span, next } = scanned;
        self.push(kind, span.start as usize, span.end as usize);
        self.resume_at(next);
    }

    fn error(&mut self, message: &str, start: usize, end: usize) {
        self.push(TokenKind::Error(message.into()), start, end);
    }

    fn cook(&mut self, raw: Raw, start: usize, end: usize) {
        let kind = match raw {
            Raw::Newline => {
                self.nl_pending = true;
                return;
            }
            Raw::BlockCommentStart => {
                match scan_block_comment(self.src, start) {
                    Some((end, has_newline)) => {
                        self.nl_pending |= has_newline;
                        self.resume_at(end);
                    }
                    None => {
                        self.error(INVALID_TOKEN, start, self.src.len());
                        self.resume_at(self.src.len());
                    }
                }
                return;
            }
            Raw::HtmlOpenComment => {
                self.resume_at(line_comment_end(self.src, start));
                return;
            }
            Raw::HtmlCloseComment => {
                // `-->` is a comment only first on a line; elsewhere it is `--` `>`.
                if self.nl_pending || self.out.is_empty() {
                    self.resume_at(line_comment_end(self.src, start));
                } else {
                    self.push(TokenKind::MinusMinus, start, start + 2);
                    self.resume_at(start + 2);
                }
                return;
            }
            Raw::Ident => {
                if self.name_continues(end) {
                    return self.slow_name(start);
                }
                let name = self.names.intern(self.src.get(start..end).unwrap_or(""));
                TokenKind::Ident {
                    name,
                    escaped: false,
                }
            }
            Raw::PrivateName => {
                if self.name_continues(end) {
                    return self.private_name(start);
                }
                TokenKind::PrivateName(
                    self.names
                        .intern(self.src.get(start + 1..end).unwrap_or("")),
                )
            }
            Raw::Hash => return self.private_name(start),
            Raw::Backslash => return self.slow_name(start),
            Raw::Digits => return self.digits(start, end),
            Raw::DotDigit => return self.emit(scan_number(self.src, start)),
            Raw::DoubleQuote | Raw::SingleQuote => return self.emit(scan_string(self.src, start)),
            Raw::Backtick => return self.template(start, true),
            Raw::LBrace => {
                let brace = self.brace_kind();
                self.braces.push(brace);
                TokenKind::LBrace
            }
            Raw::RBrace => {
                let brace = self.braces.pop();
                if brace == Some(Brace::Template) {
                    return self.template(start, false);
                }
                self.last_brace_was_block =
                    !matches!(brace, Some(Brace::Object | Brace::FunctionExpressionBody));
                TokenKind::RBrace
            }
            Raw::LParen => {
                let paren = self.paren_kind();
                self.parens.push(paren);
                TokenKind::LParen
            }
            Raw::RParen => {
                self.last_paren = self.parens.pop().unwrap_or(Paren::Other);
                TokenKind::RParen
            }
            Raw::Slash | Raw::SlashEq => {
                if self.regex_allowed() {
                    return self.emit(scan_regex(self.src, start));
                }
                if raw == Raw::Slash {
                    TokenKind::Slash
                } else {
                    TokenKind::SlashEq
                }
            }
            Raw::QuestionDot => {
                // `a?.5:1` is a conditional: `?.` is never followed by a digit.
                if self.src.as_bytes().get(end).is_some_and(u8::is_ascii_digit) {
                    self.push(TokenKind::Question, start, start + 1);
                    self.resume_at(start + 1);
                    return;
                }
                TokenKind::QuestionDot
            }
            raw => match fixed_kind(raw) {
                Some(kind) => {
                    // A keyword directly followed by `\` or a non-ASCII letter is
                    // the start of a longer name (`if\u0061`, `ifé`).
                    if is_word(raw) && self.name_continues(end) {
                        return self.slow_name(start);
                    }
                    kind
                }
                None => return self.unknown(start),
            },
        };
        self.push(kind, start, end);
    }

    /// Whether the name that logos read up to `end` goes on with a character
    /// logos does not know (a `\u` escape or a non-ASCII character).
    fn name_continues(&self, end: usize) -> bool {
        self.src
            .as_bytes()
            .get(end)
            .is_some_and(|&b| b == b'\\' || b >= 0x80)
    }

    /// The slow path for names: non-ASCII letters and `\u` escapes.
    fn slow_name(&mut self, start: usize) {
        match scan_name(self.src, start) {
            Ok(Some(scanned)) => {
                let kind = if scanned.escaped {
                    TokenKind::Ident {
                        name: scanned.name.into(),
                        escaped: true,
                    }
                } else if let Some(keyword) = keyword(&scanned.name) {
                    keyword
                } else {
                    // Without escapes the name is its source text, so it can be
                    // interned like an ASCII one.
                    let text = self.src.get(start..scanned.end).unwrap_or("");
                    TokenKind::Ident {
                        name: self.names.intern(text),
                        escaped: false,
                    }
                };
                self.push(kind, start, scanned.end);
                self.resume_at(scanned.end);
            }
            Ok(None) => self.unknown_char(start),
            Err(e) => {
                self.error(e.message, e.start, e.end);
                self.resume_at(e.end);
            }
        }
    }

    /// `#name`, where the name may need the slow path.
    fn private_name(&mut self, start: usize) {
        match scan_name(self.src, start + 1) {
            Ok(Some(scanned)) => {
                let name = if scanned.escaped {
                    scanned.name.into()
                } else {
                    self.names
                        .intern(self.src.get(start + 1..scanned.end).unwrap_or(""))
                };
                self.push(TokenKind::PrivateName(name), start, scanned.end);
                self.resume_at(scanned.end);
            }
            Ok(None) => self.unknown_char(start),
            Err(e) => {
                self.error(e.message, e.start, e.end);
                self.resume_at(e.end);
            }
        }
    }

    /// Input logos has no pattern for: a name starting with a non-ASCII letter, or
    /// a stray character.
    fn unknown(&mut self, start: usize) {
        let c = self.src.get(start..).and_then(|rest| rest.chars().next());
        if c.is_some_and(|c| c == '\\' || is_id_start(c)) {
            self.slow_name(start);
        } else {
            self.unknown_char(start);
        }
    }

    fn unknown_char(&mut self, start: usize) {
        let end = start + char_len_at(self.src, start);
        self.error(INVALID_TOKEN, start, end);
        self.resume_at(end);
    }

    /// A run of decimal digits. Fast path: no leading zero and nothing after it
    /// that could continue a number, so the value is computed right here;
    /// everything else goes to `number.rs`.
    fn digits(&mut self, start: usize, end: usize) {
        let bytes = self.src.as_bytes();
        let text = bytes.get(start..end).unwrap_or(b"0");
        let plain_after = bytes.get(end).is_none_or(|&b| {
            !(b == b'.'
                || b == b'_'
                || b == b'$'
                || b == b'\\'
                || b >= 0x80
                || b.is_ascii_alphanumeric())
        });
        let leading_zero = text.len() > 1 && text.first() == Some(&b'0');
        if !plain_after || leading_zero {
            return self.emit(scan_number(self.src, start));
        }
        let value = if text.len() <= 15 {
            // Up to 15 digits fit in a u64 and convert to f64 exactly.
            text.iter()
                .fold(0u64, |acc, &d| acc * 10 + u64::from(d - b'0')) as f64
        } else {
            std::str::from_utf8(text)
                .ok()
                .and_then(|t| t.parse().ok())
                .unwrap_or(f64::NAN)
        };
        self.push(
            TokenKind::Number {
                value,
                legacy_octal: false,
            },
            start,
            end,
        );
    }

    fn template(&mut self, start: usize, is_head: bool) {
        let chunk = scan_template(self.src, start, is_head);
        if chunk.opens_substitution {
            self.braces.push(Brace::Template);
        }
        self.emit(chunk.scanned);
    }

    /// What a `(` here opens: a condition after `if`, `while`, `for` (or
    /// `for await`) or `with`; the parameters of a function expression; or
    /// something else.
    fn paren_kind(&self) -> Paren {
        use TokenKind::*;
        let kind_at = |i: usize| self.out.get(i).map(|t| &t.kind);
        let Some(last) = self.out.len().checked_sub(1) else {
            return Paren::Other;
        };
        match kind_at(last) {
            // `promise.catch(…)` and `x.if(…)` are calls, not statements.
            _ if self.is_property_name(last) => {}
            Some(If | While | For | With) => return Paren::Condition,
            Some(Await) if last > 0 && kind_at(last - 1) == Some(&For) => return Paren::Condition,
            _ => {}
        }
        // `function (`, `function name (`, `function* (`, `function* name (`.
        let mut i = last;
        if i > 0 && kind_at(i).is_some_and(is_name) {
            i -= 1;
        }
        if i > 0 && kind_at(i) == Some(&Star) {
            i -= 1;
        }
        if kind_at(i) == Some(&Function) && self.function_is_expression(i) {
            Paren::FunctionExpressionParams
        } else {
            Paren::Other
        }
    }

    /// Whether the `function` keyword at `index` starts an expression rather than
    /// a declaration, judged from the token before it (or before `async`).
    fn function_is_expression(&self, index: usize) -> bool {
        use TokenKind::*;
        let mut first = index;
        if first > 0 && self.out.get(first - 1).is_some_and(|t| t.kind == Async) {
            first -= 1;
        }
        let Some(keyword) = self.out.get(first) else {
            return false;
        };
        let Some(before) = first.checked_sub(1).and_then(|i| self.out.get(i)) else {
            return false;
        };
        if keyword.nl_before && ends_expression(&before.kind) {
            // Automatic semicolon insertion ends the statement before it.
            return false;
        }
        match before.kind {
            Semicolon | LBrace | RBrace | RParen | Else | Do | Default => false,
            // `{ key: function () {} }` is an expression; `label: function f() {}`
            // and `case 1: function f() {}` are declarations.
            Colon => self.braces.last() == Some(&Brace::Object),
            _ => true,
        }
    }

    /// Whether the token at `index` follows `.` or `?.`, and so is a property
    /// name even if it is spelled like a keyword.
    fn is_property_name(&self, index: usize) -> bool {
        index
            .checked_sub(1)
            .and_then(|i| self.out.get(i))
            .is_some_and(|t| matches!(t.kind, TokenKind::Dot | TokenKind::QuestionDot))
    }

    /// Whether a `/` here starts a regular expression: the previous token cannot
    /// end an expression.
    fn regex_allowed(&self) -> bool {
        use TokenKind::*;
        let Some(last) = self.out.last() else {
            return true;
        };
        if self.is_property_name(self.out.len() - 1) {
            // `iterator.return / 2`: a keyword after `.` is a property name.
            return false;
        }
        match &last.kind {
            Ident { .. } | PrivateName(_) | Number { .. } | String { .. } | Regex { .. } => false,
            NoSubstTemplate { .. } | TemplateTail { .. } => false,
            This | Super | Null | True | False => false,
            // Contextual keywords are mostly used as names (`of / 2` is rare, but
            // `yield /re/` and `await /re/` are operators followed by operands).
            Let | Static | Async | Of | Get | Set | Target => false,
            RParen => self.last_paren == Paren::Condition,
            RBracket => false,
            RBrace => self.last_brace_was_block,
            PlusPlus | MinusMinus => false,
            _ => true,
        }
    }

    /// Guesses whether a `{` here opens a block or an object literal, from the
    /// token before it. It matters only for a `/` right after the matching `}`.
    fn brace_kind(&self) -> Brace {
        use TokenKind::*;
        let Some(last) = self.out.last() else {
            return Brace::Block;
        };
        if last.kind == RParen && self.last_paren == Paren::FunctionExpressionParams {
            return Brace::FunctionExpressionBody;
        }
        // After a newline, a token that ends an expression gets a semicolon
        // inserted, so the `{` starts a statement (`x = 1 \n { … }`); so does
        // `return \n {` (a restricted production).
        if self.nl_pending && (ends_expression(&last.kind) || matches!(last.kind, Return | Yield)) {
            return Brace::Block;
        }
        match last.kind {
            Semicolon | LBrace | RBrace | RParen | Arrow | ArrowAfterNewline => Brace::Block,
            Else | Do | Try | Finally | Static => Brace::Block,
            // `class A {`, `class A extends B {`, and labels are statements.
            Ident { .. } | Get | Set | Async | Let | Of | Target | Await => Brace::Block,
            // `case 1: {` and `label: {` are blocks; `{ a: { … } }` is an object.
            Colon if self.braces.last() == Some(&Brace::Object) => Brace::Object,
            Colon => Brace::Block,
            _ => Brace::Object,
        }
    }
}

/// Tokens that can end an expression: before a newline, automatic semicolon
/// insertion may end the statement after them.
fn ends_expression(kind: &TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident { .. }
            | PrivateName(_)
            | Number { .. }
            | String { .. }
            | Regex { .. }
            | NoSubstTemplate { .. }
            | TemplateTail { .. }
            | This
            | Super
            | Null
            | True
            | False
            | RParen
            | RBracket
            | RBrace
            | PlusPlus
            | MinusMinus
    ) || is_name(kind)
}

/// An identifier or a contextual keyword used as one (a function's name).
fn is_name(kind: &TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident { .. } | Let | Static | Async | Await | Yield | Of | Get | Set | Target
    )
}

/// Keywords and contextual keywords (which a following `\u` or non-ASCII letter
/// would turn into a longer name).
fn is_word(raw: Raw) -> bool {
    (Raw::Break as u8..=Raw::Target as u8).contains(&(raw as u8))
}

/// The token for a raw token that needs no context.
fn fixed_kind(raw: Raw) -> Option<TokenKind> {
    use TokenKind as T;
    Some(match raw {
        Raw::Break => T::Break,
        Raw::Case => T::Case,
        Raw::Catch => T::Catch,
        Raw::Class => T::Class,
        Raw::Const => T::Const,
        Raw::Continue => T::Continue,
        Raw::Debugger => T::Debugger,
        Raw::Default => T::Default,
        Raw::Delete => T::Delete,
        Raw::Do => T::Do,
        Raw::Else => T::Else,
        Raw::Enum => T::Enum,
        Raw::Export => T::Export,
        Raw::Extends => T::Extends,
        Raw::False => T::False,
        Raw::Finally => T::Finally,
        Raw::For => T::For,
        Raw::Function => T::Function,
        Raw::If => T::If,
        Raw::Import => T::Import,
        Raw::In => T::In,
        Raw::Instanceof => T::Instanceof,
        Raw::New => T::New,
        Raw::Null => T::Null,
        Raw::Return => T::Return,
        Raw::Super => T::Super,
        Raw::Switch => T::Switch,
        Raw::This => T::This,
        Raw::Throw => T::Throw,
        Raw::True => T::True,
        Raw::Try => T::Try,
        Raw::Typeof => T::Typeof,
        Raw::Var => T::Var,
        Raw::Void => T::Void,
        Raw::While => T::While,
        Raw::With => T::With,
        Raw::Let => T::Let,
        Raw::Static => T::Static,
        Raw::Async => T::Async,
        Raw::Await => T::Await,
        Raw::Yield => T::Yield,
        Raw::Of => T::Of,
        Raw::Get => T::Get,
        Raw::Set => T::Set,
        Raw::Target => T::Target,
        Raw::RBracket => T::RBracket,
        Raw::LBracket => T::LBracket,
        Raw::Dot => T::Dot,
        Raw::Ellipsis => T::Ellipsis,
        Raw::Semicolon => T::Semicolon,
        Raw::Comma => T::Comma,
        Raw::Lt => T::Lt,
        Raw::Gt => T::Gt,
        Raw::LtEq => T::LtEq,
        Raw::GtEq => T::GtEq,
        Raw::EqEq => T::EqEq,
        Raw::NotEq => T::NotEq,
        Raw::EqEqEq => T::EqEqEq,
        Raw::NotEqEq => T::NotEqEq,
        Raw::Plus => T::Plus,
        Raw::Minus => T::Minus,
        Raw::Star => T::Star,
        Raw::Percent => T::Percent,
        Raw::StarStar => T::StarStar,
        Raw::PlusPlus => T::PlusPlus,
        Raw::MinusMinus => T::MinusMinus,
        Raw::Shl => T::Shl,
        Raw::Shr => T::Shr,
        Raw::UShr => T::UShr,
        Raw::Amp => T::Amp,
        Raw::Pipe => T::Pipe,
        Raw::Caret => T::Caret,
        Raw::Bang => T::Bang,
        Raw::Tilde => T::Tilde,
        Raw::AmpAmp => T::AmpAmp,
        Raw::PipePipe => T::PipePipe,
        Raw::QuestionQuestion => T::QuestionQuestion,
        Raw::Question => T::Question,
        Raw::Colon => T::Colon,
        Raw::Eq => T::Eq,
        Raw::PlusEq => T::PlusEq,
        Raw::MinusEq => T::MinusEq,
        Raw::StarEq => T::StarEq,
        Raw::PercentEq => T::PercentEq,
        Raw::StarStarEq => T::StarStarEq,
        Raw::ShlEq => T::ShlEq,
        Raw::ShrEq => T::ShrEq,
        Raw::UShrEq => T::UShrEq,
        Raw::AmpEq => T::AmpEq,
        Raw::PipeEq => T::PipeEq,
        Raw::CaretEq => T::CaretEq,
        Raw::AmpAmpEq => T::AmpAmpEq,
        Raw::PipePipeEq => T::PipePipeEq,
        Raw::QuestionQuestionEq => T::QuestionQuestionEq,
        Raw::Arrow => T::Arrow,
        _ => return None,
    })
}
