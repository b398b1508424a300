//! The parser's snapshot corpus: tests are data.
//!
//! - `tests/ast/*.js` must parse; the snapshot is the tree as `dump_ast` prints it.
//! - `tests/errors/*.js` must fail; the snapshot is the error as node would show
//!   it (line:column, message, source line and caret). Each case was compared with
//!   `node --check` when it was added; the few deliberate differences (nodelet
//!   does not support `with` or ES modules) are named after what they test.
//!
//! Files are parsed as CommonJS module bodies (what `node file.js` runs), unless
//! the first line is `// goal: script`.

use nodelet_lexer::LineIndex;
use nodelet_parser::{dump_ast, parse, Goal};

fn goal(src: &str) -> Goal {
    if src.starts_with("// goal: script") {
        Goal::Script
    } else {
        Goal::CommonJs
    }
}

/// Runs `f` on a thread with a large stack, as the `nodelet` binary does: the
/// deepest trees the nesting limit lets through need more than a test thread's
/// default 2 MB in debug builds.
fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn test thread")
        .join()
        .expect("test thread panicked");
}

#[test]
fn ast() {
    with_big_stack(|| {
        insta::glob!("ast/*.js", |path| {
            let src = std::fs::read_to_string(path).expect("read test file");
            let text = match parse(&src, goal(&src)) {
                Ok(program) => dump_ast(&program, &src),
                Err(e) => panic!("{}: unexpected error: {e:?}", path.display()),
            };
            insta::assert_snapshot!(text);
        });
    });
}

#[test]
fn errors() {
    with_big_stack(|| {
        insta::glob!("errors/*.js", |path| {
            let src = std::fs::read_to_string(path).expect("read test file");
            let text = match parse(&src, goal(&src)) {
                Ok(_) => panic!("{}: parsed, but should fail", path.display()),
                Err(e) => render(&src, e.span.start as usize, &e.message),
            };
            insta::assert_snapshot!(text);
        });
    });
}

/// `line:col: SyntaxError: message`, then the line and a caret under the column.
fn render(src: &str, offset: usize, message: &str) -> String {
    let lines = LineIndex::new(src);
    let (line, col) = lines.line_col(offset);
    let text = lines.line_text(line);
    // Long lines (the nesting tests) are cut around the caret.
    let (shown, caret) = if text.chars().count() > 100 {
        let skip = col.saturating_sub(40);
        let cut: String = text.chars().skip(skip).take(80).collect();
        (cut, col - skip)
    } else {
        (text.to_string(), col)
    };
    format!(
        "{line}:{col}: SyntaxError: {message}\n{shown}\n{}^",
        " ".repeat(caret.saturating_sub(1))
    )
}
