//! Phase 1 of nodelet: source text to tokens.
//!
//! [logos](https://docs.rs/logos) recognises the context-free shapes of tokens
//! (`raw.rs`); a small hand-written *cooker* (`cooker.rs`) walks over them and adds
//! the context JavaScript needs (regular expression or division, template literal
//! chunks, the "newline before" mark and the restricted productions). Literals are
//! scanned and cooked by one module each (`number.rs`, `string.rs`, `template.rs`,
//! `regex.rs`, `ident.rs`, `comment.rs`). The parser sees only [`Token`]s.
//!
//! Architecture invariant: [`tokenize`] never fails and never panics. Whatever it
//! cannot read becomes a [`TokenKind::Error`] token carrying node's message.

mod comment;
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
