//! One REPL session as a function of lines in, text out: [`Session::line`]
//! takes what the user typed and prints what node's REPL would (a result, an
//! `Uncaught …` error, a command's output), and says whether the next prompt is
//! `> ` or the `... ` of an unfinished input. The terminal and the plain-stdin
//! drivers in `mod.rs` only read lines and show prompts around it.

use std::io::Write;
use std::time::Duration;

use nodelet_interp::host_api::CallError;
use nodelet_interp::{Exc, GlobalScope, InspectOptions, Interpreter, Value};
use nodelet_parser::{ast, parse_script, SyntaxError};

use super::commands;
use crate::diagnostic::render_syntax_error;
use crate::event_loop::{self, LoopOptions};

/// The REPL's JavaScript side (`_`, `_error`, stack trimming).
const PRELUDE: &str = include_str!("prelude.js");

/// node's REPL writer breaks lines at this width when it has no terminal.
const BREAK_LENGTH: usize = 80;

/// What the driver does after a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Show the prompt for a new input.
    Ready,
    /// The input goes on: show the continuation prompt.
    More,
    /// Editor mode (`.editor`): read lines with no prompt until Ctrl-D.
    Editor,
    /// Leave the REPL with this exit code.
    Exit(i32),
}

/// A REPL session: the interpreter, the global scope its inputs share, and the
/// input being typed.
pub struct Session {
    cx: Interpreter,
    scope: GlobalScope,
    /// The lines of an input that is not complete yet (or of `.editor` mode).
    pending: String,
    editor: bool,
    /// How many inputs were compiled; input `n` is named `REPLn` in stacks.
    count: u32,
    colors: bool,
    /// The prelude's hooks (`result`, `error`), kept alive with `persist`.
    hooks: Value,
    /// Every complete input, for `.save`.
    pub(super) history: Vec<String>,
}

impl Session {
    /// A fresh session whose `process.argv` is `argv`, printing results with
    /// colors when `colors` is set (a terminal).
    pub fn new(argv: Vec<String>, options: LoopOptions, colors: bool) -> Session {
        let mut cx = Interpreter::new(argv.clone());
        // Local time follows `TZ`, as in a script.
        crate::time_zone::install();
        if let Err(e) = crate::process::install(&mut cx, &argv) {
            let _ = cx.call_error(e);
        }
        let cwd = std::env::current_dir().unwrap_or_default();
        crate::modules::install(&mut cx, &cwd.join("repl").to_string_lossy());
        crate::run::install_module_globals(&mut cx, None);
        event_loop::install(&mut cx, options);
        let hooks = match parse_script(PRELUDE) {
            Ok(program) => {
                let mut own = GlobalScope::new();
                cx.run_global_code(&mut own, &program, PRELUDE, "node:repl")
                    .unwrap_or(Value::Undefined)
            }
            Err(_) => Value::Undefined,
        };
        cx.persist(hooks);
        Session {
            cx,
            scope: GlobalScope::new(),
            pending: String::new(),
            editor: false,
            count: 0,
            colors,
            hooks,
            history: Vec::new(),
        }
    }

    /// Handles one line the user typed (without its newline).
    pub fn line(&mut self, line: &str) -> Step {
        if self.editor {
            self.pending.push_str(line);
            self.pending.push('\n');
            return Step::Editor;
        }
        let trimmed = line.trim();
        if is_command(trimmed) {
            return commands::run(self, trimmed);
        }
        if self.pending.is_empty() && trimmed.is_empty() {
            return Step::Ready;
        }
        self.pending.push_str(line);
        self.pending.push('\n');
        let code = std::mem::take(&mut self.pending);
        match self.evaluate(&code) {
            Evaluated::Incomplete => {
                self.pending = code;
                Step::More
            }
            Evaluated::Done => {
                self.history.push(code.trim_end().to_string());
                Step::Ready
            }
            Evaluated::Exit(code) => Step::Exit(code),
        }
    }

    /// Ctrl-C at the prompt: drops the unfinished input. Returns whether there
    /// was one (node then shows a fresh prompt rather than the exit hint).
    pub fn interrupt(&mut self) -> bool {
        let had_input = !self.pending.is_empty() || self.editor;
        self.pending.clear();
        self.editor = false;
        had_input
    }

    /// Ctrl-D: ends editor mode by running what was typed, or ends the session.
    pub fn end_of_input(&mut self) -> Step {
        if !self.editor {
            return Step::Exit(crate::process::exit_code(&mut self.cx));
        }
        self.editor = false;
        let code = std::mem::take(&mut self.pending);
        match self.evaluate_complete(&code) {
            Evaluated::Exit(code) => Step::Exit(code),
            _ => Step::Ready,
        }
    }

