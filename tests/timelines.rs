//! The timelines the book shows are drawn by nodelet itself: every program in
//! `book/src/timelines/*.js` runs with `--virtual-time --trace-loop=FILE.svg`,
//! and the picture must equal `book/src/images/timeline-NAME.svg` byte for byte.
//! `NODELET_BOOK_UPDATE=1 cargo test --test timelines` redraws them instead (look
//! at the pictures before committing).

mod support;

use std::process::Command;

#[test]
fn book_timelines_are_what_nodelet_draws() {
    let root = support::repo_root();
    let programs = root.join("book/src/timelines");
    let images = root.join("book/src/images");
    let update = std::env::var_os("NODELET_BOOK_UPDATE").is_some_and(|value| value != "0");
    let scratch = std::env::temp_dir().join(format!("nodelet-timelines-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("a scratch folder");
    let mut entries: Vec<_> = std::fs::read_dir(&programs)
        .expect("book/src/timelines exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no timeline programs in {programs:?}");
    let mut problems = Vec::new();
    for program in &entries {
        let name = program
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let drawn = scratch.join(format!("{name}.svg"));
        let mut command = Command::new(support::NODELET);
        command
            .arg("--virtual-time")
            .arg(format!("--trace-loop={}", drawn.display()))
            .arg(program.file_name().unwrap_or_default())
            .current_dir(&programs);
        let outcome = support::run_with_deadline(command, support::DEADLINE);
        let svg = std::fs::read_to_string(&drawn).unwrap_or_default();
        if svg.is_empty() {
            problems.push(format!("{name}: no timeline drawn\n{}", outcome.snapshot()));
            continue;
        }
        let expected_path = images.join(format!("timeline-{name}.svg"));
        if update {
            std::fs::write(&expected_path, &svg).expect("write the timeline");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != svg {
            problems.push(format!(
                "{name}: the timeline differs from {} (NODELET_BOOK_UPDATE=1 redraws it)",
                expected_path.display()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
