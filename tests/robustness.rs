//! The front end reports, it does not panic: hostile inputs (binary garbage, invalid
//! UTF-8, a 1 MB line, 10,000 nested brackets, a 1 MB expression) must end in exit
//! code 0 or 1 within the deadline, with no panic or stack overflow, whether the
//! file is only checked or also run. A fuzz-ish test also feeds thousands of random
//! token soups straight to the parser, as a script and as a CommonJS module body.

mod support;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::thread;

use nodelet_parser::Goal;

/// Writes `bytes` to a fresh file, runs `nodelet --check` and `nodelet` on it, and
/// checks both ended cleanly. Returns the stderr of the checking run.
#[track_caller]
fn check_survives(name: &str, bytes: &[u8]) -> String {
    let dir = scratch_dir(name);
    let file = dir.join(format!("{name}.js"));
    std::fs::write(&file, bytes).unwrap_or_else(|err| panic!("cannot write {file:?}: {err}"));
    let mut check_stderr = String::new();
    for args in [
        vec!["--check".as_ref(), file.as_os_str()],
        vec![file.as_os_str()],
    ] {
        let outcome = support::run_nodelet(&args, &dir);
        let shown_stderr: String = outcome.stderr.chars().take(2_000).collect();
        assert!(
            !outcome.timed_out,
            "{name} {args:?}: still running after the deadline"
        );
        assert!(
            matches!(outcome.code, Some(0 | 1)),
            "{name} {args:?}: exit code {:?}, stderr:\n{shown_stderr}",
            outcome.code
        );
        for bad in ["panicked", "overflow"] {
            assert!(
                !outcome.stderr.contains(bad),
                "{name} {args:?}: stderr has {bad:?}:\n{shown_stderr}"
            );
        }
        if check_stderr.is_empty() {
            check_stderr = outcome.stderr;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    check_stderr
}

/// A folder of its own for one test, so tests can run in parallel.
fn scratch_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("nodelet-robustness-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|err| panic!("cannot create {dir:?}: {err}"));
    dir
}

/// A tiny deterministic pseudo-random generator (xorshift64*), so every run
/// feeds the same inputs and a failure can be reproduced.
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

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[test]
fn binary_garbage() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let bytes: Vec<u8> = (0..65_536).map(|_| rng.next() as u8).collect();
    check_survives("binary_garbage", &bytes);
}

#[test]
fn invalid_utf8() {
    let mut bytes =
        b"let s = \"a\xFF\xFEb\";\n// \xC3 comment\nlet \xE2\x82 = 1;\n`\xF0\x9F`;\n".to_vec();
    bytes.extend_from_slice(b"\xED\xA0\x80 /\xC0\xAF/g;\n");
    check_survives("invalid_utf8", &bytes);
}

#[test]
fn one_megabyte_line_with_an_error_at_the_end() {
    let source = format!("var s = \"{}\"; let x = }};\n", "a".repeat(1 << 20));
    let stderr = check_survives("long_line_error", source.as_bytes());
    // The diagnostic shows a window of the line, not the whole megabyte.
    assert!(
        stderr.len() < 2_000,
        "diagnostic is {} bytes long",
        stderr.len()
    );
}

#[test]
fn one_megabyte_minified_line() {
    let items: Vec<String> = (0..100_000).map(|idx| format!("{{k:{idx}}}")).collect();
    let source = format!("var a=[{}];\n", items.join(","));
    check_survives("minified_line", source.as_bytes());
}

#[test]
fn ten_thousand_nested_brackets() {
    let depth = 10_000;
    for (name, open, middle, close) in [
        ("nested_arrays", "[", "", "]"),
        ("nested_parens", "(", "0", ")"),
        ("nested_blocks", "{", "", "}"),
        ("nested_unclosed", "[({", "", ""),
        ("nested_templates", "`${", "0", "}`"),
        ("nested_unary", "-!~", "0", ""),
        ("nested_arrows", "()=>", "0", ""),
    ] {
        let source = format!("{}{middle}{}\n", open.repeat(depth), close.repeat(depth));
        check_survives(name, source.as_bytes());
    }
}

#[test]
fn one_megabyte_of_additions() {
    let source = format!("1{}\n", "+1".repeat(1 << 19));
    check_survives("long_addition", source.as_bytes());
}

/// Tokens (and token fragments) that random soups are made of: every kind of
/// punctuator and keyword, literals of each shape, and pieces that leave
/// templates, strings, comments and regular expressions open.
const SOUP_TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    "...",
    "?.",
    "?",
    ":",
    "=>",
    "=",
    "==",
    "===",
    "!=",
    "!==",
    "<",
    ">",
    "<=",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "++",
    "--",
    "<<",
    ">>",
    ">>>",
    "&",
    "|",
    "^",
    "!",
    "~",
    "&&",
    "||",
    "??",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "**=",
    "<<=",
    ">>=",
    ">>>=",
    "&=",
    "|=",
    "^=",
    "&&=",
    "||=",
    "??=",
    "\n",
    "\n",
    "var",
    "let",
    "const",
    "function",
    "function*",
    "async",
    "await",
    "yield",
    "class",
    "extends",
    "super",
    "new",
    "this",
    "return",
    "if",
    "else",
    "for",
    "in",
    "of",
    "while",
    "do",
    "break",
    "continue",
    "switch",
    "case",
    "default",
    "throw",
    "try",
    "catch",
    "finally",
    "typeof",
    "instanceof",
    "void",
    "delete",
    "get",
    "set",
    "static",
    "target",
    "import",
    "export",
    "with",
    "debugger",
    "null",
    "true",
    "false",
    "x",
    "y",
    "é",
    "#p",
    "0",
    "1.5",
    ".5",
    "0x1F",
    "1_000",
    "1e3",
    "08",
    "'s'",
    "\"d\"",
    "'open",
    "`t`",
    "`a${",
    "}b`",
    "`",
    "${",
    "/re/g",
    "/",
    "/*",
    "*/",
    "//",
    "\\u0061",
    "@",
    "\u{2028}",
];

/// A few thousand random token soups go to the parser directly (no process per
/// case); none may panic. They run on a thread with a big stack, as the CLI's do.
#[test]
fn random_token_soups_never_panic_the_parser() {
    let worker = thread::Builder::new().stack_size(256 << 20).spawn(|| {
        let mut rng = Rng(0x0123_4567_89AB_CDEF);
        let mut failures = Vec::new();
        for case in 0..3_000 {
            let len = 1 + rng.below(40);
            let mut soup = String::new();
            for _ in 0..len {
                soup.push_str(rng.pick(SOUP_TOKENS));
                soup.push_str(if rng.below(4) == 0 { "" } else { " " });
            }
            let parsed = catch_unwind(AssertUnwindSafe(|| {
                let goal = if case % 2 == 0 {
                    Goal::Script
                } else {
                    Goal::CommonJs
                };
                let _ = nodelet_parser::parse(&soup, goal);
            }));
            if parsed.is_err() {
                failures.push(format!("case {case}: {soup:?}"));
            }
        }
        failures
    });
    let failures = worker.and_then(|handle| {
        handle
            .join()
            .map_err(|_| std::io::Error::other("the fuzz thread itself panicked"))
    });
    match failures {
        Ok(failures) => assert!(
            failures.is_empty(),
            "{} soups panicked the parser, first ones:\n{}",
            failures.len(),
            failures[..failures.len().min(10)].join("\n")
        ),
        Err(err) => panic!("{err}"),
    }
}
