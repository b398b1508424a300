//! The REPL's dot commands, as node's REPL has them: `.break`/`.clear` drop an
//! unfinished input, `.editor` reads a multi-line input until Ctrl-D, `.exit`
//! leaves, `.help` lists the commands, `.load FILE` runs a file as one input and
//! `.save FILE` writes the session's inputs to a file.

use super::session::{Session, Step};

/// The commands and their help lines, in node's order and words.
const COMMANDS: [(&str, &str); 7] = [
    (".break", "Sometimes you get stuck, this gets you out"),
    (".clear", "Alias for .break"),
    (".editor", "Enter editor mode"),
    (".exit", "Exit the REPL"),
    (".help", "Print this help message"),
    (".load", "Load JS from a file into the REPL session"),
    (
        ".save",
        "Save all evaluated commands in this REPL session to a file",
    ),
];

/// Runs the command line `line` (it starts with `.` and a letter).
pub fn run(session: &mut Session, line: &str) -> Step {
    let (name, argument) = match line.split_once(char::is_whitespace) {
        Some((name, rest)) => (name, rest.trim()),
        None => (line, ""),
    };
    match name {
        ".break" | ".clear" => {
            session.clear_input();
            Step::Ready
        }
        ".editor" => {
            session.write("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n");
            session.start_editor();
            Step::Editor
        }
        ".exit" => Step::Exit(0),
        ".help" => {
            let mut text = String::new();
            for (command, help) in COMMANDS {
                // Editor mode needs a terminal; node lists it only there.
                if command == ".editor" && !session.is_terminal() {
                    continue;
                }
                text.push_str(&format!("{command:<9}{help}\n"));
            }
            text.push_str("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n");
            session.write(&text);
            Step::Ready
        }
        ".load" => match std::fs::read(argument) {
            Ok(bytes) => {
                let code = crate::run::decode_source(&bytes);
                session.evaluate_text(&code)
            }
            Err(_) => {
                session.write(&format!("Failed to load: {argument}\n"));
                Step::Ready
            }
        },
        ".save" => {
            let mut text = session.history.join("\n");
            text.push('\n');
            match std::fs::write(argument, text) {
                Ok(()) => session.write(&format!("Session saved to: {argument}\n")),
                Err(_) => session.write(&format!("Failed to save: {argument}\n")),
            }
            Step::Ready
        }
        _ => {
            session.write("Invalid REPL keyword\n");
            Step::Ready
        }
    }
}
