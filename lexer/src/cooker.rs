//! The cooker: the context-sensitive half of the lexer.
//!
//! logos (`raw.rs`) reads context-free shapes; the cooker walks over them, keeps
//! the little state JavaScript's lexical grammar needs, and produces the
//! [`Token`]s the parser reads. It owns:
//!
//! - **Regular expression or division**, through a [`Context`] that keeps a
//!   brace and a paren stack (`context.rs` explains the rules).
//! - **Template literals.** The same brace stack records which `{` opened a
//!   `${` substitution, so that the `}` closing it resumes the template by hand.
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
use crate::context::Context;
use crate::escape::char_len_at;
use crate::ident::{is_id_start, keyword, scan_name};
use crate::intern::Interner;
use crate::number::{scan_number, INVALID_TOKEN};
use crate::raw::Raw;
use crate::regex::scan_regex;
use crate::string::scan_string;
use crate::template::scan_template;
use crate::{Scanned, Span, Token, TokenKind};

pub(crate) struct Cooker<'src> {
    src: &'src str,
    /// logos, reading `src[base..]`. The cooker moves it by starting a new lexer
    /// where hand-written scanning stopped.
    raw: logos::Lexer<'src, Raw>,
    base: usize,
    out: Vec<Token>,
    /// A line terminator came since the last token.
    nl_pending: bool,
    context: Context,
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
            context: Context::default(),
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
                self.context.open_brace(&self.out, self.nl_pending);
                TokenKind::LBrace
            }
            Raw::RBrace => {
                if self.context.close_brace() {
                    return self.template(start, false);
                }
                TokenKind::RBrace
            }
            Raw::LParen => {
                self.context.open_paren(&self.out);
                TokenKind::LParen
            }
            Raw::RParen => {
                self.context.close_paren();
                TokenKind::RParen
            }
            Raw::Slash | Raw::SlashEq => {
                if self.context.regex_allowed(&self.out) {
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
            raw => match raw.fixed_kind() {
                Some(kind) => {
                    // A keyword directly followed by `\` or a non-ASCII letter is
                    // the start of a longer name (`if\u0061`, `ifé`).
                    if raw.is_word() && self.name_continues(end) {
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
            self.context.open_substitution();
        }
        self.emit(chunk.scanned);
    }
}
