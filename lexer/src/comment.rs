//! Comments (ECMAScript §12.4, Annex B.1.1 for the HTML-like forms, and §12.5 for
//! the hashbang line).
//!
//! logos skips `//` comments by itself. The cooker comes here for the forms that
//! need more: a block comment must report whether it contains a line terminator
//! (then it counts as one for automatic semicolon insertion), and `<!--`, `-->`
//! and `#!` comments run to the end of the line.

use crate::lines::is_line_terminator_at;

/// The end of a block comment whose `/*` is at `start`, and whether it contains a
/// line terminator. `None` when it is never closed.
pub(crate) fn scan_block_comment(src: &str, start: usize) -> Option<(usize, bool)> {
    let bytes = src.as_bytes();
    let mut has_newline = false;
    let mut i = start + 2;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'*' if bytes.get(i + 1) == Some(&b'/') => return Some((i + 2, has_newline)),
            b'\n' | b'\r' => has_newline = true,
            // U+2028 and U+2029 both start with 0xE2 in UTF-8.
            0xE2 => has_newline |= is_line_terminator_at(src, i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The end of a single-line comment starting at `start`: the next line terminator
/// (not included) or the end of input.
pub(crate) fn line_comment_end(src: &str, start: usize) -> usize {
    let bytes = src.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' || b == b'\r' || (b == 0xE2 && is_line_terminator_at(src, i)) {
            return i;
        }
        i += 1;
    }
    bytes.len()
}
