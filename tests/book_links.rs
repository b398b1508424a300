//! Keeps the book's links whole: every page under `book/src` is listed in
//! `SUMMARY.md`, every page `SUMMARY.md` lists exists, and every relative link
//! or image in a page points at a file that exists (and, for `page.md#anchor`,
//! at a heading of that page, with mdBook's rule for heading ids). Links inside
//! code blocks are not links; `http(s)` links are not followed.

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
