//! Keeps the book's links whole: every page under `book/src` is listed in
//! `SUMMARY.md`, every page `SUMMARY.md` lists exists, and every relative link
//! or image in a page points at a file that exists (and, for `page.md#anchor`,
//! at a heading of that page, with mdBook's rule for heading ids). Links inside
//! code blocks are not links; `http(s)` links are not followed.
//!
//! The book also names source files in inline code (`interp/src/ops.rs`, or
//! `eval/stmt.rs` once the page has named `interp/src/`), so that a reader can
//! follow with the code side by side: those must exist too, or a renamed file
//! would leave the prose pointing at nothing.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[test]
fn book_links_and_summary_are_whole() {
    let src = support::repo_root().join("book/src");
    let mut pages = Vec::new();
    support::collect_markdown(&src, &mut pages);
    pages.sort();
    assert!(!pages.is_empty(), "no pages under {src:?}");

    let mut problems = Vec::new();
    let summary_path = src.join("SUMMARY.md");
    let summary = read(&summary_path);
    let listed: BTreeSet<PathBuf> = links(&summary)
        .into_iter()
        .map(|(target, _)| src.join(target))
        .collect();
    for page in &pages {
        if page != &summary_path && !listed.contains(page) {
            problems.push(format!("{} is not listed in SUMMARY.md", shown(page)));
        }
    }
    for page in &listed {
        if !page.is_file() {
            problems.push(format!(
                "SUMMARY.md lists {}, which does not exist",
                shown(page)
            ));
        }
    }

    let mut checked = 0;
    for page in &pages {
        let text = read(page);
        let folder = page.parent().unwrap_or(&src);
        for (target, line) in links(&text) {
            checked += 1;
            let (file, anchor) = match target.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (target.as_str(), None),
            };
            let target_path = if file.is_empty() {
                page.clone()
            } else {
                folder.join(file)
            };
            let at = format!("{}:{line}", shown(page));
            if !target_path.exists() {
                problems.push(format!("{at}: link to missing {target}"));
                continue;
            }
            if let Some(anchor) = anchor {
                if !heading_ids(&read(&target_path)).contains(anchor) {
                    problems.push(format!("{at}: no heading #{anchor} in {file}"));
                }
            }
        }
    }
    assert!(checked > 0, "no links found in the book");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("cannot read {path:?}: {err}"))
}

fn shown(path: &Path) -> String {
    let root = support::repo_root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The relative link targets of a Markdown text, with their line numbers,
/// outside fenced code blocks and inline code spans.
fn links(text: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    let mut in_fence = false;
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let prose = without_code_spans(line);
        let mut rest = prose.as_str();
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(')') else { break };
            let target = after[..end].trim();
            if !target.is_empty() && !target.contains("://") && !target.starts_with("mailto:") {
                found.push((target.to_owned(), index + 1));
            }
            rest = &after[end..];
        }
    }
    found
}

fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for ch in line.chars() {
        if ch == '`' {
            in_code = !in_code;
        } else if !in_code {
            out.push(ch);
        }
    }
    out
}

/// The ids mdBook gives the headings of a page: the heading's text, lower-cased,
/// white space turned into `-`, everything but letters, digits, `-` and `_`
/// dropped.
fn heading_ids(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || !line.starts_with('#') {
            continue;
        }
        let title = line.trim_start_matches('#').trim();
        let id: String = title
            .chars()
            .filter_map(|ch| {
                if ch.is_alphanumeric() || ch == '_' || ch == '-' {
                    Some(ch.to_ascii_lowercase())
                } else if ch.is_whitespace() {
                    Some('-')
                } else {
                    None
                }
            })
            .collect();
        ids.insert(id);
    }
    ids
}

/// Every repository path a page names in inline code exists. A path counts when
/// it has a `/` and its first component is an entry of the repository root
/// (`interp/src/ops.rs`, `runtime/src/event_loop/`, `.ci/run`); a short `.rs`
/// name (`gc.rs`, `eval/stmt.rs`) must exist in a folder, or an ancestor of a
/// folder, that the same page names in full. In a page's "Exercises" section a
/// path may name a file the solution creates: there its folder, or that
/// folder's parent, must exist (and a short name without a folder is not
/// checked). `*` matches any run of characters in the last component; `…`
/// elides some, and only the folder is checked.
#[test]
fn book_names_only_files_that_exist() {
    let root = support::repo_root();
    let src = root.join("book/src");
    let mut pages = Vec::new();
    support::collect_markdown(&src, &mut pages);
    pages.sort();
    let top_level: BTreeSet<String> = std::fs::read_dir(&root)
        .unwrap_or_else(|err| panic!("cannot list {root:?}: {err}"))
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        // Build output is not part of a fresh clone.
        .filter(|name| name != "target" && name != ".git")
        .collect();

    let mut problems = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let text = read(page);
        let spans = code_spans(&text);
        let full: Vec<&Span> = spans
            .iter()
            .filter(|span| is_repo_path(&span.text, &top_level))
            .collect();
        // The folders the page names in full, with their ancestors: where its
        // short names are looked up.
        let mut folders = BTreeSet::new();
        for span in &full {
            let mut folder = root.join(span.text.trim_end_matches('/'));
            if !folder.is_dir() {
                folder.pop();
            }
            while folder.starts_with(&root) && folders.insert(folder.clone()) {
                folder.pop();
            }
        }
        for span in &spans {
            let at = format!("{}:{}", shown(page), span.line);
            if is_repo_path(&span.text, &top_level) {
                checked += 1;
                let path = root.join(&span.text);
                let new_file = span.in_exercises && creatable(&path);
                if !names_existing(&path) && !new_file {
                    problems.push(format!("{at}: `{}` is not in the repository", span.text));
                }
            } else if is_short_rust_path(&span.text) {
                checked += 1;
                let found = folders
                    .iter()
                    .any(|folder| names_existing(&folder.join(&span.text)));
                let new_file = span.in_exercises
                    && (!span.text.contains('/')
                        || folders
                            .iter()
                            .any(|folder| creatable(&folder.join(&span.text))));
                if !found && !new_file {
                    problems.push(format!(
                        "{at}: `{}` is in no folder this page names",
                        span.text
                    ));
                }
            }
        }
    }
    assert!(checked > 0, "no file names found in the book");
    assert!(
        problems.is_empty(),
        "the book names files that do not exist:\n{}",
        problems.join("\n")
    );
}

