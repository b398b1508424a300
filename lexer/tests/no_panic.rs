//! The lexer's architecture invariant, tested on input no one would write: on any
//! string, `tokenize` returns (it never panics or loops), and its tokens come in
//! source order with spans that do not overlap, lie inside the source and fall on
//! character boundaries, so the parser can slice the source with them.
//!
//! The inputs come from a tiny xorshift generator with a fixed seed, so a failure
//! reproduces; they are built from fragments chosen to reach every scanner's edge
//! cases, from random bytes, and from a few huge or deeply nested sources.

use nodelet_lexer::{dump_tokens, tokenize, LineIndex};

/// xorshift64*: small, fast and good enough to shuffle fragments.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "`", "${", "}", "{", "/", "/=", "/*", "*/", "//", "\\", "\\u", "\\u{", "\\x", "'", "\"", "\n",
    "\r", "\r\n", "\u{2028}", "\u{2029}", "0", "1", "8", "_", ".", "e", "E+", "x", "0x", "0b",
    "0o", "n", "a", "if", "async", "=>", "++", "--", "?.", "?", "#", "#!", "<!--", "-->", "[", "]",
    "(", ")", "é", "😀", "\u{200D}", " ", "\t", "\u{FEFF}", "\u{A0}", "$", "7", "u", "{1F600}",
    "D800", "10FFFF}", "110000}", "0061", "return", "while", "=", ";", ",", "*", "@", "\u{0}",
    "\u{7F}", "\u{E000}", "\u{FFFF}", "℮", "ᢅ", "of", "let", "\\0", "\\8", "\\07",
];

/// Checks the invariants on one input; the dump and line index must not panic
/// either.
#[track_caller]
fn check(src: &str) {
    let tokens = tokenize(src);
    let mut prev_end = 0;
    for token in &tokens {
        let (start, end) = (token.span.start as usize, token.span.end as usize);
        assert!(
            start <= end && end <= src.len(),
            "span {start}..{end} out of bounds in {src:?}"
        );
        assert!(
            start >= prev_end,
            "span {start}..{end} overlaps the previous token in {src:?}"
        );
        assert!(
            src.is_char_boundary(start) && src.is_char_boundary(end),
            "span {start}..{end} splits a character in {src:?}"
        );
        prev_end = end;
    }
    if src.len() < 10_000 {
        let _ = dump_tokens(src);
        let lines = LineIndex::new(src);
        for offset in 0..=src.len() + 1 {
            let (line, _) = lines.line_col(offset);
            let _ = lines.line_text(line);
        }
    }
}

fn random_source(rng: &mut Rng, max_fragments: usize) -> String {
    let n = rng.below(max_fragments);
    let mut src = String::new();
    for _ in 0..n {
        src.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
    }
    src
}

#[test]
fn random_fragments_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..5000 {
        check(&random_source(&mut rng, 40));
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..2000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn huge_inputs_never_panic() {
    const MB: usize = 1 << 20;
    let mut rng = Rng(42);
    // A 1 MB line of fragments, and 1 MB literals of every kind.
    let mut line = String::new();
    while line.len() < MB {
        let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
        if !fragment.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
            line.push_str(fragment);
        }
    }
    check(&line);
    let body = "a".repeat(MB);
    for src in [
        format!("'{body}'"),
        format!("'{body}"),
        format!("`{body}`"),
        format!("/{body}/g"),
        format!("/*{body}"),
        format!("x{body}"),
        format!("1{}", "0".repeat(MB)),
        format!("0x{}", "F".repeat(MB)),
    ] {
        check(&src);
    }
}

#[test]
fn deep_nesting_never_panics() {
    const DEPTH: usize = 100_000;
    check(&"`${".repeat(DEPTH));
    check(&format!("{}x{}", "`${".repeat(DEPTH), "}`".repeat(DEPTH)));
    check(&"{".repeat(DEPTH));
    check(&"(".repeat(DEPTH));
    check(&"}".repeat(DEPTH));
    check(&")".repeat(DEPTH));
    check(&"[".repeat(DEPTH));
}