    /// Enters `.editor` mode.
    pub(super) fn start_editor(&mut self) {
        self.pending.clear();
        self.editor = true;
    }

    /// Whether the session runs on a terminal (it then prints in colors).
    pub(super) fn is_terminal(&self) -> bool {
        self.colors
    }

    /// Drops an unfinished input (`.break`).
    pub(super) fn clear_input(&mut self) {
        self.pending.clear();
    }

    /// Runs what the event loop has ready (due timers, immediates, finished
    /// file requests); `Some(code)` when the program called `process.exit`.
    pub fn run_ready(&mut self) -> Option<i32> {
        let outcome = event_loop::run_without_waiting(&mut self.cx);
        self.settle(outcome)
    }

    /// How long the driver may wait for input before [`Session::run_ready`]
    /// has something to do (`None`: nothing is scheduled).
    pub fn next_due(&mut self) -> Option<Duration> {
        event_loop::next_timer_due(&mut self.cx)
    }

    /// Evaluates a whole file's text as one input (`.load`).
    pub(super) fn evaluate_text(&mut self, code: &str) -> Step {
        match self.evaluate_complete(code) {
            Evaluated::Exit(code) => Step::Exit(code),
            _ => Step::Ready,
        }
    }

    /// Evaluates text that no more lines will follow: a syntax error at its end
    /// is an error, not an unfinished input.
    fn evaluate_complete(&mut self, code: &str) -> Evaluated {
        match self.evaluate(code) {
            Evaluated::Incomplete => {
                if let Err(error) = parse_script(code) {
                    self.print_syntax_error(code, &error);
                }
                Evaluated::Done
            }
            other => other,
        }
    }

    /// Parses and runs one input, printing its result or error.
    fn evaluate(&mut self, code: &str) -> Evaluated {
        self.count += 1;
        let program = match parse_input(code) {
            Ok(program) => program,
            Err(error) if is_recoverable(code, &error) => return Evaluated::Incomplete,
            Err(error) => {
                self.print_syntax_error(code, &error);
                return Evaluated::Done;
            }
        };
        let filename = format!("REPL{}", self.count);
        let outcome = if program.asynchronous {
            self.cx
                .run_global_code_async(
                    &mut self.scope,
                    &program.program,
                    &program.source,
                    &filename,
                )
                .and_then(|promise| self.await_promise(promise))
        } else {
            self.cx.run_global_code(
                &mut self.scope,
                &program.program,
                &program.source,
                &filename,
            )
        };
        match outcome {
            Ok(value) => {
                let handle = self.cx.persist(value);
                self.call_hook("result", value);
                let text = self.show(value);
                self.cx.unpersist(handle);
                self.write(&format!("{text}\n"));
            }
            Err(Exc::Exit(code)) => return Evaluated::Exit(code),
            Err(_) => {
                let thrown = self.cx.pending_exception();
                self.report_thrown(thrown);
            }
        }
        let drained = event_loop::drain_queues(&mut self.cx);
        match self.settle(drained) {
            Some(code) => Evaluated::Exit(code),
            None => Evaluated::Done,
        }
    }

    /// Runs the event loop until the promise of an input with a top-level
    /// `await` settles, and returns its value (or throws its reason). A promise
    /// that nothing can settle any more (no timer, no request in flight) gives
    /// `undefined`.
    fn await_promise(&mut self, promise: Value) -> Result<Value, Exc> {
        let handle = self.cx.persist(promise);
        let state = match self.hooks {
            Value::Object(hooks) => self
                .cx
                .get_named(hooks, "watch")
                .and_then(|watch| self.cx.call_value(watch, self.hooks, &[promise])),
            _ => Ok(Value::Undefined),
        };
        self.cx.unpersist(handle);
        let Value::Object(state) = state? else {
            return Ok(Value::Undefined);
        };
        let state_handle = self.cx.persist(Value::Object(state));
        let outcome = loop {
            let drained = event_loop::drain_queues(&mut self.cx);
            if let Some(code) = self.settle(drained) {
                break Err(Exc::Exit(code));
            }
            if matches!(self.cx.get_named(state, "done"), Ok(Value::Bool(true))) {
                let value = self.cx.get_named(state, "value")?;
                if matches!(self.cx.get_named(state, "failed"), Ok(Value::Bool(true))) {
                    break Err(self.cx.throw_value(value));
                }
                break Ok(value);
            }
            match self.next_due() {
                Some(wait) => std::thread::sleep(wait),
                None => break Ok(Value::Undefined),
            }
            if let Some(code) = self.run_ready() {
                break Err(Exc::Exit(code));
            }
        };
        self.cx.unpersist(state_handle);
        outcome
    }

