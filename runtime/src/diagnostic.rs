//! The one renderer for every error that points into a source file: syntax errors
//! from the parser and uncaught exceptions from the interpreter both come out here
//! as `file:line:column`, the source line, a caret under the spot, a blank line and
//! the message, the shape node prints on stderr.
//!
//! Columns count UTF-16 code units, as V8's do, so the numbers agree with the
//! `at f (file.js:2:9)` lines of a JavaScript stack; the lexer's `LineIndex`
//! finds lines and columns. Very long lines (minified
//! code, a 1 MB string literal) are cut to a window around the caret.

use nodelet_interp::Uncaught;
use nodelet_lexer::{LineIndex, Span};
use nodelet_parser::SyntaxError;

/// How the line under the source marks the spot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// `^^^^^^` under the whole span (clipped to its first line), as node marks the
    /// offending token of a syntax error.
    Underline,
    /// A single `^` at the start of the span, as node marks where an exception was
    /// thrown.
    Point,
}

/// The most characters of one source line shown; longer lines are cut around the
/// caret so a minified file does not flood the terminal.
const MAX_SHOWN_CHARS: usize = 120;

/// What stands in for the part of a long line that is cut off.
const ELLIPSIS: &str = "...";

/// Renders a syntax error in node's shape:
///
/// ```text
/// /home/me/file.js:3:9
/// let x = }
///         ^
///
/// SyntaxError: Unexpected token '}'
/// ```
pub fn render_syntax_error(path: &str, source: &str, error: &SyntaxError) -> String {
    let message = format!("SyntaxError: {}", error.message);
    render(path, source, error.span, Marker::Underline, &message)
}

/// Renders an exception that reached the top of the program. `source_of` gives the
/// text of the file the exception was thrown in (the location may name a module
/// other than the main script); without a location or its text only the report is
/// printed.
pub fn render_uncaught(uncaught: &Uncaught, source_of: impl Fn(&str) -> Option<String>) -> String {
    let mut out = match &uncaught.location {
        Some((path, span)) => match source_of(path) {
            Some(source) => render(path, &source, *span, Marker::Point, &uncaught.report),
            None => format!("{}\n", uncaught.report),
        },
        None => format!("{}\n", uncaught.report),
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Renders `message` below the source line that `span` starts on, with a marker
/// under the span. Offsets past the end of the source or inside a UTF-8 sequence
/// are clamped rather than trusted, so a wrong span still renders something useful.
pub fn render(path: &str, source: &str, span: Span, marker: Marker, message: &str) -> String {
    let index = LineIndex::new(source);
    let (start, end) = (
        span.start as usize,
        (span.end as usize).max(span.start as usize),
    );
    let (line, column) = index.line_col_utf16(start);
    let line_text = index.line_text(line);
    let line_chars = line_text.chars().count();

    // The marked part of the line, in characters from the line start.
    let caret_char = index.line_col(start).1 - 1;
    let marked_chars = match marker {
        Marker::Point => 1,
        Marker::Underline if index.line(end) == line => index.line_col(end).1 - 1 - caret_char,
        // A token running over several lines (a template, a comment) is marked to
        // the end of its first line.
        Marker::Underline => line_chars.saturating_sub(caret_char),
    };

    let (shown, caret_line) = excerpt(line_text, line_chars, caret_char, marked_chars.max(1));
    format!("{path}:{line}:{column}\n{shown}\n{caret_line}\n\n{message}\n")
}

/// The part of `line` to show and the caret line under it. Tabs before the caret are
/// copied so the caret lines up whatever the terminal's tab width; other characters
/// become one space per UTF-16 unit, as node does.
fn excerpt(
    line: &str,
    line_chars: usize,
    caret_char: usize,
    marked_chars: usize,
) -> (String, String) {
    let (first, last) = if line_chars <= MAX_SHOWN_CHARS {
        (0, line_chars)
    } else {
        // Keep a third of the window before the caret: what follows the error is
        // usually what explains it less.
        let first = caret_char.saturating_sub(MAX_SHOWN_CHARS / 3);
        let last = (first + MAX_SHOWN_CHARS).min(line_chars);
        (last.saturating_sub(MAX_SHOWN_CHARS).min(first), last)
    };

    let mut shown = String::new();
    let mut caret_line = String::new();
    if first > 0 {
        shown.push_str(ELLIPSIS);
        caret_line.push_str(&" ".repeat(ELLIPSIS.len()));
    }
    let mut marked_units = 0;
    for (idx, ch) in line.chars().enumerate().skip(first).take(last - first) {
        // Control characters (other than tab) would move the terminal's cursor, so
        // they are shown as the replacement character.
        let visible = if ch.is_control() && ch != '\t' {
            '\u{FFFD}'
        } else {
            ch
        };
        shown.push(visible);
        if idx < caret_char {
            if ch == '\t' {
                caret_line.push('\t');
            } else {
                caret_line.extend(std::iter::repeat_n(' ', ch.len_utf16()));
            }
        } else if idx < caret_char + marked_chars {
            marked_units += ch.len_utf16();
        }
    }
    if last < line_chars {
        shown.push_str(ELLIPSIS);
    }
    // A caret past the end of the line (an unexpected end of input) still shows.
    caret_line.push_str(&"^".repeat(marked_units.max(1)));
    (shown, caret_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(source: &str, start: usize, end: usize, marker: Marker, expect: &str) {
        let got = render(
            "/x/f.js",
            source,
            Span::new(start, end),
            marker,
            "SyntaxError: m",
        );
        assert_eq!(got, expect);
    }

    #[test]
    fn token_on_third_line() {
        check(
            "let a;\r\n\nlet x = }\n",
            17,
            18,
            Marker::Underline,
            "/x/f.js:3:9\nlet x = }\n        ^\n\nSyntaxError: m\n",
        );
    }

    #[test]
    fn wide_token_tab_and_astral_characters() {
        // '😀' is two UTF-16 units, so the caret moves two columns, as in node.
        check(
            "\t'😀' return;",
            8,
            14,
            Marker::Underline,
            "/x/f.js:1:7\n\t'😀' return;\n\t     ^^^^^^\n\nSyntaxError: m\n",
        );
    }

    #[test]
    fn end_of_input_and_out_of_range_spans() {
        check(
            "f(\n",
            3,
            3,
            Marker::Underline,
            "/x/f.js:2:1\n\n^\n\nSyntaxError: m\n",
        );
        check(
            "ab",
            99,
            120,
            Marker::Point,
            "/x/f.js:1:3\nab\n  ^\n\nSyntaxError: m\n",
        );
    }

    #[test]
    fn long_line_is_cut_around_the_caret() {
        let source = format!("{}}}{}", "a".repeat(1_000_000), "b".repeat(1_000));
        let got = render(
            "/x/f.js",
            &source,
            Span::new(1_000_000, 1_000_001),
            Marker::Underline,
            "E",
        );
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines[0], "/x/f.js:1:1000001");
        assert_eq!(
            lines[1],
            format!("...{}}}{}...", "a".repeat(40), "b".repeat(79))
        );
        assert_eq!(lines[2], format!("{}^", " ".repeat(43)));
    }
}
