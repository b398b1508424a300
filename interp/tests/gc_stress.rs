//! Missing GC roots show up as different output (or a stale-handle panic) when
//! the collector runs at every safe point. Each program in `tests/programs/interp`,
//! `tests/programs/lang` and `tests/programs/suspend` runs twice in-process,
//! normally and in stress mode, and the two outputs must agree.

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
const TOO_SLOW: &[&str] = &[
    "closures_counter_gc.js",
    "recursion_limit.js",
    "recursion_depth_range_error.js",
    "recursion_stack_overflow_variants.js",
];

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
    // Programs recurse deeply: give them the stack the CLI gives them.
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(check_all_programs);
    let joined = worker.map(|h| h.join());
    assert!(
        matches!(joined, Ok(Ok(()))),
        "the check panicked or could not start"
    );
}

fn check_all_programs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for sub in ["interp", "lang", "suspend"] {
        if let Ok(d) = std::fs::read_dir(root.join(sub)) {
            files.extend(d.filter_map(|e| e.ok()).map(|e| e.path()));
        }
    }
    let dir = root;
    files.retain(|p| p.extension().is_some_and(|e| e == "js"));
    files.retain(|p| !TOO_SLOW.iter().any(|s| p.ends_with(s)));
    files.sort();
    assert!(!files.is_empty(), "no programs found in {}", dir.display());
    let mut failures = Vec::new();
    let mut printed = 0;
    for f in &files {
        let normal = run(f, false);
        if !normal.is_empty() && normal != "syntax error" {
            printed += 1;
        }
        if normal != run(f, true) {
            failures.push(f.display().to_string());
        }
    }
    assert!(
        printed * 2 > files.len(),
        "most programs should print something"
    );
    assert!(
        failures.is_empty(),
        "outputs differ under GC stress: {failures:?}"
    );
}
