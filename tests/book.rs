//! Keeps the book honest: every JavaScript example in `book/src/**/*.md` is run
//! with the `nodelet` binary and must print what the book says it prints.
//!
//! The conventions, for book authors:
//! - A ```` ```js ```` block is an example. The next fenced block after it (prose
//!   may come between) checks it, if it is one of these:
//!   - a ```` ```text ```` block is what `nodelet example.js` prints on stdout (and
//!     the run must exit with 0);
//!   - a ```` ```console ```` block holds commands, each on a line starting with
//!     `$ nodelet …`, each followed by what it prints (stdout, then stderr). The
//!     example is saved under the `.js` name the command uses. Absolute paths are
//!     shown relative to the example's folder: `example.js:1:9`.
//! - An example with neither must at least pass `nodelet --check`.
//! - A ```` ```lalrpop ```` block quotes `parser/src/grammar.lalrpop` and must appear
//!   in it word for word (white space aside), so a quoted rule cannot drift.
//! - `{{#include path}}` and `{{#include path:anchor}}` lines (mdBook's) are
//!   resolved, so examples and snippets included from the source tree are checked
//!   too, and a renamed file or anchor fails here rather than in the rendered book.
//!
//! `NODELET_BOOK_UPDATE=1 cargo test --test book` rewrites the expected output in
//! the Markdown files instead of failing: review the diff before committing.

mod support;

use std::path::{Path, PathBuf};

/// One fenced code block of a Markdown file.
#[derive(Debug)]
struct Block {
    /// The first word of the info string: `js`, `text`, `console`, `rust`…
    lang: String,
    /// Line indexes of the first and last body lines (exclusive end).
    body: std::ops::Range<usize>,
    /// The body, with mdBook's `{{#include}}` lines resolved.
    text: String,
    /// How far the fence is indented (the body is indented as much).
    indent: String,
}

