//! Missing GC roots show up as different output (or a stale-handle panic) when
//! the collector runs at every safe point. Each program in
//! `tests/programs/interp` runs twice in-process, normally and in stress mode,
//! and the two outputs must agree.

use std::cell::RefCell;
use std::rc::Rc;

use nodelet_interp::{Host, Interpreter};

struct Capture(Rc<RefCell<String>>);

impl Host for Capture {
    fn write(&mut self, text: &str, _to_stderr: bool) {
        self.0.borrow_mut().push_str(text);
    }
}

/// Programs too long-running to collect at every safe point.
const TOO_SLOW: &[&str] = &["closures_counter_gc.js", "recursion_limit.js"];

fn run(path: &std::path::Path, stress: bool) -> String {
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let out = Rc::new(RefCell::new(String::new()));
    let Ok(program) = nodelet_parser::parse_commonjs(&source) else {
        return "syntax error".into();
    };
    let mut cx = Interpreter::new(vec![]);
    cx.set_host(Box::new(Capture(out.clone())));
    cx.set_gc_stress(stress);
    let result = cx.run_script(&program, &source, &path.display().to_string());
    let mut text = out.borrow().clone();
    if let Err(u) = result {
        text.push_str(&format!(
            "uncaught: {}",
            u.report.lines().next().unwrap_or("")
        ));
    }
    text
}

#[test]
fn stress_mode_agrees_with_normal_mode() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs/interp");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "js"));
    files.retain(|p| !TOO_SLOW.iter().any(|s| p.ends_with(s)));
    files.sort();
    assert!(!files.is_empty(), "no programs found in {}", dir.display());
    let mut failures = Vec::new();
    for f in &files {
        let normal = run(f, false);
        assert!(
            !normal.is_empty() && normal != "syntax error",
            "{} printed nothing",
            f.display()
        );
        if normal != run(f, true) {
            failures.push(f.display().to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "outputs differ under GC stress: {failures:?}"
    );
}
