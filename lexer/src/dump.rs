//! `--dump-tokens`: the token stream as text, one token per line.
//!
//! Each line reads `⏎ line:col Kind text`: a `⏎` when a line terminator came
//! before the token (what automatic semicolon insertion looks at), the position
//! (1-based, columns in characters), the kind, and the token's source text. When a
//! literal's value is not plain from its text (escapes, `0x10`, `.5`), ` = value`
//! follows. The lexer's snapshot tests and the book quote this output.

use std::fmt::Write;

use crate::{tokenize, LineIndex, Token, TokenKind};

/// Lexes `src` and lists its tokens, one per line.
pub fn dump_tokens(src: &str) -> String {
    let lines = LineIndex::new(src);
    let mut out = String::new();
    // (offset, line, column) of the previous token: on the same line, the column
    // is counted on from there, so a minified one-line file costs linear time.
    let mut previous = (0, 1, 1);
    for token in tokenize(src) {
        let start = token.span.start as usize;
        let (prev_offset, prev_line, prev_col) = previous;
        let line = lines.line(start);
        let col = match src.get(prev_offset..start) {
            Some(between) if line == prev_line => prev_col + between.chars().count(),
            _ => lines.line_col(start).1,
        };
        previous = (start, line, col);
        let mark = if token.nl_before { '⏎' } else { ' ' };
        let position = format!("{line}:{col}");
        let text = source_text(src, &token);
        let _ = write!(out, "{mark} {position:<7} {} {text}", token.kind.name());
        if let TokenKind::Error(message) = &token.kind {
            let _ = write!(out, " ({message})");
        } else if let Some(value) = value_text(&token.kind) {
            if value != text {
                let _ = write!(out, " = {value}");
            }
        }
        out.push('\n');
    }
    out
}

/// The token's source text. Invisible characters are written with the names the
/// specification gives them (`<LF>`, `<TAB>`, `<NBSP>`…), so each token stays on
/// one line and nothing in a snapshot is invisible.
fn source_text(src: &str, token: &Token) -> String {
    let text = src
        .get(token.span.start as usize..token.span.end as usize)
        .unwrap_or("");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("<LF>"),
            '\r' => out.push_str("<CR>"),
            '\t' => out.push_str("<TAB>"),
            '\u{B}' => out.push_str("<VT>"),
            '\u{C}' => out.push_str("<FF>"),
            '\u{A0}' => out.push_str("<NBSP>"),
            '\u{FEFF}' => out.push_str("<ZWNBSP>"),
            '\u{200C}' => out.push_str("<ZWNJ>"),
            '\u{200D}' => out.push_str("<ZWJ>"),
            '\u{2028}' => out.push_str("<LS>"),
            '\u{2029}' => out.push_str("<PS>"),
            c if c.is_control() || is_unprintable(c) => {
                let _ = write!(out, "<U+{:04X}>", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Private-use characters and noncharacters, which no terminal shows.
fn is_unprintable(c: char) -> bool {
    let cp = c as u32;
    (0xE000..=0xF8FF).contains(&cp)
        || cp >= 0xF0000
        || cp & 0xFFFE == 0xFFFE
        || (0xFDD0..=0xFDEF).contains(&cp)
}

/// A number as JavaScript writes it for the common cases: integers and decimals
/// in plain notation, very large or small magnitudes with an exponent.
fn number_text(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let magnitude = value.abs();
    if magnitude == 0.0 || (1e-7..1e21).contains(&magnitude) {
        // Rust prints the shortest digits that round-trip, as JavaScript does.
        return format!("{value}");
    }
    let text = format!("{value:e}");
    match text.split_once('e') {
        Some((mantissa, exponent)) if !exponent.starts_with('-') => {
            format!("{mantissa}e+{exponent}")
        }
        _ => text,
    }
}

/// A literal's value, written as JavaScript would (strings double-quoted).
fn value_text(kind: &TokenKind) -> Option<String> {
    match kind {
        TokenKind::Ident {
            name,
            escaped: true,
        } => Some(format!("{name} (escaped)")),
        TokenKind::PrivateName(name) => Some(format!("#{name}")),
        TokenKind::Number {
            value,
            legacy_octal,
        } => {
            let legacy = if *legacy_octal { " (legacy octal)" } else { "" };
            Some(format!("{}{legacy}", number_text(*value)))
        }
        TokenKind::String {
            value,
            legacy_octal,
        } => {
            let legacy = if *legacy_octal {
                " (legacy octal escape)"
            } else {
                ""
            };
            Some(format!("{}{legacy}", quote(value)))
        }
        TokenKind::NoSubstTemplate { cooked, raw }
        | TokenKind::TemplateHead { cooked, raw }
        | TokenKind::TemplateMiddle { cooked, raw }
        | TokenKind::TemplateTail { cooked, raw } => Some(match cooked {
            Some(cooked) => quote(cooked),
            None => format!("undefined (invalid escape), raw {:?}", raw),
        }),
        _ => None,
    }
}

/// A UTF-16 string in double quotes, escaping what would not print plainly; a
/// lone surrogate shows as `\uD800`.
fn quote(units: &[u16]) -> String {
    let mut out = String::from("\"");
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\t') => out.push_str("\\t"),
            Ok(c) if c.is_control() || c == '\u{2028}' || c == '\u{2029}' || is_unprintable(c) => {
                let cp = c as u32;
                if cp <= 0xFFFF {
                    let _ = write!(out, "\\u{cp:04X}");
                } else {
                    let _ = write!(out, "\\u{{{cp:X}}}");
                }
            }
            Ok(c) => out.push(c),
            Err(e) => {
                let _ = write!(out, "\\u{:04X}", e.unpaired_surrogate());
            }
        }
    }
    out.push('"');
    out
}