#[test]
fn book_examples_print_what_the_book_says() {
    let src = support::repo_root().join("book/src");
    let update = std::env::var_os("NODELET_BOOK_UPDATE").is_some_and(|value| value != "0");
    let mut pages = Vec::new();
    support::collect_markdown(&src, &mut pages);
    pages.sort();
    assert!(!pages.is_empty(), "no Markdown files under {src:?}");

    let grammar_path = support::repo_root().join("parser/src/grammar.lalrpop");
    let grammar = std::fs::read_to_string(&grammar_path)
        .unwrap_or_else(|err| panic!("cannot read {grammar_path:?}: {err}"));
    let mut problems = Vec::new();
    let mut examples = 0;
    for page in &pages {
        let markdown = std::fs::read_to_string(page)
            .unwrap_or_else(|err| panic!("cannot read {page:?}: {err}"));
        let mut lines: Vec<String> = markdown.lines().map(str::to_owned).collect();
        let blocks = match fenced_blocks(&lines, page) {
            Ok(blocks) => blocks,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        // Replacements for block bodies, applied bottom-up in update mode.
        let mut rewrites: Vec<(std::ops::Range<usize>, String, String)> = Vec::new();
        for block in blocks.iter().filter(|block| block.lang == "lalrpop") {
            if !words(&grammar).contains(&words(&block.text)) {
                problems.push(format!(
                    "{}:{}: this lalrpop block is not in parser/src/grammar.lalrpop",
                    page.display(),
                    block.body.start
                ));
            }
        }
        let mut idx = 0;
        while idx < blocks.len() {
            let example = &blocks[idx];
            idx += 1;
            if example.lang != "js" && example.lang != "javascript" {
                continue;
            }
            examples += 1;
            let where_ = format!("{}:{}", page.display(), example.body.start);
            let mut checked = false;
            if let Some(check) = blocks.get(idx) {
                let actual = match check.lang.as_str() {
                    "text" => Some(run_for_stdout(&example.text, &where_, &mut problems)),
                    "console" => Some(run_console(
                        &example.text,
                        &check.text,
                        &where_,
                        &mut problems,
                    )),
                    _ => None,
                };
                if let Some(actual) = actual {
                    idx += 1;
                    checked = true;
                    if actual != check.text && update {
                        rewrites.push((check.body.clone(), actual, check.indent.clone()));
                    } else if actual != check.text {
                        problems.push(format!(
                            "{where_}: the ```{} block after this example differs.\n--- book\n{}--- nodelet\n{}",
                            check.lang, check.text, actual
                        ));
                    }
                }
            }
            if !checked {
                let outcome = run_example(&example.text, "example.js", &["--check"]);
                if outcome.code != Some(0) {
                    problems.push(format!(
                        "{where_}: the example does not parse:\n{}",
                        outcome.stderr
                    ));
                }
            }
        }
        if !rewrites.is_empty() {
            for (range, text, indent) in rewrites.into_iter().rev() {
                let new_lines = text.lines().map(|line| format!("{indent}{line}"));
                lines.splice(range, new_lines);
            }
            let mut new_markdown = lines.join("\n");
            new_markdown.push('\n');
            std::fs::write(page, new_markdown)
                .unwrap_or_else(|err| panic!("cannot write {page:?}: {err}"));
            println!("updated {}", page.display());
        }
    }
    println!("book: {examples} examples in {} pages", pages.len());
    assert!(
        problems.is_empty(),
        "{} problems in the book:\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

/// The text with every run of white space made one space, for quotations.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds the fenced code blocks (```` ``` ```` or `~~~`, possibly indented).
fn fenced_blocks(lines: &[String], page: &Path) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut idx = 0;
    while idx < lines.len() {
        let line = &lines[idx];
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let fence: String = trimmed
            .chars()
            .take_while(|&ch| ch == '`' || ch == '~')
            .collect();
        if fence.len() < 3 {
            idx += 1;
            continue;
        }
        let info = &trimmed[fence.len()..];
        let lang = info.split([',', ' ', '{']).next().unwrap_or("").to_owned();
        let start = idx + 1;
        let Some(end) = (start..lines.len()).find(|&at| lines[at].trim() == fence) else {
            return Err(format!(
                "{}:{}: a code block is never closed",
                page.display(),
                idx + 1
            ));
        };
        let mut text = String::new();
        for body_line in &lines[start..end] {
            let body_line = body_line.strip_prefix(indent).unwrap_or(body_line);
            text.push_str(&resolve_include(body_line, page)?);
        }
        blocks.push(Block {
            lang,
            body: start..end,
            text,
            indent: indent.to_owned(),
        });
        idx = end + 1;
    }
    Ok(blocks)
}

/// Expands one `{{#include path}}` or `{{#include path:anchor}}` line as mdBook
/// does; any other line comes back as it is, with its newline.
fn resolve_include(line: &str, page: &Path) -> Result<String, String> {
    let Some(target) = line
        .trim()
        .strip_prefix("{{#include ")
        .and_then(|rest| rest.strip_suffix("}}"))
    else {
        return Ok(format!("{line}\n"));
    };
    let (file, anchor) = match target.rsplit_once(':') {
        Some((file, anchor)) => (file, Some(anchor)),
        None => (target, None),
    };
    let path = page.parent().unwrap_or(Path::new(".")).join(file.trim());
    let text = std::fs::read_to_string(&path)
        .map_err(|err| format!("{}: cannot include {path:?}: {err}", page.display()))?;
    let Some(anchor) = anchor else {
        return Ok(text);
    };
    let begin = format!("ANCHOR: {anchor}");
    let end = format!("ANCHOR_END: {anchor}");
    let mut inside = false;
    let mut found = false;
    let mut out = String::new();
    for source_line in text.lines() {
        if source_line.contains(&end) && inside {
            inside = false;
        } else if source_line.contains(&begin) {
            inside = true;
            found = true;
        } else if inside && !source_line.contains("ANCHOR") {
            out.push_str(source_line);
            out.push('\n');
        }
    }
    if !found {
        return Err(format!(
            "{}: no anchor {anchor:?} in {path:?}",
            page.display()
        ));
    }
    Ok(out)
}

/// Saves the example under `name` in a fresh folder and runs `nodelet ARGS… name`
/// there, with absolute paths of that folder shortened to the file name.
fn run_example(example: &str, name: &str, args: &[&str]) -> support::Outcome {
    let folder = scratch_folder();
    let file = folder.join(name);
    std::fs::write(&file, example).unwrap_or_else(|err| panic!("cannot write {file:?}: {err}"));
    let mut words: Vec<&std::ffi::OsStr> = args.iter().map(|arg| arg.as_ref()).collect();
    words.push(name.as_ref());
    let mut outcome = support::run_nodelet(&words, &folder);
    let prefix = format!(
        "{}/",
        folder.canonicalize().unwrap_or(folder.clone()).display()
    );
    outcome.stdout = outcome.stdout.replace(&prefix, "");
    outcome.stderr = outcome.stderr.replace(&prefix, "");
    let _ = std::fs::remove_dir_all(&folder);
    outcome
}

/// A new, empty folder for one run.
fn scratch_folder() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    let folder = std::env::temp_dir().join(format!("nodelet-book-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder)
        .unwrap_or_else(|err| panic!("cannot create {folder:?}: {err}"));
    folder
}

/// Runs the example and returns its stdout; a failing run is a problem of its own.
fn run_for_stdout(example: &str, where_: &str, problems: &mut Vec<String>) -> String {
    let outcome = run_example(example, "example.js", &[]);
    if outcome.code != Some(0) {
        problems.push(format!(
            "{where_}: the example exits with {:?}:\n{}",
            outcome.code, outcome.stderr
        ));
    }
    outcome.stdout
}

/// Runs each `$ nodelet …` command of a console block and returns the block as it
/// should read: each command followed by its output.
fn run_console(example: &str, console: &str, where_: &str, problems: &mut Vec<String>) -> String {
    let mut out = String::new();
    for line in console.lines() {
        let Some(command) = line.strip_prefix("$ ") else {
            continue;
        };
        out.push_str(line);
        out.push('\n');
        let words: Vec<&str> = command.split_whitespace().collect();
        let Some((&"nodelet", args)) = words.split_first() else {
            problems.push(format!(
                "{where_}: console commands must start with `nodelet`: {line}"
            ));
            continue;
        };
        let Some((name, options)) = args.split_last().filter(|(name, _)| name.ends_with(".js"))
        else {
            problems.push(format!(
                "{where_}: the command must end with the example's .js name: {line}"
            ));
            continue;
        };
        let outcome = run_example(example, name, options);
        out.push_str(&outcome.stdout);
        out.push_str(&outcome.stderr);
    }
    out
}
