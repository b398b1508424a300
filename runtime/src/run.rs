//! Running a program end to end: find and read the script file (or take the
//! `-e` code, or read the program from stdin), then lex, parse and interpret it
//! (or stop after any of those for `--check` and the dumps), printing what went
//! wrong the way node does and turning it into an exit code. With no program at
//! all it starts the REPL (`repl/`).
//!
//! Everything after reading the source happens on a thread with a very large
//! stack, so deeply nested source (`[[[[…]]]]`) cannot overflow the Rust stack in
//! any phase that recurses over the tree.

use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::thread;

use nodelet_interp::{GlobalScope, Interpreter, Value};
use nodelet_parser::{ast, parse_commonjs, parse_script};

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

/// Where the program comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A script file, as given on the command line (`nodelet app.js`).
    File(PathBuf),
    /// `-e CODE`, or `-p CODE` (`print`: print the completion value).
    Eval { code: String, print: bool },
    /// The program read from stdin (`nodelet -`, or no script and stdin not a
    /// terminal).
    Stdin,
    /// The interactive REPL (no script and stdin a terminal, or `-i`).
    Repl,
}

/// One command line, parsed: the mode, where the program comes from, and the
/// arguments the program sees in `process.argv` after the executable and the
/// script's path (`-e` code has no path; a program on stdin has `-` when the
/// command line named it so, and that `-` is the first of `args`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    pub mode: Mode,
    pub input: Input,
    pub args: Vec<String>,
    /// `--trace-loop` and `--virtual-time`.
    pub loop_options: crate::event_loop::LoopOptions,
    /// `--trace-loop=FILE.svg`: where to draw the loop's timeline after the run.
    pub timeline: Option<std::path::PathBuf>,
    /// `--trace-eval`: print every expression evaluated (at most this many lines).
    pub trace_eval: Option<usize>,
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
    // The system keeps the low 8 bits of an exit code, so `process.exitCode =
    // 300` exits with 44 and -1 with 255, as under node.
    code & 0xff
}

fn run_on_this_thread(invocation: &Invocation) -> i32 {
    let (filename, source, global) = match &invocation.input {
        Input::File(script) => {
            let path = match resolve_script(script) {
                Ok(path) => path,
                Err(message) => {
                    write_stderr(&message);
                    return 1;
                }
            };
            match read_source(&path) {
                Ok(source) => (path.to_string_lossy().into_owned(), source, false),
                Err(message) => {
                    write_stderr(&message);
                    return 1;
                }
            }
        }
        Input::Eval { code, .. } => ("[eval]".to_string(), code.clone(), true),
        Input::Stdin => {
            let mut bytes = Vec::new();
            if let Err(err) = io::Read::read_to_end(&mut io::stdin(), &mut bytes) {
                write_stderr(&format!("Error: {err}, read '[stdin]'\n"));
                return 1;
            }
            ("[stdin]".to_string(), decode_source(&bytes), true)
        }
        Input::Repl => {
            let mut argv = vec![executable_path()];
            argv.extend(invocation.args.iter().cloned());
            return crate::repl::run(argv, invocation.loop_options);
        }
    };
    // `-e` code and a program on stdin are scripts (no top-level `return`).
    let parse: fn(&str) -> Result<ast::Program, nodelet_parser::SyntaxError> =
        if global { parse_script } else { parse_commonjs };

    match &invocation.mode {
        Mode::DumpTokens => {
            write_stdout(&nodelet_lexer::dump_tokens(&source));
            0
        }
        Mode::BenchParse { iterations } => parse_bench::run(&filename, &source, *iterations),
        Mode::Check => match parse_or_report(&filename, &source, parse) {
            Some(_) => 0,
            None => 1,
        },
        Mode::DumpAst => match parse_or_report(&filename, &source, parse) {
            Some(program) => {
                write_stdout(&nodelet_parser::dump_ast(&program, &source));
                0
            }
            None => 1,
        },
        Mode::Run => {
            let Some(program) = parse_or_report(&filename, &source, parse) else {
                return 1;
            };
            let mut argv = vec![executable_path()];
            if !global {
                argv.push(filename.clone());
            }
            argv.extend(invocation.args.iter().cloned());
            let mut interpreter = Interpreter::new(argv.clone());
            // Local time follows `TZ` (read from zone files by the host).
            crate::time_zone::install();
            if let Err(e) = crate::process::install(&mut interpreter, &argv) {
                let _ = interpreter.call_error(e);
            }
            let mut options = invocation.loop_options;
            options.timeline = invocation.timeline.is_some();
            if let Some(limit) = invocation.trace_eval {
                interpreter.trace_eval(limit);
            }
            let outcome = if global {
                let print = matches!(invocation.input, Input::Eval { print: true, .. });
                run_global(
                    &mut interpreter,
                    &program,
                    &source,
                    &filename,
                    print,
                    options,
                )
            } else {
                crate::modules::install(&mut interpreter, &filename);
                crate::event_loop::run_main(&mut interpreter, &program, &source, &filename, options)
            };
            if let Some(path) = &invocation.timeline {
                write_timeline(&mut interpreter, path, &filename);
            }
            match outcome {
                Ok(0) => crate::process::exit_code(&mut interpreter),
                Ok(code) => code,
                Err(crate::event_loop::Fatal { uncaught, code }) => {
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
                    code
                }
            }
        }
    }
}

