//! The cooker: the context-sensitive half of the lexer.
//!
//! logos (`raw.rs`) reads context-free shapes; the cooker walks over them, keeps
//! the little state JavaScript's lexical grammar needs, and produces the
//! [`Token`]s the parser reads. It owns:
//!
//! - **Regular expression or division.** A `/` or `/=` starts a regular expression
//!   when the previous token cannot end an expression (Esprima's `isRegexStart`).
//!   After `)` it does only if the matching `(` followed `if`, `while`, `for` or
//!   `with` (a paren stack remembers). After `}` it does if that brace closed a
//!   block, not if it closed an object literal; whether a `{` opens a block is a
//!   best-effort guess from the token before it (see [`Cooker::brace_kind`]). The
//!   guess is wrong only for code like `function(){} / 2` used as an expression,
//!   which real programs do not write.
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
    /// A block, function body, class body or `switch` body: a statement may
    /// follow the `}`, so a `/` after it starts a regular expression.
    Block,
    /// An object literal (or destructuring pattern): an expression ends at the
    /// `}`, so a `/` after it is division.
    Object,
    /// The `${` of a template substitution: the `}` resumes the template.
    Template,
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
    /// For each open `(`: whether it followed `if`/`while`/`for`/`with`.
    parens: Vec<bool>,
    /// The last `)` closed such a condition paren.
    last_paren_was_condition: bool,
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
            last_paren_was_condition: false,
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
                self.last_brace_was_block = brace != Some(Brace::Object);
                TokenKind::RBrace
            }
            Raw::LParen => {
                let condition = self.follows_condition_keyword();
                self.parens.push(condition);
                TokenKind::LParen
            }
            Raw::RParen => {
                self.last_paren_was_condition = self.parens.pop().unwrap_or(false);
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
                    TokenKind::Ident {
                        name: scanned.name.into(),
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
                self.push(
                    TokenKind::PrivateName(scanned.name.into()),
                    start,
                    scanned.end,
                );
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

    /// Whether a `(` here follows `if`, `while`, `for` (or `for await`) or `with`:
    /// then the `)` closing it ends a condition, and a statement (perhaps a
    /// regular expression) comes next.
    fn follows_condition_keyword(&self) -> bool {
        let mut last = self.out.iter().rev().map(|t| &t.kind);
        match last.next() {
            Some(TokenKind::If | TokenKind::While | TokenKind::For | TokenKind::With) => true,
            Some(TokenKind::Await) => last.next() == Some(&TokenKind::For),
            _ => false,
        }
    }

    /// Whether a `/` here starts a regular expression: the previous token cannot
    /// end an expression.
    fn regex_allowed(&self) -> bool {
        use TokenKind::*;
        let Some(last) = self.out.last() else {
            return true;
        };
        match &last.kind {
            Ident { .. } | PrivateName(_) | Number { .. } | String { .. } | Regex { .. } => false,
            NoSubstTemplate { .. } | TemplateTail { .. } => false,
            This | Super | Null | True | False => false,
            // Contextual keywords are mostly used as names (`of / 2` is rare, but
            // `yield /re/` and `await /re/` are operators followed by operands).
            Let | Static | Async | Of | Get | Set | Target => false,
            RParen => self.last_paren_was_condition,
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
        // After a newline, a token that ends an expression gets a semicolon
        // inserted, so the `{` starts a statement (`x = 1 \n { … }`); so does
        // `return \n {` (a restricted production).
        let ends_expression = matches!(
            last.kind,
            Ident { .. }
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
                | RBracket
                | PlusPlus
                | MinusMinus
                | Return
                | Yield
        );
        if self.nl_pending && ends_expression {
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
