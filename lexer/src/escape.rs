//! Escape sequences shared by string literals, template literals and identifiers
//! (ECMAScript §12.9.4 "String Literals", §12.9.6 "Template Literal Lexical
//! Components", §12.7 "Names and Keywords").
//!
//! One reader decodes `\x41`, `\u0041`, `\u{1F600}`, the single-character escapes,
//! legacy octal escapes and line continuations; its callers decide what is allowed
//! where (a template rejects octal escapes, an identifier accepts only `\u`).

/// What one escape sequence stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Escape {
    /// A code point (from `\u{…}` this may be a lone surrogate).
    CodePoint(u32),
    /// A legacy octal escape such as `\07` or `\101` (sloppy-mode strings only).
    LegacyOctal(u32),
    /// `\8` or `\9`: the digit itself, but forbidden in strict code and templates.
    NonOctalDecimal(u32),
    /// A backslash before a line terminator: contributes nothing.
    LineContinuation,
}

/// A malformed escape: node's message and the byte range the caret covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EscapeError {
    pub message: &'static str,
    pub start: usize,
    pub end: usize,
}

pub(crate) const INVALID_HEX: &str = "Invalid hexadecimal escape sequence";
pub(crate) const INVALID_UNICODE: &str = "Invalid Unicode escape sequence";
pub(crate) const UNDEFINED_CODE_POINT: &str = "Undefined Unicode code-point";

/// The value of an ASCII hexadecimal digit.
pub(crate) fn hex_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'f' => Some(u32::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u32::from(b - b'A' + 10)),
        _ => None,
    }
}

/// The byte length of the character at `pos`, 1 for anything unreadable, so a
/// scanner always moves forward by whole characters.
pub(crate) fn char_len_at(src: &str, pos: usize) -> usize {
    src.get(pos..)
        .and_then(|rest| rest.chars().next())
        .map_or(1, char::len_utf8)
}

/// The end of the character at `pos` (or `pos` itself at the end of input).
fn through_char_at(src: &str, pos: usize) -> usize {
    if pos >= src.len() {
        src.len()
    } else {
        pos + char_len_at(src, pos)
    }
}

/// The position `n` characters after `from` (or the end of input).
fn after_chars(src: &str, from: usize, n: usize) -> usize {
    src.get(from..)
        .and_then(|rest| rest.char_indices().nth(n))
        .map_or(src.len(), |(i, _)| from + i)
}

/// Reads the `XXXX` or `{X…}` after `\u`, starting at `pos` (just past the `u`).
/// Returns the code point and the position after the escape. `backslash` is where
/// the escape began. Error spans are where V8 puts its caret: the six characters
/// from the backslash for `\uXXXX`, the offending character for `\u{…}`, and up
/// to the digit that went past U+10FFFF for a code point out of range.
pub(crate) fn read_unicode_escape(
    src: &str,
    backslash: usize,
    pos: usize,
) -> Result<(u32, usize), EscapeError> {
    let bytes = src.as_bytes();
    if bytes.get(pos) == Some(&b'{') {
        let mut i = pos + 1;
        let mut value: u32 = 0;
        let mut too_big_at = None;
        while let Some(digit) = bytes.get(i).copied().and_then(hex_value) {
            // Saturate rather than overflow on absurdly long escapes.
            value = value.saturating_mul(16).saturating_add(digit);
            if value > 0x10FFFF && too_big_at.is_none() {
                too_big_at = Some(i + 1);
            }
            i += 1;
        }
        if i == pos + 1 || bytes.get(i) != Some(&b'}') {
            return Err(EscapeError {
                message: INVALID_UNICODE,
                start: i.min(src.len()),
                end: through_char_at(src, i),
            });
        }
        if let Some(end) = too_big_at {
            return Err(EscapeError {
                message: UNDEFINED_CODE_POINT,
                start: backslash,
                end,
            });
        }
        return Ok((value, i + 1));
    }
    let mut value = 0;
    for k in 0..4 {
        match bytes.get(pos + k).copied().and_then(hex_value) {
            Some(digit) => value = value * 16 + digit,
            None => {
                return Err(EscapeError {
                    message: INVALID_UNICODE,
                    start: backslash,
                    end: after_chars(src, backslash, 6),
                })
            }
        }
    }
    Ok((value, pos + 4))
}

