//! Automatic semicolon insertion (ECMAScript §12.10) on top of lalrpop's error
//! recovery.
//!
//! Every statement that ends in `;` ends in the grammar symbol `Semi`, which is
//! either a written `;` or lalrpop's error token `!`. When the parser meets a
//! token no production allows, lalrpop looks for a state that can shift `!` and
//! then accept that token: exactly "insert a `;` before the offending token". The
//! spec allows it only when the offending token is `}`, the end of input, or
//! follows a line terminator, and never when tokens had to be skipped, so
//! [`insert_semicolon`] checks that.
//!
//! One trap remains: to find a state that can shift `!`, lalrpop may pop states,
//! silently discarding symbols it had already parsed (`a ? b \n c : d` could
//! become `a; c: d`). So every statement that ends in `Semi` calls [`finish`],
//! which checks that the statement's own content ends exactly where the last
//! token before the offending one ends. If symbols were discarded it does not,
//! and the original syntax error is reported instead.

use lalrpop_util::{ErrorRecovery, ParseError};
use nodelet_lexer::{Span, TokenKind};

use crate::context::ParseContext;
use crate::tokens::Tok;
use crate::SyntaxError;

/// The parse error type of the generated parser.
pub type GrammarError = ParseError<usize, Tok, SyntaxError>;

/// What lalrpop hands to the action of an `!` symbol.
pub type Recovery = ErrorRecovery<usize, Tok, SyntaxError>;

/// How a statement ended.
pub enum Semi {
    /// A `;` written in the source.
    Written(Span),
    /// A `;` inserted before the token starting at `before` (`None`: before the
    /// end of input). `error` is what to report if the insertion turns out wrong.
    Inserted {
        before: Option<usize>,
        error: Box<GrammarError>,
    },
}

/// The `!` alternative of `Semi`: accepts the insertion if the spec allows it.
pub fn insert_semicolon(cx: &ParseContext, recovery: Recovery) -> Result<Semi, GrammarError> {
    if !recovery.dropped_tokens.is_empty() {
        return Err(recovery.error);
    }
    let before = match &recovery.error {
        ParseError::UnrecognizedToken {
            token: (start, tok, _),
            ..
        } if tok.kind == TokenKind::RBrace || cx.tokens.nl_before(*start) => Some(*start),
        ParseError::UnrecognizedEof { .. } => None,
        _ => return Err(recovery.error),
    };
    Ok(Semi::Inserted {
        before,
        error: Box::new(recovery.error),
    })
}

/// The `;` after `do … while (…)` is inserted whatever follows (§12.10.1, rule 4
/// as amended in ES2015), but still never by skipping tokens.
pub fn insert_after_do_while(recovery: Recovery) -> Result<Semi, GrammarError> {
    if !recovery.dropped_tokens.is_empty() {
        return Err(recovery.error);
    }
    let before = match &recovery.error {
        ParseError::UnrecognizedToken {
            token: (start, _, _),
            ..
        } => Some(*start),
        ParseError::UnrecognizedEof { .. } => None,
        _ => return Err(recovery.error),
    };
    Ok(Semi::Inserted {
        before,
        error: Box::new(recovery.error),
    })
}

/// Ends a statement whose own content ends at byte `content_end`; returns where
/// the whole statement ends (after its `;`, if one was written).
pub fn finish(cx: &ParseContext, content_end: u32, semi: Semi) -> Result<u32, GrammarError> {
    match semi {
        Semi::Written(span) => Ok(span.end),
        Semi::Inserted { before, error } => {
            if cx.tokens.prev_end(before) == content_end as usize {
                Ok(content_end)
            } else {
                Err(*error)
            }
        }
    }
}
