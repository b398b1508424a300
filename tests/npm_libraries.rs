//! Parses real, unmodified JavaScript: a handful of widely used npm packages (and
//! everything they depend on) are installed into `tests/.npm-scratch`, and every
//! CommonJS `.js` file in them must parse. Files node itself rejects as CommonJS
//! (ES modules that say so only by their syntax, say) do not count; of the rest,
//! at least 99% must parse.
//!
//! It needs npm and the registry, so it is `#[ignore]`d in a plain `cargo test`;
//! `.ci/run` runs it with `cargo test --test npm_libraries -- --ignored --nocapture`.
//! Without npm, node or the registry it prints a note and passes.

mod support;

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

/// The packages, pinned so the corpus is the same from run to run. Their own
/// dependencies (express has dozens) come along and are parsed too.
const PACKAGES: &[&str] = &[
    "lodash@4.17.21",
    "underscore@1.13.7",
    "jquery@3.7.1",
    "moment@2.30.1",
    "react@18.3.1",
    "react-dom@18.3.1",
    "express@4.21.2",
    "typescript@5.6.3",
    "async@3.2.6",
    "bluebird@3.7.2",
    "commander@12.1.0",
    "esprima@4.0.1",
];

/// The share of node-accepted files that must parse.
const REQUIRED_PERCENT: f64 = 99.0;

#[test]
#[ignore = "needs npm and the registry; .ci/run runs it"]
fn npm_libraries_parse() {
    let scratch = support::repo_root().join("tests/.npm-scratch");
    if let Err(reason) = install_packages(&scratch) {
        println!("npm_libraries: skipped: {reason}");
        return;
    }
    let files = commonjs_files(&scratch.join("node_modules"));
    let bytes: u64 = files
        .iter()
        .filter_map(|file| std::fs::metadata(file).ok())
        .map(|meta| meta.len())
        .sum();

    let start = Instant::now();
    let failures = parse_all(&files);
    let elapsed = start.elapsed();

    // Node's verdict on every file decides what counts: a file node rejects as a
    // CommonJS module body (an ES module that says so only by its syntax) is out
    // of scope, though nodelet accepting one is worth a look.
    let rejected_by_node = match node_rejects(&files) {
        Ok(rejected) => rejected,
        Err(reason) => {
            println!("npm_libraries: skipped: cannot ask node about the files: {reason}");
            return;
        }
    };
    let failed: HashSet<&PathBuf> = failures.iter().map(|(path, _)| path).collect();
    let real_failures: Vec<&(PathBuf, String)> = failures
        .iter()
        .filter(|(path, _)| !rejected_by_node.contains(path))
        .collect();
    let accepted_wrongly: Vec<&PathBuf> = rejected_by_node
        .iter()
        .filter(|path| !failed.contains(path))
        .collect();
    let counted = files.len() - rejected_by_node.len();
    let parsed = counted - real_failures.len();
    let percent = 100.0 * parsed as f64 / counted.max(1) as f64;

    println!(
        "npm_libraries: parsed {parsed} of {counted} CommonJS files node accepts ({percent:.2}%), \
         {:.1} MB in {:.1} s; {} files node rejects were left out, of which nodelet accepts {}",
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        rejected_by_node.len(),
        accepted_wrongly.len(),
    );
    for (path, message) in real_failures.iter().take(25) {
        println!(
            "  fails: {}: {message}",
            path.strip_prefix(&scratch).unwrap_or(path).display()
        );
    }
    for path in accepted_wrongly.iter().take(25) {
        println!(
            "  accepted, though node rejects it: {}",
            path.strip_prefix(&scratch).unwrap_or(path).display()
        );
    }
    assert!(
        counted > 500,
        "only {counted} files found: is the corpus installed fully?"
    );
    assert!(
        percent >= REQUIRED_PERCENT,
        "{percent:.2}% parsed, {REQUIRED_PERCENT}% required"
    );
}

/// Installs the packages unless a previous run did. The error says why it could
/// not, for the skip note.
fn install_packages(scratch: &Path) -> Result<(), String> {
    let modules = scratch.join("node_modules");
    let installed = PACKAGES.iter().all(|spec| {
        let name = spec.rsplit_once('@').map_or(*spec, |(name, _)| name);
        modules.join(name).join("package.json").is_file()
    });
    if installed {
        return Ok(());
    }
    std::fs::create_dir_all(scratch).map_err(|err| format!("cannot create {scratch:?}: {err}"))?;
    // A package.json of its own keeps npm from looking for a project further up.
    std::fs::write(scratch.join("package.json"), "{ \"private\": true }\n")
        .map_err(|err| format!("cannot write package.json: {err}"))?;
    let mut npm = Command::new("npm");
    npm.current_dir(scratch)
        .args([
            "install",
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
        ])
        .args([
            "--fetch-retries=1",
            "--fetch-timeout=30000",
            "--loglevel=error",
        ])
        .args(PACKAGES);
    let outcome = support::run_with_deadline(npm, Duration::from_secs(600));
    match outcome.code {
        Some(0) => Ok(()),
        _ if outcome.timed_out => Err("npm install took over 10 minutes".into()),
        _ => Err(format!(
            "npm install failed (is npm installed, the registry reachable?): {}",
            outcome.stderr.trim()
        )),
    }
}

