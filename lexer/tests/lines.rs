//! `LineIndex` on a source that uses every line terminator and characters of
//! every UTF-8 length: for each line, its text, then the (line, column) of each
//! character, counted in characters and in UTF-16 units.

use std::fmt::Write;

use nodelet_lexer::LineIndex;

#[test]
fn line_index() {
    let src = "ab\ncd\r\nef\rgh\u{2028}ij\u{2029}é😀z\n\nlast";
    let index = LineIndex::new(src);
    let mut out = String::new();
    for line in 1..=index.line_count() {
        let _ = writeln!(out, "line {line}: {:?}", index.line_text(line));
    }
    for (offset, c) in src.char_indices() {
        let (line, col) = index.line_col(offset);
        let (_, col16) = index.line_col_utf16(offset);
        let _ = writeln!(
            out,
            "{offset:>2} {c:?} -> {line}:{col} (UTF-16 column {col16})"
        );
    }
    let _ = writeln!(out, "end -> {:?}", index.line_col(src.len()));
    let _ = writeln!(out, "past the end -> {:?}", index.line_col(src.len() + 10));
    let _ = writeln!(
        out,
        "line 0 and line 99: {:?} {:?}",
        index.line_text(0),
        index.line_text(99)
    );
    insta::assert_snapshot!(out);
}
