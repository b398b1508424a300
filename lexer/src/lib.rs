//! Phase 1 of nodelet: source text to tokens.
//!
//! [logos](https://docs.rs/logos) recognises the context-free shapes of tokens
//! (`raw.rs`); a small hand-written *cooker* (`cooker.rs`) walks over them and
//! adds the context JavaScript needs: regular expression or division
//! (`context.rs`), template literal chunks, the "newline before" mark and the
//! restricted productions. Each kind of literal is scanned and cooked by its own
//! module (`number.rs`, `string.rs`, `template.rs`, `regex.rs`, `ident.rs`,
//! `comment.rs`, with `escape.rs` shared). The parser sees only [`Token`]s.
//!
//! What the parser can rely on:
//! - There is no end-of-input token: the vector simply ends.
//! - Keywords and contextual keywords have their own kinds, even where they are
//!   property names (`a.if`, `{ class: 1 }`): the grammar accepts them there as
//!   IdentifierNames. `implements`, `interface`, `package`, `private`,
//!   `protected` and `public` are plain `Ident`s.
//! - An escaped name is always an `Ident` with `escaped: true`, even when it
//!   spells a keyword; the parser rejects those where a keyword is meant, with
//!   node's "Keyword must not contain escaped characters".
//! - `legacy_octal` on numbers and strings (`017`, `08`, `"\07"`, `"\8"`) is for
//!   strict-mode early errors; a template's `cooked` is `None` after an invalid
//!   escape, and [`template_escape_error`] gives node's message for it.
//! - BigInt literals (`10n`) are Error tokens: nodelet leaves BigInt out.
//!
//! Architecture invariant: [`tokenize`] never fails and never panics, whatever
//! the input. What it cannot read becomes a [`TokenKind::Error`] token carrying
//! node's message, whose span is where node's caret points; tokens come in source
//! order and never overlap.

mod comment;
mod context;
mod cooker;
mod dump;
mod escape;
mod ident;
mod intern;
mod lines;
mod number;
mod raw;
mod regex;
mod string;
mod template;
mod token;

pub use dump::dump_tokens;
pub use lines::LineIndex;
pub use template::template_escape_error;
pub use token::{JsStr, Span, Token, TokenKind};

/// Reads the whole source into tokens. Never fails: what cannot be read becomes a
/// [`TokenKind::Error`] token that the parser reports. There is no end-of-input
/// token; the parser treats the end of the vector as end of input.
pub fn tokenize(src: &str) -> Vec<Token> {
    cooker::Cooker::new(src).run()
}

/// What a hand-written scanner read: the token, the span it covers (for an error,
/// the range node's caret points at) and where lexing resumes.
pub(crate) struct Scanned {
    pub kind: TokenKind,
    pub span: Span,
    pub next: usize,
}

impl Scanned {
    pub fn new(kind: TokenKind, start: usize, end: usize) -> Scanned {
        Scanned {
            kind,
            span: Span::new(start, end),
            next: end,
        }
    }

    pub fn error(message: &str, span: Span, next: usize) -> Scanned {
        Scanned {
            kind: TokenKind::Error(message.into()),
            span,
            next,
        }
    }
}