/// Reads the escape sequence whose backslash is at `pos` inside a string or
/// template literal. Returns what it means and the position after it.
pub(crate) fn read_escape(src: &str, pos: usize) -> Result<(Escape, usize), EscapeError> {
    let bytes = src.as_bytes();
    let Some(&b) = bytes.get(pos + 1) else {
        // A backslash at the very end: the caller reports the unterminated literal.
        return Ok((Escape::LineContinuation, pos + 1));
    };
    let single = |c: char| Ok((Escape::CodePoint(c as u32), pos + 2));
    match b {
        b'n' => single('\n'),
        b't' => single('\t'),
        b'r' => single('\r'),
        b'b' => single('\u{8}'),
        b'f' => single('\u{C}'),
        b'v' => single('\u{B}'),
        b'x' => {
            let hi = bytes.get(pos + 2).copied().and_then(hex_value);
            let lo = bytes.get(pos + 3).copied().and_then(hex_value);
            match (hi, lo) {
                (Some(hi), Some(lo)) => Ok((Escape::CodePoint(hi * 16 + lo), pos + 4)),
                // V8's caret covers four characters from the backslash.
                _ => Err(EscapeError {
                    message: INVALID_HEX,
                    start: pos,
                    end: after_chars(src, pos, 4),
                }),
            }
        }
        b'u' => {
            read_unicode_escape(src, pos, pos + 2).map(|(cp, end)| (Escape::CodePoint(cp), end))
        }
        b'0'..=b'7' => {
            // `\0` not followed by a digit is the NUL character, not a legacy escape.
            let next_is_digit = bytes.get(pos + 2).is_some_and(u8::is_ascii_digit);
            if b == b'0' && !next_is_digit {
                return Ok((Escape::CodePoint(0), pos + 2));
            }
            // LegacyOctalEscapeSequence: up to three digits while the value stays
            // below 256 (`\377`), so `\400` is `\40` then `0`.
            let max_len = if b <= b'3' { 3 } else { 2 };
            let mut value = u32::from(b - b'0');
            let mut i = pos + 2;
            while i < pos + 1 + max_len {
                match bytes.get(i) {
                    Some(&d @ b'0'..=b'7') => {
                        value = value * 8 + u32::from(d - b'0');
                        i += 1;
                    }
                    _ => break,
                }
            }
            Ok((Escape::LegacyOctal(value), i))
        }
        b'8' | b'9' => Ok((Escape::NonOctalDecimal(u32::from(b)), pos + 2)),
        b'\n' => Ok((Escape::LineContinuation, pos + 2)),
        b'\r' => {
            let end = if bytes.get(pos + 2) == Some(&b'\n') {
                pos + 3
            } else {
                pos + 2
            };
            Ok((Escape::LineContinuation, end))
        }
        _ => {
            // Any other character stands for itself; U+2028 and U+2029 after a
            // backslash are line continuations.
            let c = src
                .get(pos + 1..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or('\\');
            let end = pos + 1 + c.len_utf8();
            if c == '\u{2028}' || c == '\u{2029}' {
                Ok((Escape::LineContinuation, end))
            } else {
                Ok((Escape::CodePoint(c as u32), end))
            }
        }
    }
}

/// Appends a code point as UTF-16; a lone surrogate stays a single unit.
pub(crate) fn push_utf16(units: &mut Vec<u16>, cp: u32) {
    if cp <= 0xFFFF {
        units.push(cp as u16);
    } else {
        let v = cp - 0x10000;
        units.push(0xD800 | (v >> 10) as u16);
        units.push(0xDC00 | (v & 0x3FF) as u16);
    }
}
