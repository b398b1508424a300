//! Line and column numbers for byte offsets, for diagnostics and `--dump-tokens`.
//!
//! A [`LineIndex`] records where each line starts, once, so that turning a token's
//! byte offset into "line 3, column 7" is a binary search. Lines end where
//! JavaScript says they do (§12.3): at LF, CR, CRLF, U+2028 and U+2029.

/// Whether a line terminator (LF, CR, U+2028, U+2029) starts at byte `i`.
pub(crate) fn is_line_terminator_at(src: &str, i: usize) -> bool {
    match src.as_bytes().get(i) {
        Some(b'\n' | b'\r') => true,
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        Some(0xE2) => src
            .as_bytes()
            .get(i + 1..i + 3)
            .is_some_and(|rest| rest == [0x80, 0xA8] || rest == [0x80, 0xA9]),
        _ => false,
    }
}

/// The start of every line of a source text.
///
/// Line numbers are 1-based. Columns are 1-based and count *characters* (Unicode
/// scalar values), which is what a reader counts; [`LineIndex::line_col_utf16`]
/// gives V8's columns instead (UTF-16 code units, as in node's stack traces),
/// which differ only after a character outside the Basic Multilingual Plane.
#[derive(Clone, Debug)]
pub struct LineIndex<'src> {
    src: &'src str,
    /// Byte offset where each line starts; `starts[0]` is 0.
    starts: Vec<u32>,
    /// Whether each line is pure ASCII: then a column is a byte difference, and
    /// finding it costs nothing even on the one huge line of minified code.
    ascii: Vec<bool>,
}

impl<'src> LineIndex<'src> {
    /// Indexes the lines of `src`.
    pub fn new(src: &'src str) -> LineIndex<'src> {
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_is_ascii = true;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let len = match b {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
                b'\n' | b'\r' => 1,
                0xE2 if is_line_terminator_at(src, i) => 3,
                _ => 0,
            };
            if len == 0 {
                line_is_ascii &= b.is_ascii();
                i += 1;
            } else {
                i += len;
                starts.push(i as u32);
                ascii.push(std::mem::replace(&mut line_is_ascii, true));
            }
        }
        ascii.push(line_is_ascii);
        LineIndex { src, starts, ascii }
    }

    /// How many lines the source has (an empty source has one, empty, line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line holding byte `offset` (clamped to the source).
    pub fn line(&self, offset: usize) -> usize {
        let offset = offset.min(self.src.len()) as u32;
        // `starts[0] == 0 <= offset`, so the partition point is at least 1.
        self.starts.partition_point(|&start| start <= offset)
    }

    /// Byte offset where the 1-based line `line` starts, if it exists.
    fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).map(|&s| s as usize)
    }

    /// The text before `offset` on its line, snapped back to a character boundary.
    fn prefix(&self, offset: usize) -> (usize, &'src str) {
        let line = self.line(offset);
        let start = self.line_start(line).unwrap_or(0);
        let mut end = offset.min(self.src.len()).max(start);
        while !self.src.is_char_boundary(end) {
            end -= 1;
        }
        (line, self.src.get(start..end).unwrap_or(""))
    }

    /// (line, column), both 1-based, with the column counted in characters.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let (line, before) = self.prefix(offset);
        if self.ascii.get(line - 1) == Some(&true) {
            return (line, before.len() + 1);
        }
        (line, before.chars().count() + 1)
    }

    /// (line, column), both 1-based, with the column counted in UTF-16 code units
    /// as V8 counts them.
    pub fn line_col_utf16(&self, offset: usize) -> (usize, usize) {
        let (line, before) = self.prefix(offset);
        if self.ascii.get(line - 1) == Some(&true) {
            return (line, before.len() + 1);
        }
        (line, before.encode_utf16().count() + 1)
    }

    /// The text of the 1-based line `line`, without its line terminator; empty if
    /// there is no such line.
    pub fn line_text(&self, line: usize) -> &'src str {
        let Some(start) = self.line_start(line) else {
            return "";
        };
        let end = self.line_start(line + 1).unwrap_or(self.src.len());
        let text = self.src.get(start..end).unwrap_or("");
        text.trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}'])
    }
}