/// Draws the recorded loop trace as an SVG timeline at `path` (`--trace-loop=FILE.svg`).
fn write_timeline(cx: &mut Interpreter, path: &std::path::Path, filename: &str) {
    let title = std::path::Path::new(filename)
        .file_name()
        .map_or_else(|| filename.to_owned(), |n| n.to_string_lossy().into_owned());
    let svg = crate::event_loop::timeline_svg(cx, &title).unwrap_or_default();
    if let Err(err) = std::fs::write(path, svg) {
        write_stderr(&format!(
            "nodelet: cannot write the timeline to {}: {err}\n",
            path.display()
        ));
    }
}

/// Runs `-e` code or a program read from stdin as node does: a script in the
/// global scope (top-level `var`s are globals, `this` is `globalThis`) with
/// `require`, `module`, `exports`, `__filename` (`[eval]` or `[stdin]`) and
/// `__dirname` (`.`) as globals, then the event loop. With `print` (`-p`) the
/// completion value is printed as `console.log` would.
fn run_global(
    cx: &mut Interpreter,
    program: &ast::Program,
    source: &str,
    filename: &str,
    print: bool,
    options: crate::event_loop::LoopOptions,
) -> Result<i32, crate::event_loop::Fatal> {
    let cwd = std::env::current_dir().unwrap_or_default();
    crate::modules::install(cx, &cwd.join(filename).to_string_lossy());
    install_module_globals(cx, Some(filename));
    let mut scope = GlobalScope::new();
    crate::event_loop::run_main_with(cx, options, |cx| {
        let value = cx
            .run_global_code(&mut scope, program, source, filename)
            .map_err(|e| cx.call_error(e))?;
        if print {
            // Formatting may run getters (and so collect garbage): keep the value.
            cx.root(value);
            let text = cx.format_args(&[value]).map_err(|e| cx.call_error(e))?;
            write_stdout(&format!("{text}\n"));
        }
        Ok(())
    })
}

/// Makes the main module's `require`, `module` and `exports` globals, as node
/// does for code that is not a module body (`-e`, stdin, the REPL). With a
/// `filename` (`[eval]`), `module.id` and `__filename` are that name and
/// `__dirname` is `.`; without one (the REPL) `module.id` is `<repl>`.
pub(crate) fn install_module_globals(cx: &mut Interpreter, filename: Option<&str>) {
    let global = cx.realm.global;
    let (require, module) = cx.main_module_parts();
    let Value::Object(module_object) = module else {
        return;
    };
    let exports = cx
        .get_named(module_object, "exports")
        .unwrap_or(Value::Undefined);
    let id = cx.string_value(filename.unwrap_or("<repl>"));
    let _ = cx.set_named(module_object, "id", id);
    let mut globals = vec![("require", require), ("module", module)];
    match filename {
        Some(name) => {
            globals.push(("exports", exports));
            let name = cx.string_value(name);
            globals.push(("__filename", name));
            let dot = cx.string_value(".");
            globals.push(("__dirname", dot));
        }
        None => {
            let _ = cx.set_named(module_object, "filename", Value::Null);
        }
    }
    for (name, value) in globals {
        let _ = cx.set_named(global, name, value);
    }
}

/// Parses the source with `parse` (as a CommonJS module body, whose top level
/// may `return`, or as a script), printing the diagnostic for a syntax error.
fn parse_or_report(
    filename: &str,
    source: &str,
    parse: fn(&str) -> Result<ast::Program, nodelet_parser::SyntaxError>,
) -> Option<ast::Program> {
    match parse(source) {
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
pub(crate) fn decode_source(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_owned()
}

/// `process.argv[0]`: the absolute path of this executable, as node gives its own.
pub(crate) fn executable_path() -> String {
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