    /// Prints an error that reached the loop (a callback threw, a rejection
    /// went unhandled) and carries on; `Some(code)` for `process.exit`.
    fn settle(&mut self, outcome: Result<(), CallError>) -> Option<i32> {
        self.report_async_errors();
        match outcome {
            Ok(()) => None,
            Err(CallError::Exit(code)) => Some(code),
            Err(CallError::Uncaught(uncaught)) => {
                if let Some(code) = uncaught.exit {
                    return Some(code);
                }
                let text = trim_repl_frames(&uncaught.report);
                self.write(&format!("{}\n", uncaught_text(&text)));
                None
            }
        }
    }

    /// Prints the errors that callbacks threw and the rejections nobody
    /// handled (the prelude's process listeners kept them).
    fn report_async_errors(&mut self) {
        let Value::Object(hooks) = self.hooks else {
            return;
        };
        let Ok(next) = self.cx.get_named(hooks, "nextAsyncError") else {
            return;
        };
        while let Ok(Value::Object(entry)) = self.cx.call_function(next, self.hooks, &[]) {
            let error = self
                .cx
                .get_named(entry, "error")
                .unwrap_or(Value::Undefined);
            self.report_thrown(error);
        }
    }

    /// Prints a value thrown by an input as node's REPL does.
    fn report_thrown(&mut self, thrown: Value) {
        let handle = self.cx.persist(thrown);
        self.call_hook("error", thrown);
        let mut text = self.show(thrown);
        self.cx.unpersist(handle);
        // node drops the brackets of a one-line error (`[Error: boom]`).
        if matches!(thrown, Value::Object(_)) && text.starts_with('[') && text.ends_with(']') {
            text = text[1..text.len() - 1].to_string();
        }
        self.write(&format!("{}\n", uncaught_text(&text)));
    }

    fn print_syntax_error(&mut self, code: &str, error: &SyntaxError) {
        let rendered = render_syntax_error("", code, error);
        // Node's REPL shows the source line and caret without the file header.
        let body = rendered.split_once('\n').map_or("", |(_, rest)| rest);
        let text = uncaught_text(body.trim_end_matches('\n'));
        self.write(&format!("{text}\n"));
    }

    /// `util.inspect` as the REPL's writer calls it.
    fn show(&mut self, value: Value) -> String {
        let options = InspectOptions {
            colors: self.colors,
            ..InspectOptions::default()
        };
        self.cx.inspect_with(value, options)
    }

    fn call_hook(&mut self, name: &str, value: Value) {
        let Value::Object(hooks) = self.hooks else {
            return;
        };
        if let Ok(f) = self.cx.get_named(hooks, name) {
            let _ = self.cx.call_function(f, self.hooks, &[value]);
        }
    }

    /// Writes the REPL's own output where `console.log` writes.
    pub(super) fn write(&mut self, text: &str) {
        self.cx.host_mut().write(text, false);
        let _ = std::io::stdout().flush();
    }
}

enum Evaluated {
    Incomplete,
    Done,
    Exit(i32),
}

/// A parsed input and the source it was parsed from (possibly wrapped).
struct Input {
    program: ast::Program,
    source: String,
    /// The input awaits at its top level: it runs as an async function body.
    asynchronous: bool,
}

/// Parses an input as node's REPL does: code that starts with `{` and does not
/// end with `;` is first tried as an object literal (`{ a: 1 }`).
fn parse_input(code: &str) -> Result<Input, SyntaxError> {
    let trimmed = code.trim();
    if trimmed.starts_with('{') && !trimmed.ends_with(';') {
        let wrapped = format!("({trimmed})\n");
        if let Ok(program) = parse_script(&wrapped) {
            return Ok(Input {
                program,
                source: wrapped,
                asynchronous: false,
            });
        }
    }
    match parse_script(code) {
        Ok(program) => Ok(Input {
            program,
            source: code.to_string(),
            asynchronous: false,
        }),
        Err(error) if error.message.starts_with("await is only valid") => {
            parse_with_await(code).ok_or(error)
        }
        Err(error) => Err(error),
    }
}