/// Every `.js` and `.cjs` file that is meant as CommonJS: `.mjs` files and `.js`
/// files of packages declaring `"type": "module"` are ES modules, out of scope.
fn commonjs_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![(root.to_path_buf(), false)];
    while let Some((folder, esm_package)) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        let esm_package = match std::fs::read_to_string(folder.join("package.json")) {
            Ok(manifest) => declares_esm(&manifest),
            Err(_) => esm_package,
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(|entry| entry.file_name());
        for entry in entries {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                folders.push((path, esm_package));
            } else if kind.is_file() {
                match path.extension().and_then(|ext| ext.to_str()) {
                    Some("cjs") => files.push(path),
                    Some("js") if !esm_package => files.push(path),
                    _ => {}
                }
            }
        }
    }
    files.sort();
    files
}

fn declares_esm(manifest: &str) -> bool {
    let compact: String = manifest.chars().filter(|ch| !ch.is_whitespace()).collect();
    compact.contains("\"type\":\"module\"")
}

/// Parses every file (on big-stack threads, one per core) and returns the ones
/// that failed, with the message. A panic counts as a failure too.
fn parse_all(files: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let workers = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    let chunks: Vec<Vec<PathBuf>> = (0..workers)
        .map(|worker| {
            files
                .iter()
                .skip(worker)
                .step_by(workers)
                .cloned()
                .collect()
        })
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            thread::Builder::new().stack_size(512 << 20).spawn(move || {
                chunk
                    .into_iter()
                    .filter_map(|path| parse_one(&path).err().map(|msg| (path, msg)))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut failures = Vec::new();
    for handle in handles {
        match handle
            .map_err(|err| err.to_string())
            .and_then(|h| h.join().map_err(|_| "worker panicked".to_string()))
        {
            Ok(mut chunk_failures) => failures.append(&mut chunk_failures),
            Err(err) => panic!("a parsing thread failed: {err}"),
        }
    }
    failures.sort();
    failures
}

fn parse_one(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|err| err.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    // Node skips a byte order mark; `#!` lines are the lexer's business.
    let source = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let result = catch_unwind(AssertUnwindSafe(|| {
        nodelet_parser::parse_commonjs(source).map(drop)
    }));
    match result {
        Ok(Ok(())) => Ok(()),
        Ok(Err(error)) => {
            let line = source[..(error.span.start as usize).min(source.len())]
                .lines()
                .count()
                .max(1);
            Err(format!("line {line}: {}", error.message))
        }
        Err(_) => Err("the parser panicked".into()),
    }
}

/// Asks node which of these files it rejects as a CommonJS module body. It compiles
/// them as node's loader does (`vm.compileFunction` with the module wrapper's
/// parameters), all in one process.
fn node_rejects(files: &[PathBuf]) -> Result<HashSet<PathBuf>, String> {
    let list =
        std::env::temp_dir().join(format!("nodelet-npm-failures-{}.txt", std::process::id()));
    let names: Vec<String> = files
        .iter()
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    std::fs::write(&list, names.join("\n")).map_err(|err| err.to_string())?;
    let script = r#"
        const fs = require('fs'), vm = require('vm');
        const params = ['exports', 'require', 'module', '__filename', '__dirname'];
        for (const file of fs.readFileSync(process.argv[1], 'utf8').split('\n')) {
            let source = fs.readFileSync(file, 'utf8');
            try { vm.compileFunction(source, params, { filename: file }); }
            catch (e) { if (e instanceof SyntaxError) console.log(file); else throw e; }
        }
    "#;
    let mut node = Command::new("node");
    node.arg("-e").arg(script).arg(&list);
    let outcome = support::run_with_deadline(node, Duration::from_secs(300));
    let _ = std::fs::remove_file(&list);
    match outcome.code {
        Some(0) => Ok(outcome.stdout.lines().map(PathBuf::from).collect()),
        _ => Err(format!("node failed: {}", outcome.stderr.trim())),
    }
}
