//! Running one script file end to end: find and read the file, then lex, parse and
//! interpret it (or stop after any of those for `--check` and the dumps), printing
//! what went wrong the way node does and turning it into an exit code.
//!
//! Everything after reading the file happens on a thread with a very large stack,
//! so deeply nested source (`[[[[…]]]]`) cannot overflow the Rust stack in any
//! phase that recurses over the tree.

use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::thread;

use nodelet_interp::Interpreter;
use nodelet_parser::{ast, parse_commonjs};

use crate::diagnostic::{render_syntax_error, render_uncaught};
use crate::parse_bench;

/// The main thread's stack. Only the pages that are touched are committed, so a
/// large reservation costs nothing until deep recursion needs it.
const MAIN_STACK_BYTES: usize = 1 << 30;

/// What to do with the script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Run it, like `node file.js`.
    Run,
    /// Parse only and report syntax errors, like `node --check file.js`.
    Check,
    /// Print the lexer's tokens.
    DumpTokens,
    /// Print the parser's syntax tree.
    DumpAst,
    /// Time the lexer and parser over the file (a hidden option for `bench/`).
    BenchParse { iterations: u32 },
}

/// One command line, parsed: the mode, the script as given, and the arguments the
/// program sees after it in `process.argv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    pub mode: Mode,
    pub script: PathBuf,
    pub args: Vec<String>,
    /// `--trace-loop` and `--virtual-time`.
    pub loop_options: crate::event_loop::LoopOptions,
}

/// Carries out an invocation and returns the process exit code: 0 on success, 1
/// for a missing file, a syntax error or an uncaught exception (as node does).
pub fn run(invocation: Invocation) -> i32 {
    let worker = thread::Builder::new()
        .name("main".into())
        .stack_size(MAIN_STACK_BYTES)
        .spawn(move || run_on_this_thread(&invocation));
    let code = match worker {
        // After a panic the hook has already printed the message; 101 is the exit
        // code Rust gives a panicking program.
        Ok(handle) => handle.join().unwrap_or(101),
        Err(err) => {
            eprintln!("nodelet: cannot start the main thread: {err}");
            1
        }
    };
    // Output written just before exit must not be lost in a buffer.
    let _ = io::stdout().flush();
    code
}

fn run_on_this_thread(invocation: &Invocation) -> i32 {
    let path = match resolve_script(&invocation.script) {
        Ok(path) => path,
        Err(message) => {
            write_stderr(&message);
            return 1;
        }
    };
    let source = match read_source(&path) {
        Ok(source) => source,
        Err(message) => {
            write_stderr(&message);
            return 1;
        }
    };
    let filename = path.to_string_lossy().into_owned();

    match &invocation.mode {
        Mode::DumpTokens => {
            write_stdout(&nodelet_lexer::dump_tokens(&source));
            0
        }
        Mode::BenchParse { iterations } => parse_bench::run(&filename, &source, *iterations),
        Mode::Check => match parse_or_report(&filename, &source) {
            Some(_) => 0,
            None => 1,
        },
        Mode::DumpAst => match parse_or_report(&filename, &source) {
            Some(program) => {
                write_stdout(&nodelet_parser::dump_ast(&program, &source));
                0
            }
            None => 1,
        },
        Mode::Run => {
            let Some(program) = parse_or_report(&filename, &source) else {
                return 1;
            };
            let mut argv = vec![executable_path(), filename.clone()];
            argv.extend(invocation.args.iter().cloned());
            let mut interpreter = Interpreter::new(argv.clone());
            if let Err(e) = crate::process::install(&mut interpreter, &argv) {
                let _ = interpreter.call_error(e);
            }
            crate::modules::install(&mut interpreter, &filename);
            let options = invocation.loop_options;
            match crate::event_loop::run_main(
                &mut interpreter,
                &program,
                &source,
                &filename,
                options,
            ) {
                Ok(0) => crate::process::exit_code(&mut interpreter),
                Ok(code) => code,
                Err(uncaught) => {
                    // Flush the program's own output first so the report comes last.
                    let _ = io::stdout().flush();
                    let report = render_uncaught(&uncaught, |name| {
                        if name == filename {
                            Some(source.clone())
                        } else {
                            std::fs::read(name).ok().map(|bytes| decode_source(&bytes))
                        }
                    });
                    write_stderr(&report);
                    1
                }
            }
        }
    }
}

/// Parses the source as node does a CommonJS module (the top level may `return`),
/// printing the diagnostic for a syntax error.
fn parse_or_report(filename: &str, source: &str) -> Option<ast::Program> {
    match parse_commonjs(source) {
        Ok(program) => Some(program),
        Err(error) => {
            write_stderr(&render_syntax_error(filename, source, &error));
            None
        }
    }
}

/// Finds the file node would run for this argument: the path resolved against the
/// working directory, then with `.js` added, then `index.js` inside it. The error
/// is node's own message for a main module it cannot find.
fn resolve_script(script: &Path) -> Result<PathBuf, String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let absolute = normalize(&cwd.join(script));
    let mut with_js = absolute.clone().into_os_string();
    with_js.push(".js");
    let candidates = [
        absolute.clone(),
        PathBuf::from(with_js),
        absolute.join("index.js"),
    ];
    for candidate in candidates {
        if candidate.is_file() {
            // Node runs the main module under its real path (symbolic links resolved).
            return Ok(std::fs::canonicalize(&candidate).unwrap_or(candidate));
        }
    }
    Err(format!(
        "Error: Cannot find module '{}' {{\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}}\n",
        absolute.display()
    ))
}

/// Removes `.` and `..` components without touching the file system, as node's
/// `path.resolve` does.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn read_source(path: &Path) -> Result<String, String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(decode_source(&bytes)),
        Err(err) => Err(format!("Error: {err}, open '{}'\n", path.display())),
    }
}

/// Decodes a source file as node does: UTF-8, with each invalid sequence replaced by
/// U+FFFD, and without a leading byte order mark.
fn decode_source(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_owned()
}

/// `process.argv[0]`: the absolute path of this executable, as node gives its own.
fn executable_path() -> String {
    std::env::current_exe()
        .map(|path| path.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "nodelet".into())
}

/// Writes to stdout, ignoring a closed pipe (`nodelet --dump-tokens f.js | head`).
pub(crate) fn write_stdout(text: &str) {
    let mut out = io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Writes to stderr, ignoring a closed pipe.
pub(crate) fn write_stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_resolves_dots_lexically() {
        assert_eq!(
            normalize(Path::new("/a/./b/../c.js")),
            PathBuf::from("/a/c.js")
        );
        assert_eq!(normalize(Path::new("/../x.js")), PathBuf::from("/x.js"));
    }

    #[test]
    fn decoding_replaces_invalid_utf8_and_drops_the_bom() {
        assert_eq!(decode_source(b"\xEF\xBB\xBFlet a\xFF;"), "let a\u{FFFD};");
    }
}
