//! Inputs meant to break the parser: it must answer every one with a tree or a
//! syntax error, without panicking, hanging or overflowing the stack.

use nodelet_parser::{parse_commonjs, NESTING_LIMIT};

/// Parses on a thread with the stack the `nodelet` binary gives its main work.
fn parse_on_big_stack(src: String) -> Result<usize, String> {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || match parse_commonjs(&src) {
            Ok(program) => Ok(program.body.len()),
            Err(e) => Err(e.message),
        })
        .expect("spawn parser thread")
        .join()
        .expect("parser thread panicked")
}

fn too_much_nesting() -> String {
    format!("Too much nesting (nodelet's limit is {NESTING_LIMIT})")
}

#[test]
fn ten_thousand_nested_brackets_are_rejected_cleanly() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let src = format!("x = {}1{}", open.repeat(10_000), close.repeat(10_000));
        assert_eq!(parse_on_big_stack(src), Err(too_much_nesting()), "{open}");
    }
}

#[test]
fn ten_thousand_unclosed_brackets_are_rejected_cleanly() {
    let src = "[".repeat(10_000);
    assert_eq!(parse_on_big_stack(src), Err(too_much_nesting()));
}

#[test]
fn a_megabyte_of_additions_is_rejected_cleanly() {
    let src = format!("x = 1{}", "+1".repeat(500_000));
    assert_eq!(parse_on_big_stack(src), Err(too_much_nesting()));
}

#[test]
fn long_flat_programs_parse() {
    // Many statements, and long lists, are not nesting.
    let statements = "x = 1 + 2;\n".repeat(100_000);
    assert_eq!(parse_on_big_stack(statements), Ok(100_000));
    let array = format!("x = [{}1];", "1, ".repeat(100_000));
    assert_eq!(parse_on_big_stack(array), Ok(1));
    let no_semicolons = "a = b\nc = d\n".repeat(50_000);
    assert_eq!(parse_on_big_stack(no_semicolons), Ok(100_000));
}

#[test]
fn deep_but_reasonable_nesting_parses() {
    let src = format!("x = {}1{}", "(".repeat(500), ")".repeat(500));
    assert_eq!(parse_on_big_stack(src), Ok(1));
    let chain = format!("x = 1{}", " + 1".repeat(1_000));
    assert_eq!(parse_on_big_stack(chain), Ok(1));
}

#[test]
fn every_prefix_of_a_program_gets_an_answer() {
    // Cutting a program anywhere exercises every "unexpected end" path.
    let program = include_str!("ast/class_private.js").to_string()
        + include_str!("ast/async_generators.js")
        + include_str!("ast/destructuring_assignment.js")
        + include_str!("ast/template_literal.js");
    let results = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut ok = 0;
            for (idx, _) in program.char_indices() {
                if parse_commonjs(&program[..idx]).is_ok() {
                    ok += 1;
                }
            }
            (ok, program.len())
        })
        .expect("spawn")
        .join()
        .expect("no panic on any prefix");
    // Some prefixes are complete programs (at statement ends), most are not.
    assert!(results.0 > 0 && results.0 < results.1);
}

#[test]
fn garbage_gets_an_answer() {
    let samples = [
        "}}}}))))]]]]",
        "(((((",
        "`${`${`${",
        "/*",
        "'",
        "a => => =>",
        "class { class {",
        "for (;;",
        "async async async",
        "x?.?.?.",
        "#",
        "\u{0}\u{1}",
        "if (",
        "=>",
        "...",
        "yield yield",
        "new new new",
        "let let let",
        "function function",
    ];
    for src in samples {
        // Any answer is fine; the point is that there is one.
        let _ = parse_on_big_stack(src.to_string());
    }
    // A drop-everything case: an error near the start of a long input must not
    // make error recovery skip through the whole file slowly.
    let src = format!("a b {}", "* ".repeat(200_000));
    let start = std::time::Instant::now();
    assert!(parse_on_big_stack(src).is_err());
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn the_deepest_accepted_trees_fit_in_eight_megabytes_of_stack() {
    // Just under the nesting limit, each kind of nesting must parse (or be
    // refused cleanly) on a thread with a main thread's usual 8 MB, even in a
    // debug build; release builds need about 1 MB.
    let n = NESTING_LIMIT / 2 - 10;
    let inputs = [
        format!("x = {}1{}", "(".repeat(n), ")".repeat(n)),
        format!("x = {}{}", "[".repeat(n), "]".repeat(n)),
        format!("x = 1{}", "+1".repeat(2 * n)),
        format!("x = {}1", "a => ".repeat(2 * n)),
        format!("x = {}1", "!".repeat(2 * n)),
        format!("x = a{}", ".b".repeat(2 * n)),
        format!("x = {}c", "a ? b : ".repeat(n)),
        format!("a{}", " = a".repeat(2 * n)),
        format!("{}{}", "{".repeat(n), "}".repeat(n)),
        format!("if (a) {{}} {}", "else if (a) {} ".repeat(n / 2)),
        format!("x = {}1{}", "`${".repeat(n * 2 / 3), "}`".repeat(n * 2 / 3)),
        format!(
            "{}{}",
            "function f(){".repeat(n * 2 / 3),
            "}".repeat(n * 2 / 3)
        ),
    ];
    for src in inputs {
        let result = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                parse_commonjs(&src)
                    .map(|p| p.body.len())
                    .map_err(|e| e.message)
            })
            .expect("spawn")
            .join()
            .expect("no stack overflow");
        assert!(
            result == Ok(1) || result == Err(too_much_nesting()),
            "{result:?}"
        );
    }
}
