//! `--trace-loop` under `--virtual-time`, snapshotted: every
//! `tests/programs/loop/*.js` program runs with both options and its stdout and
//! stderr merged into one stream, so each trace line sits between the output of
//! the callbacks around it (what the book's event-loop chapter quotes). With the
//! virtual clock the trace is the same on every machine.

mod support;

use std::process::Command;

#[test]
fn loop_traces() {
    insta::glob!("programs/loop", "*.js", |path| {
        let folder = path.parent().unwrap_or(std::path::Path::new("."));
        // One pipe for both streams keeps their order (stdout is line-buffered).
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg("exec \"$0\" --trace-loop --virtual-time \"$1\" 2>&1")
            .arg(support::NODELET)
            .arg(path)
            .current_dir(folder);
        let outcome = support::run_with_deadline(command, support::DEADLINE);
        insta::assert_snapshot!(outcome.snapshot());
    });
}
