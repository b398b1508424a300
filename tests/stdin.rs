//! Programs that read standard input: every `tests/stdin/*.js` runs with the
//! `nodelet` binary with the file of the same name ending in `.txt` piped to
//! its stdin (a pipe, as in `cat input | nodelet program.js`), and its exit
//! code, stdout and stderr are compared with the snapshot in
//! `tests/snapshots/`. The programs print what node prints for the same input.

mod support;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Instant;

use support::{Outcome, DEADLINE, NODELET};

#[test]
fn stdin_programs() {
    insta::glob!("stdin", "*.js", |path| {
        let input = std::fs::read(path.with_extension("txt")).unwrap_or_default();
        let outcome = run_with_input(path, &input);
        insta::assert_snapshot!(outcome.snapshot());
    });
}

/// Runs `nodelet PATH` in the program's folder with `input` on a pipe to its
/// stdin, killing it after the deadline.
fn run_with_input(path: &Path, input: &[u8]) -> Outcome {
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut child = Command::new(NODELET)
        .arg(path)
        .current_dir(folder)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {NODELET}: {err}"));
    // The writer and readers run on threads so that a full pipe never blocks
    // the test; the program may also stop reading early, which is not an error.
    let writer = child.stdin.take().map(|mut pipe| {
        let input = input.to_vec();
        thread::spawn(move || {
            let _ = pipe.write_all(&input);
        })
    });
    let stdout = read_all(child.stdout.take());
    let stderr = read_all(child.stderr.take());
    let start = Instant::now();
    let (code, timed_out) = loop {
        match child.try_wait() {
            Ok(Some(status)) => break (status.code(), false),
            Ok(None) if start.elapsed() < DEADLINE => {
                thread::sleep(std::time::Duration::from_millis(10))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break (None, true);
            }
        }
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Outcome {
        stdout: String::from_utf8_lossy(&stdout.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned(),
        code,
        timed_out,
    }
}

fn read_all(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}