/// One inline code span of a page.
struct Span {
    text: String,
    /// The line it starts on (1-based).
    line: usize,
    /// Whether it is in a section headed "Exercises".
    in_exercises: bool,
}

/// The inline code spans of a Markdown text, outside fenced code blocks, as
/// CommonMark reads them: a run of n backticks opens a span that the next run of
/// exactly n backticks closes, possibly on a later line of the same paragraph.
fn code_spans(text: &str) -> Vec<Span> {
    // Prose only: fenced blocks become empty lines (which also end paragraphs).
    let mut prose: Vec<(&str, bool)> = Vec::new();
    let mut in_fence = false;
    let mut in_exercises = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
            prose.push(("", in_exercises));
            continue;
        }
        if in_fence {
            prose.push(("", in_exercises));
            continue;
        }
        if let Some(title) = line.strip_prefix("## ") {
            in_exercises = title.trim() == "Exercises";
        } else if line.starts_with("# ") {
            in_exercises = false;
        }
        prose.push((line, in_exercises));
    }

    let mut spans = Vec::new();
    let mut index = 0;
    while index < prose.len() {
        // One paragraph: the lines up to the next blank one.
        let start = index;
        while index < prose.len() && !prose[index].0.trim().is_empty() {
            index += 1;
        }
        let chars: Vec<(char, usize)> = (start..index)
            .flat_map(|at| {
                prose[at]
                    .0
                    .chars()
                    .chain(std::iter::once('\n'))
                    .map(move |ch| (ch, at))
            })
            .collect();
        let mut pos = 0;
        while pos < chars.len() {
            if chars[pos].0 != '`' {
                pos += 1;
                continue;
            }
            let run = backtick_run(&chars, pos);
            let Some(close) = closing_run(&chars, pos + run, run) else {
                pos += run;
                continue;
            };
            let body: String = chars[pos + run..close]
                .iter()
                .map(|&(ch, _)| if ch == '\n' { ' ' } else { ch })
                .collect();
            let line = chars[pos].1;
            spans.push(Span {
                text: body.trim().to_owned(),
                line: line + 1,
                in_exercises: prose[line].1,
            });
            pos = close + run;
        }
        index += 1;
    }
    spans
}

/// How many backticks follow one another from `pos`.
fn backtick_run(chars: &[(char, usize)], pos: usize) -> usize {
    chars[pos..]
        .iter()
        .take_while(|&&(ch, _)| ch == '`')
        .count()
}

/// The start of the first run of exactly `run` backticks at or after `from`.
fn closing_run(chars: &[(char, usize)], from: usize, run: usize) -> Option<usize> {
    let mut at = from;
    while at < chars.len() {
        if chars[at].0 == '`' {
            let length = backtick_run(chars, at);
            if length == run {
                return Some(at);
            }
            at += length;
        } else {
            at += 1;
        }
    }
    None
}

/// Whether inline code names a path of the repository: no spaces, and a first
/// component that is an entry of the repository root.
fn is_repo_path(text: &str, top_level: &BTreeSet<String>) -> bool {
    let Some((first, _)) = text.split_once('/') else {
        return false;
    };
    !text.contains(char::is_whitespace) && top_level.contains(first)
}

/// Whether inline code is a short Rust file name such as `gc.rs` or
/// `eval/stmt.rs`.
fn is_short_rust_path(text: &str) -> bool {
    text.ends_with(".rs")
        && !text.starts_with(['/', '.'])
        && text
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '_' | '-' | '/' | '.'))
}

/// Whether a path exists; in its last component, `*` stands for any characters
/// (some entry must match) and `…` for elided ones (only the folder is checked).
fn names_existing(path: &Path) -> bool {
    let Some(name) = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
    else {
        return path.exists();
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    if name.contains('…') {
        return folder.is_dir();
    }
    let Some((prefix, suffix)) = name.split_once('*') else {
        return path.exists();
    };
    std::fs::read_dir(folder).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|entry| {
            let entry = entry.file_name().to_string_lossy().into_owned();
            entry.len() >= prefix.len() + suffix.len()
                && entry.starts_with(prefix)
                && entry.ends_with(suffix)
        })
    })
}

/// Whether an exercise could create the file: its folder, or that folder's
/// parent, exists.
fn creatable(path: &Path) -> bool {
    let Some(folder) = path.parent() else {
        return false;
    };
    folder.is_dir() || folder.parent().is_some_and(Path::is_dir)
}
