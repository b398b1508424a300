//! Parses each file named on the command line and reports the result, as
//! `node --check` would: `cargo run -p nodelet-parser --example parse -- FILE...`.
//! `--dump` prints the tree, `--script` parses with the Script goal (top-level
//! `return` is an error) instead of as a CommonJS module body.
use nodelet_lexer::LineIndex;
use nodelet_parser::{parse, Goal};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().any(|a| a == "--dump");
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
