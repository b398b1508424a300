//! Runs one script with the interpreter alone (no event loop): a development aid
//! for working on the interpreter while the CLI is being changed.
//! `cargo run -p nodelet-interp --example run -- FILE.js`

fn main() {
    // Like the CLI: a deep stack, so JavaScript recursion reaches its own limit
    // (RangeError) long before Rust's.
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(run);
    match worker.map(|h| h.join()) {
        Ok(Ok(())) => {}
        _ => std::process::exit(70),
    }
}

fn run() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: run FILE.js");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let program = match nodelet_parser::parse_commonjs(&source) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: SyntaxError: {}", e.message);
            std::process::exit(1);
        }
    };
    let abs = std::fs::canonicalize(&path)
        .map(|p| p.display().to_string())
        .unwrap_or(path);
    let mut cx = nodelet_interp::Interpreter::new(vec![]);
    if let Err(u) = cx.run_script(&program, &source, &abs) {
        eprintln!("{}", u.report);
        std::process::exit(1);
    }
}