/// Parses an input with a top-level `await` as the body of an async function
/// (whose header sits on a line of its own, so only line numbers shift).
fn parse_with_await(code: &str) -> Option<Input> {
    let wrapped = format!("async function repl() {{\n{code}\n}}\n");
    let program = parse_script(&wrapped).ok()?;
    let body = match &program.body.first()?.kind {
        ast::StmtKind::Function(f) => match &f.body {
            ast::FunctionBody::Block(body) => body.clone(),
            ast::FunctionBody::Expr(_) => return None,
        },
        _ => return None,
    };
    Some(Input {
        program: ast::Program {
            body,
            strict: program.strict,
            span: program.span,
        },
        source: wrapped,
        asynchronous: true,
    })
}

/// Whether more lines could complete the input: the parser ran out of input
/// (an open bracket, string template or comment), rather than meeting a token
/// it cannot accept.
fn is_recoverable(code: &str, error: &SyntaxError) -> bool {
    let end = code.trim_end().len();
    let at_error = code.get(error.span.start as usize..).unwrap_or("");
    let open_comment = at_error.starts_with("/*") && !at_error.contains("*/");
    error.message == "Unexpected end of input"
        || error.message.starts_with("Unterminated template")
        || open_comment
        || (error.span.start as usize >= end && error.message != "Invalid or unexpected token")
}

/// Whether a line is a REPL command (`.help`) rather than code (`.5 + 1`).
fn is_command(trimmed: &str) -> bool {
    let mut chars = trimmed.chars();
    chars.next() == Some('.') && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Prefixes `Uncaught` as node's REPL does: before the first line that starts
/// like an error name (`Uncaught TypeError: …`), else before the whole text
/// (`Uncaught 5`, or `Uncaught:` and the text below it when it has lines).
fn uncaught_text(text: &str) -> String {
    let mut out = String::new();
    let mut matched = false;
    for line in text.split_inclusive('\n') {
        if !matched && looks_like_error_line(line) {
            if line.trim_end().chars().count() <= BREAK_LENGTH {
                out.push_str("Uncaught ");
            } else {
                out.push_str("Uncaught:\n");
            }
            matched = true;
        }
        out.push_str(line);
    }
    if matched {
        return out;
    }
    if text.contains('\n') {
        format!("Uncaught:\n{text}")
    } else {
        format!("Uncaught {text}")
    }
}

/// node's `/^\[?([A-Z][a-z0-9_]*)*Error/`.
fn looks_like_error_line(line: &str) -> bool {
    let line = line.strip_prefix('[').unwrap_or(line);
    let bytes = line.as_bytes();
    let mut i = 0;
    loop {
        if line[i..].starts_with("Error") {
            return true;
        }
        match bytes.get(i) {
            Some(b) if b.is_ascii_uppercase() => {
                i += 1;
                while bytes
                    .get(i)
                    .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
                {
                    i += 1;
                }
            }
            _ => return false,
        }
    }
}

/// Drops the REPL's own top-level frame (`    at REPL3:1:7`, the outermost one)
/// and what is below it from a report, as the prelude does for thrown errors.
fn trim_repl_frames(report: &str) -> String {
    let lines: Vec<&str> = report.split('\n').collect();
    let is_repl_frame = |line: &str| {
        line.trim_start()
            .strip_prefix("at REPL")
            .is_some_and(|rest| {
                let parts: Vec<&str> = rest.split(':').collect();
                parts.len() == 3
                    && parts
                        .iter()
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            })
    };
    match lines.iter().rposition(|l| is_repl_frame(l)) {
        Some(cut) if cut > 0 => {
            let mut kept = lines[..cut].to_vec();
            // Keep what follows the stack (an error's own properties).
            kept.extend(
                lines[cut + 1..]
                    .iter()
                    .filter(|l| !l.starts_with("    at ")),
            );
            kept.join("\n")
        }
        _ => report.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uncaught_goes_before_the_error_name() {
        assert_eq!(
            uncaught_text("ReferenceError: x"),
            "Uncaught ReferenceError: x"
        );
        assert_eq!(uncaught_text("5"), "Uncaught 5");
        assert_eq!(
            uncaught_text("let a = ;\n        ^\n\nSyntaxError: Unexpected token ';'"),
            "let a = ;\n        ^\n\nUncaught SyntaxError: Unexpected token ';'"
        );
        assert_eq!(uncaught_text("{\n  a: 1\n}"), "Uncaught:\n{\n  a: 1\n}");
    }

    #[test]
    fn commands_start_with_a_dot_and_a_letter() {
        assert!(is_command(".help"));
        assert!(!is_command(".5 + 1"));
        assert!(!is_command("..."));
    }

    #[test]
    fn the_repl_frame_and_below_are_trimmed() {
        assert_eq!(
            trim_repl_frames("Error: x\n    at g (REPL1:1:21)\n    at REPL2:1:1"),
            "Error: x\n    at g (REPL1:1:21)"
        );
    }
}
