//! Reading lines from a terminal with rustyline, on a thread of its own: the
//! REPL's thread keeps running timers and callbacks while the user types, and
//! asks for each line by sending the prompt to show. Ctrl-C is bound so that the
//! REPL learns whether the line was empty (node exits on a second Ctrl-C only
//! at an empty prompt). History lives in `~/.nodelet_repl_history`, or in the
//! file `NODELET_REPL_HISTORY` names (empty: no file), as node's
//! `NODE_REPL_HISTORY`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;

use rustyline::error::ReadlineError;
use rustyline::{
    Cmd, ConditionalEventHandler, DefaultEditor, Event, EventContext, EventHandler, KeyEvent,
    RepeatCount,
};

/// What the reader thread sends back for one prompt.
pub enum Reply {
    Line(String),
    /// Ctrl-C; `empty` tells whether nothing had been typed on the line.
    Interrupted {
        empty: bool,
    },
    /// Ctrl-D on an empty line, or the terminal went away.
    Eof,
}

/// Reads one line per prompt received until the REPL hangs up.
pub fn read_lines(prompts: Receiver<String>, replies: Sender<Reply>) {
    let Ok(mut editor) = DefaultEditor::new() else {
        let _ = replies.send(Reply::Eof);
        return;
    };
    let line_was_empty = Arc::new(AtomicBool::new(true));
    editor.bind_sequence(
        KeyEvent::ctrl('C'),
        EventHandler::Conditional(Box::new(CtrlC(line_was_empty.clone()))),
    );
    let history = history_file();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    for prompt in prompts {
        let reply = match editor.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                    if let Some(path) = &history {
                        let _ = editor.save_history(path);
                    }
                }
                Reply::Line(line)
            }
            Err(ReadlineError::Interrupted) => Reply::Interrupted {
                empty: line_was_empty.load(Ordering::Relaxed),
            },
            Err(_) => Reply::Eof,
        };
        if replies.send(reply).is_err() {
            break;
        }
    }
}

/// Ctrl-C interrupts the line as usual, noting first whether it was empty.
struct CtrlC(Arc<AtomicBool>);

impl ConditionalEventHandler for CtrlC {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        self.0.store(ctx.line().is_empty(), Ordering::Relaxed);
        Some(Cmd::Interrupt)
    }
}

fn history_file() -> Option<PathBuf> {
    match std::env::var_os("NODELET_REPL_HISTORY") {
        Some(path) if path.is_empty() => None,
        Some(path) => Some(PathBuf::from(path)),
        None => {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".nodelet_repl_history"))
        }
    }
}
