//! The REPL: `nodelet` with no script on a terminal (or `nodelet -i`). Each
//! input runs as global code in one shared scope (`var`, `let`, `const` and
//! functions persist from line to line), its value is printed with
//! `util.inspect` (in colors on a terminal), and the event loop keeps running
//! between inputs: promise jobs and `nextTick`s drain after each input, and
//! timers fire while the REPL waits for the next line.
//!
//! [`Session`] is the REPL as a function of lines in, text out (`session.rs`,
//! with the dot commands in `commands.rs`); this module only drives it: from a
//! terminal through rustyline on a reader thread (`terminal.rs`), or from
//! plain stdin, line by line, which is also how the tests talk to it.

mod commands;
mod session;
mod terminal;

use std::io::{BufRead, IsTerminal};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;

pub use session::{Session, Step};

use crate::event_loop::LoopOptions;
use terminal::Reply;

/// What node prints at a first Ctrl-C on an empty prompt.
const EXIT_HINT: &str = "(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n";

/// Runs the REPL until `.exit`, Ctrl-D, the end of stdin or `process.exit`,
/// and returns the exit code. `argv` becomes `process.argv`.
pub fn run(argv: Vec<String>, options: LoopOptions) -> i32 {
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut session = Session::new(argv, options, terminal);
    session.write(&format!(
        "Welcome to nodelet v{}.\nType \".help\" for more information.\n",
        env!("CARGO_PKG_VERSION")
    ));
    if terminal {
        run_terminal(&mut session)
    } else {
        run_plain(&mut session)
    }
}

/// The prompt to show after a step.
fn prompt_for(step: Step) -> &'static str {
    match step {
        Step::More => "... ",
        Step::Editor => "",
        Step::Ready | Step::Exit(_) => "> ",
    }
}

/// Reads stdin line by line with no editing, as node does when stdin is not a
/// terminal. Timers do not fire between lines (the input is all there already);
/// the end of stdin ends the session, as in node.
fn run_plain(session: &mut Session) -> i32 {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut prompt = "> ";
    loop {
        session.write(prompt);
        let mut line = String::new();
        let step = match input.read_line(&mut line) {
            Ok(0) | Err(_) => session.end_of_input(),
            Ok(_) => {
                let line = line.strip_suffix('\n').unwrap_or(&line);
                let line = line.strip_suffix('\r').unwrap_or(line);
                session.line(line)
            }
        };
        match step {
            Step::Exit(code) => return code,
            step => prompt = prompt_for(step),
        }
    }
}

/// Reads lines with rustyline on a thread of its own, running the event loop
/// while waiting for each.
fn run_terminal(session: &mut Session) -> i32 {
    let (prompts, prompt_rx) = mpsc::channel::<String>();
    let (reply_tx, replies) = mpsc::channel::<Reply>();
    // The reader thread ends when `prompts` is dropped; it is not joined, as it
    // may be waiting for a key when a timer calls `process.exit`.
    let _reader = thread::Builder::new()
        .name("repl-reader".into())
        .spawn(move || terminal::read_lines(prompt_rx, reply_tx));
    let mut prompt = "> ";
    let mut exit_hint_shown = false;
    loop {
        if prompts.send(prompt.to_string()).is_err() {
            return 0;
        }
        let reply = loop {
            let received = match session.next_due() {
                Some(wait) => replies.recv_timeout(wait),
                None => replies.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match received {
                Ok(reply) => break reply,
                Err(RecvTimeoutError::Timeout) => {
                    if let Some(code) = session.run_ready() {
                        return code;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break Reply::Eof,
            }
        };
        let step = match reply {
            Reply::Line(line) => {
                exit_hint_shown = false;
                session.line(&line)
            }
            Reply::Interrupted { empty } => {
                let had_input = session.interrupt();
                if had_input || !empty {
                    exit_hint_shown = false;
                } else if exit_hint_shown {
                    return 0;
                } else {
                    session.write(EXIT_HINT);
                    exit_hint_shown = true;
                }
                Step::Ready
            }
            Reply::Eof => {
                let step = session.end_of_input();
                if matches!(step, Step::Exit(_)) {
                    session.write("\n");
                }
                step
            }
        };
        match step {
            Step::Exit(code) => return code,
            step => prompt = prompt_for(step),
        }
    }
}
