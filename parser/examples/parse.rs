//! Parses each file named on the command line and reports the result, as
//! `node --check` would: `cargo run -p nodelet-parser --example parse -- FILE...`.
//! `--dump` prints the tree, `--script` parses with the Script goal (top-level
//! `return` is an error) instead of as a CommonJS module body, `--bench` times
//! lexing alone and the whole parse (best of five) and prints MB/s.
use nodelet_lexer::LineIndex;
use nodelet_parser::{parse, Goal};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().any(|a| a == "--dump");
    let bench = args.iter().any(|a| a == "--bench");
    let goal = if args.iter().any(|a| a == "--script") {
        Goal::Script
    } else {
        Goal::CommonJs
    };
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let src = match std::fs::read_to_string(path) {
            Ok(src) => src,
            Err(e) => {
                println!("{path}: {e}");
                continue;
            }
        };
        if bench {
            benchmark(path, &src, goal);
            continue;
        }
        let start = std::time::Instant::now();
        let result = parse(&src, goal);
        let elapsed = start.elapsed();
        match result {
            Ok(program) => {
                println!(
                    "{path}: OK ({} statements, {elapsed:?})",
                    program.body.len()
                );
                if dump {
                    print!("{}", nodelet_parser::dump_ast(&program, &src));
                }
            }
            Err(e) => {
                let (line, col) = LineIndex::new(&src).line_col(e.span.start as usize);
                println!(
                    "{path}: {line}:{col}: SyntaxError: {} ({elapsed:?})",
                    e.message
                );
            }
        }
    }
}

/// Best of five: lexing alone, and lexing plus parsing plus early errors (the
/// tree is dropped outside the timed part).
fn benchmark(path: &str, src: &str, goal: Goal) {
    let best = |f: &dyn Fn() -> Box<dyn std::any::Any>| {
        (0..5)
            .map(|_| {
                let start = std::time::Instant::now();
                let kept = f();
                let elapsed = start.elapsed();
                drop(kept);
                elapsed
            })
            .min()
            .unwrap_or_default()
    };
    let lex = best(&|| Box::new(nodelet_lexer::tokenize(src)));
    let all = best(&|| Box::new(parse(src, goal)));
    let mb = src.len() as f64 / 1e6;
    println!(
        "{path}: {mb:.2} MB; lex {lex:?} ({:.1} MB/s); lex+parse {all:?} ({:.1} MB/s)",
        mb / lex.as_secs_f64(),
        mb / all.as_secs_f64()
    );
}
