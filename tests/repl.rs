//! The REPL and the other ways to give nodelet a program without a script file,
//! as data:
//! - every `tests/repl/*.repl` file is a REPL session: its lines are typed into
//!   `nodelet -i` (the REPL reading plain stdin, as node's `-i` does), and the
//!   prompts, results and errors it prints are snapshotted;
//! - every `tests/eval/*.js` file runs three ways, `nodelet -e CODE a b`,
//!   `nodelet -p CODE` and `nodelet - a b` with the code on stdin, and the three
//!   outcomes are snapshotted together.

mod support;

use std::fs::File;
use std::process::{Command, Stdio};

use support::{run_with_stdin, Outcome, DEADLINE, NODELET};

#[test]
fn repl_sessions() {
    insta::glob!("repl/*.repl", |path| {
        let Some(folder) = path.parent() else { return };
        let input = File::open(path).unwrap_or_else(|err| panic!("cannot open {path:?}: {err}"));
        let mut command = Command::new(NODELET);
        command.arg("-i").current_dir(folder);
        // A history file of the test's own would be touched by a terminal
        // session only; keep the REPL away from the home folder all the same.
        command.env("NODELET_REPL_HISTORY", "");
        let outcome = run_with_stdin(command, Stdio::from(input), DEADLINE);
        insta::assert_snapshot!(outcome.snapshot());
    });
}

#[test]
fn eval_print_and_stdin() {
    insta::glob!("eval/*.js", |path| {
        let Some(folder) = path.parent() else { return };
        let code = std::fs::read_to_string(path)
            .unwrap_or_else(|err| panic!("cannot read {path:?}: {err}"));
        let run = |args: &[&str], stdin: Stdio| -> Outcome {
            let mut command = Command::new(NODELET);
            command.args(args).current_dir(folder);
            run_with_stdin(command, stdin, DEADLINE)
        };
        let eval = run(&["-e", &code, "a", "b"], Stdio::null());
        let print = run(&["-p", &code], Stdio::null());
        let input = File::open(path).unwrap_or_else(|err| panic!("cannot open {path:?}: {err}"));
        let stdin = run(&["-", "a", "b"], Stdio::from(input));
        insta::assert_snapshot!(format!(
            "===== nodelet -e CODE a b\n{}\n===== nodelet -p CODE\n{}\n===== nodelet - a b < FILE\n{}",
            eval.snapshot(),
            print.snapshot(),
            stdin.snapshot()
        ));
    });
}
