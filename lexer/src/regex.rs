//! Regular expression literals (ECMAScript §12.9.5): `/pattern/flags`.
//!
//! Whether a `/` starts a regular expression or is division depends on context,
//! which only the cooker knows; once it has decided, [`scan_regex`] finds the end
//! of the body (a `/` outside a class `[…]` and not escaped) and the flags. The
//! pattern itself is checked later, by the regular expression engine.

use crate::escape::char_len_at;
use crate::ident::is_id_continue;
use crate::lines::is_line_terminator_at;
use crate::{Scanned, Span, TokenKind};

const MISSING_SLASH: &str = "Invalid regular expression: missing /";
const INVALID_FLAGS: &str = "Invalid regular expression flags";

/// Scans the regular expression literal whose opening `/` is at `start`.
pub(crate) fn scan_regex(src: &str, start: usize) -> Scanned {
    let bytes = src.as_bytes();
    let mut i = start + 1;
    let mut in_class = false;
    let missing_slash = |at: usize| Scanned::error(MISSING_SLASH, Span::new(start, start + 1), at);
    loop {
        let Some(&b) = bytes.get(i) else {
            return missing_slash(i);
        };
        if is_line_terminator_at(src, i) {
            return missing_slash(i);
        }
        match b {
            b'\\' => {
                // An escape may not escape a line terminator.
                if i + 1 >= bytes.len() || is_line_terminator_at(src, i + 1) {
                    return missing_slash(i + 1);
                }
                i += 1 + char_len_at(src, i + 1);
            }
            b'[' => {
                in_class = true;
                i += 1;
            }
            b']' => {
                in_class = false;
                i += 1;
            }
            b'/' if !in_class => break,
            _ => i += 1,
        }
    }
    let body_end = i;
    i += 1;
    let flags_start = i;
    // Flags are IdentifierPartChars; anything but the known letters is an error
    // reported here, as node does, rather than by the engine.
    let mut valid = true;
    let mut seen = 0u32;
    while let Some(c) = src.get(i..).and_then(|rest| rest.chars().next()) {
        if c == '\\' {
            valid = false;
            i += 1;
            continue;
        }
        if !is_id_continue(c) {
            break;
        }
        let bit = "dgimsuyv".find(c).map(|n| 1u32 << n);
        match bit {
            Some(bit) if seen & bit == 0 => seen |= bit,
            _ => valid = false,
        }
        i += c.len_utf8();
    }
    // `u` and `v` are mutually exclusive; V8 finds that later than a bad letter,
    // and its caret then covers the whole literal.
    if valid && seen & (1 << 5) != 0 && seen & (1 << 7) != 0 {
        return Scanned::error(INVALID_FLAGS, Span::new(start, i), i);
    }
    if !valid {
        return Scanned::error(INVALID_FLAGS, Span::new(start, start + 1), i);
    }
    let kind = TokenKind::Regex {
        pattern: src.get(start + 1..body_end).unwrap_or("").into(),
        flags: src.get(flags_start..i).unwrap_or("").into(),
    };
    Scanned::new(kind, start, i)
}
