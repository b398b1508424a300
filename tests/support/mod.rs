//! Shared by the end-to-end test harnesses in `tests/*.rs`: run the built `nodelet`
//! binary with a deadline, and make its output the same on every machine (absolute
//! paths become placeholders) so it can be snapshotted.

// Each harness uses only some of these helpers.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The binary cargo built for these tests.
pub const NODELET: &str = env!("CARGO_BIN_EXE_nodelet");

/// A run that takes longer than this is killed and counts as a failure.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// What one run of the binary did.
#[derive(Debug)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// The exit code; `None` when the process was killed by a signal or by us.
    pub code: Option<i32>,
    pub timed_out: bool,
}

/// The repository root (the `nodelet` package's folder).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `nodelet ARGS…` in `cwd` with no input, killing it after [`DEADLINE`].
#[track_caller]
pub fn run_nodelet<S: AsRef<OsStr>>(args: &[S], cwd: &Path) -> Outcome {
    let mut command = Command::new(NODELET);
    command.args(args).current_dir(cwd);
    run_with_deadline(command, DEADLINE)
}

/// Runs a command to completion or until `deadline` passes, collecting its output.
/// Output is read on threads so a chatty child never blocks on a full pipe.
#[track_caller]
pub fn run_with_deadline(command: Command, deadline: Duration) -> Outcome {
    run_with_stdin(command, Stdio::null(), deadline)
}

/// Like [`run_with_deadline`], with `stdin` as the command's standard input
/// (a file holding a REPL session, say).
#[track_caller]
pub fn run_with_stdin(mut command: Command, stdin: Stdio, deadline: Duration) -> Outcome {
    command
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {:?}: {err}", command.get_program()));
    let stdout = read_in_background(child.stdout.take());
    let stderr = read_in_background(child.stderr.take());
    let (code, timed_out) = wait_with_deadline(&mut child, deadline);
    Outcome {
        stdout: String::from_utf8_lossy(&stdout.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned(),
        code,
        timed_out,
    }
}

fn read_in_background(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn wait_with_deadline(child: &mut Child, deadline: Duration) -> (Option<i32>, bool) {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (status.code(), false),
            Ok(None) if start.elapsed() < deadline => thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return (None, true);
            }
        }
    }
}

impl Outcome {
    /// The run as one snapshot: exit code, then stdout and stderr, with this
    /// machine's paths replaced by placeholders.
    pub fn snapshot(&self) -> String {
        let code = match (self.code, self.timed_out) {
            (_, true) => format!("killed after {} s", DEADLINE.as_secs()),
            (Some(code), false) => code.to_string(),
            (None, false) => "killed by a signal".to_string(),
        };
        format!(
            "exit code: {code}\n----- stdout -----\n{}----- stderr -----\n{}",
            stable_paths(&self.stdout),
            stable_paths(&self.stderr)
        )
    }
}

/// Replaces the machine-specific absolute paths that programs and diagnostics print:
/// the binary's own path (`process.argv[0]`) and the repository root.
pub fn stable_paths(text: &str) -> String {
    let root = repo_root();
    let root = root.canonicalize().unwrap_or(root);
    text.replace(NODELET, "[NODELET]")
        .replace(&*root.to_string_lossy(), "[ROOT]")
}

/// Every Markdown file under `folder`, recursively (the book's pages).
pub fn collect_markdown(folder: &Path, pages: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect_markdown(&path, pages);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            pages.push(path);
        }
    }
}
