//! Every `tests/programs/**/*.js` file is a test: it runs with the `nodelet` binary
//! from its own folder, and its exit code, stdout and stderr are compared with the
//! snapshot beside it in `tests/snapshots/`. Adding a program adds a case.
//! Files under folders named `mods`, `fixtures` or `node_modules` are helpers that
//! programs `require`, not programs.

mod support;

use std::path::Path;
use std::process::Command;

/// Folders whose files are not programs of their own.
const HELPER_FOLDERS: [&str; 3] = ["mods", "fixtures", "node_modules"];

#[test]
fn programs() {
    // The README in tests/programs matches too, and is skipped below: it keeps the
    // folder non-empty and pins insta's common prefix to tests/programs, so the
    // snapshot names (`programs@<path>.snap`) do not change when a subfolder is added.
    insta::glob!("programs", "{README.md,**/*.js}", |path| {
        if !is_program(path) {
            return;
        }
        let folder = path.parent().unwrap_or(Path::new("."));
        let outcome = support::run_nodelet(&[path], folder);
        insta::assert_snapshot!(outcome.snapshot());
    });
}

fn is_program(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "js")
        && !path.components().any(|part| {
            HELPER_FOLDERS
                .iter()
                .any(|helper| part.as_os_str() == *helper)
        })
}

/// The example programs the README points newcomers at must print what node prints
/// for them, with the same exit code.
#[test]
fn examples_agree_with_node() {
    let folder = support::repo_root().join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|err| panic!("cannot list {folder:?}: {err}"))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "js"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no examples in {folder:?}");
    for path in files {
        let ours = support::run_nodelet(&[&path], &folder);
        let mut node = Command::new("node");
        node.arg(&path).current_dir(&folder);
        let theirs = support::run_with_deadline(node, support::DEADLINE);
        assert_eq!(
            (ours.code, &ours.stdout),
            (theirs.code, &theirs.stdout),
            "{path:?}: nodelet (left) and node (right) differ; nodelet's stderr:\n{}",
            ours.stderr
        );
    }
}
