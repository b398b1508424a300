//! Template literal chunks (ECMAScript §12.9.6): `` `…` ``, `` `…${ ``, `` }…${ `` and
//! `` }…` ``.
//!
//! The cooker calls [`scan_template`] on a backtick, and again on the `}` that closes
//! a substitution (it keeps a brace stack to know which `}` that is). Each chunk
//! carries its raw text (line ends normalised to LF, as the spec's TRV says) and its
//! cooked value, which is `None` when an escape is invalid: only a tagged template
//! may contain one, and [`template_escape_error`] tells the parser which message
//! node gives for an untagged one.

use std::rc::Rc;

use crate::escape::{push_utf16, read_escape, Escape, EscapeError};
use crate::{Scanned, Span, TokenKind};

/// What node says when input ends inside a template literal.
pub(crate) const UNTERMINATED: &str = "Unexpected end of input";
const OCTAL_IN_TEMPLATE: &str = "Octal escape sequences are not allowed in template strings.";
const EIGHT_NINE_IN_TEMPLATE: &str = "\\8 and \\9 are not allowed in template strings.";

/// The result of scanning one template chunk.
pub(crate) struct TemplateChunk {
    pub scanned: Scanned,
    /// The chunk ended with `${`: a substitution follows.
    pub opens_substitution: bool,
}

/// Scans a template chunk. `start` is the position of the opening backtick (when
/// `is_head`) or of the `}` that ends a substitution.
pub(crate) fn scan_template(src: &str, start: usize, is_head: bool) -> TemplateChunk {
    let bytes = src.as_bytes();
    let content = start + 1;
    let mut i = content;
    let mut units: Vec<u16> = Vec::new();
    let mut cooked_ok = true;
    let mut has_cr = false;
    // Start of the run of plain characters not yet copied into `units`.
    let mut run = content;
    let (content_end, end, opens) = loop {
        match bytes.get(i) {
            None => {
                let eof = bytes.len();
                let scanned = Scanned::error(UNTERMINATED, Span::new(eof, eof), eof);
                return TemplateChunk {
                    scanned,
                    opens_substitution: false,
                };
            }
            Some(b'`') => break (i, i + 1, false),
            Some(b'$') if bytes.get(i + 1) == Some(&b'{') => break (i, i + 2, true),
            Some(b'\\') => {
                units.extend(src.get(run..i).unwrap_or("").encode_utf16());
                match read_escape(src, i) {
                    Ok((Escape::CodePoint(cp), next)) => {
                        push_utf16(&mut units, cp);
                        has_cr |= bytes.get(i..next).is_some_and(|e| e.contains(&b'\r'));
                        i = next;
                    }
                    Ok((Escape::LineContinuation, next)) => {
                        has_cr |= bytes.get(i..next).is_some_and(|e| e.contains(&b'\r'));
                        i = next;
                    }
                    Ok((Escape::LegacyOctal(_) | Escape::NonOctalDecimal(_), _)) | Err(_) => {
                        // Not a valid escape in a template: the cooked value is
                        // undefined, and the text after `\` + one character is
                        // ordinary template text again.
                        cooked_ok = false;
                        i = (i + 2).min(bytes.len());
                    }
                }
                run = i;
            }
            Some(b'\r') => {
                // CR and CRLF cook to LF, in the cooked and the raw value alike.
                units.extend(src.get(run..i).unwrap_or("").encode_utf16());
                units.push(u16::from(b'\n'));
                has_cr = true;
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                run = i;
            }
            Some(_) => i += 1,
        }
    };
    // `run` and `content_end` sit on ASCII bytes or escape ends, so the slice is
    // on character boundaries; `get` keeps that an invariant rather than a panic.
    if let Some(tail) = src.get(run..content_end) {
        units.extend(tail.encode_utf16());
    }
    let raw_text = src.get(content..content_end).unwrap_or("");
    let raw: Rc<str> = if has_cr {
        raw_text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        raw_text.into()
    };
    let cooked = cooked_ok.then(|| Rc::from(units));
    let kind = match (is_head, opens) {
        (true, false) => TokenKind::NoSubstTemplate { cooked, raw },
        (true, true) => TokenKind::TemplateHead { cooked, raw },
        (false, true) => TokenKind::TemplateMiddle { cooked, raw },
        (false, false) => TokenKind::TemplateTail { cooked, raw },
    };
    TemplateChunk {
        scanned: Scanned::new(kind, start, end),
        opens_substitution: opens,
    }
}

/// For a template chunk whose cooked value is `None`: node's message for the first
/// invalid escape in `raw` and its byte range within `raw`. The parser reports it
/// for untagged templates (with `raw` starting one byte after the token's start,
/// exact unless a CR came before the escape).
pub fn template_escape_error(raw: &str) -> Option<(&'static str, usize, usize)> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i) != Some(&b'\\') {
            i += 1;
            continue;
        }
        match read_escape(raw, i) {
            Ok((Escape::LegacyOctal(_), end)) => return Some((OCTAL_IN_TEMPLATE, i, end)),
            Ok((Escape::NonOctalDecimal(_), end)) => return Some((EIGHT_NINE_IN_TEMPLATE, i, end)),
            Ok((_, end)) => i = end,
            Err(EscapeError {
                message,
                start,
                end,
            }) => return Some((message, start, end)),
        }
    }
    None
}
