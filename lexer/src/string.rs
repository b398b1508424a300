//! String literals (ECMAScript §12.9.4): `"…"` and `'…'` with every escape.
//!
//! The cooker calls [`scan_string`] when logos sees an opening quote. Most strings
//! hold no escapes; those take a fast path that converts the source slice straight
//! to UTF-16. Escapes go through `escape.rs`; legacy octal escapes (`\07`) and
//! `\8`/`\9` set `legacy_octal`, which the parser rejects in strict code.

use std::rc::Rc;

use crate::escape::{push_utf16, read_escape, Escape};
use crate::{Scanned, Span, TokenKind};

/// The message node gives for a string that meets a line end or the end of input.
pub(crate) const UNTERMINATED: &str = "Invalid or unexpected token";

/// Scans the string literal whose opening quote is at `start`.
pub(crate) fn scan_string(src: &str, start: usize) -> Scanned {
    let bytes = src.as_bytes();
    let quote = bytes.get(start).copied().unwrap_or(b'"');
    let content = start + 1;
    let mut i = content;

    // Fast path: no escapes, so the value is the slice itself.
    while let Some(&b) = bytes.get(i) {
        if b == quote {
            let value = utf16(src.get(content..i).unwrap_or(""));
            let kind = TokenKind::String {
                value,
                legacy_octal: false,
            };
            return Scanned::new(kind, start, i + 1);
        }
        if b == b'\\' || b == b'\n' || b == b'\r' {
            break;
        }
        i += 1;
    }

    // Slow path: decode escapes, keeping the first error to report.
    let mut units: Vec<u16> = src.get(content..i).unwrap_or("").encode_utf16().collect();
    let mut legacy_octal = false;
    let mut error = None;
    loop {
        match bytes.get(i) {
            None | Some(b'\n' | b'\r') => {
                // Unterminated: node's caret covers the literal up to the line end.
                return Scanned::error(UNTERMINATED, Span::new(start, i), i);
            }
            Some(&b) if b == quote => break,
            Some(b'\\') => match read_escape(src, i) {
                Ok((escape, end)) => {
                    match escape {
                        Escape::CodePoint(cp) => push_utf16(&mut units, cp),
                        Escape::LegacyOctal(cp) | Escape::NonOctalDecimal(cp) => {
                            legacy_octal = true;
                            push_utf16(&mut units, cp);
                        }
                        Escape::LineContinuation => {}
                    }
                    i = end;
                }
                Err(e) => {
                    error.get_or_insert(e);
                    // Resume just past `\x` or `\u`: what follows is ordinary text
                    // (and may be the closing quote).
                    i = (i + 2).min(bytes.len());
                }
            },
            Some(_) => {
                // Copy a run of ordinary characters in one go. The run stops at an
                // ASCII byte, so both ends are character boundaries.
                let run_end = bytes
                    .get(i..)
                    .unwrap_or(&[])
                    .iter()
                    .position(|&b| b == quote || b == b'\\' || b == b'\n' || b == b'\r')
                    .map_or(bytes.len(), |n| i + n);
                units.extend(src.get(i..run_end).unwrap_or("").encode_utf16());
                i = run_end;
            }
        }
    }
    let end = i + 1;
    if let Some(e) = error {
        // The caret may not reach past the literal, so tokens never overlap.
        let span = Span::new(e.start.min(end), e.end.min(end));
        return Scanned::error(e.message, span, end);
    }
    let kind = TokenKind::String {
        value: units.into(),
        legacy_octal,
    };
    Scanned::new(kind, start, end)
}

/// A string's UTF-16 code units. ASCII text (most strings) takes a path whose
/// length is known up front, so the `Rc` is allocated once, with no `Vec` between.
pub(crate) fn utf16(text: &str) -> Rc<[u16]> {
    if text.is_ascii() {
        text.bytes().map(u16::from).collect()
    } else {
        text.encode_utf16().collect()
    }
}
