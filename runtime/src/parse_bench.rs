//! A stopwatch for the front end, behind the hidden `--bench-parse` option: it
//! lexes and parses one file many times and prints the throughput in MB/s, so
//! `bench/parse/run.sh` can set nodelet beside acorn on the same input.

use std::time::{Duration, Instant};

use nodelet_lexer::tokenize;
use nodelet_parser::parse_commonjs;

use crate::diagnostic::render_syntax_error;
use crate::run::{write_stderr, write_stdout};

/// Times `tokenize` and `parse_commonjs` (which lexes too) `iterations` times each,
/// after one untimed warm-up, and prints the best and median times. Returns the
/// exit code: 1 if the file does not parse.
pub fn run(filename: &str, source: &str, iterations: u32) -> i32 {
    let iterations = iterations.max(1);
    if let Err(error) = parse_commonjs(source) {
        write_stderr(&render_syntax_error(filename, source, &error));
        return 1;
    }

    let mut lex_times = Vec::new();
    let mut parse_times = Vec::new();
    for _ in 0..iterations {
        let start = Instant::now();
        let tokens = tokenize(source);
        lex_times.push(start.elapsed());
        drop(tokens);

        let start = Instant::now();
        let program = parse_commonjs(source);
        parse_times.push(start.elapsed());
        // Freeing the tree is not parsing: it is dropped outside the timed part,
        // as a garbage-collected parser frees its tree later too.
        drop(program);
    }

    let megabytes = source.len() as f64 / 1e6;
    let mut out = format!("file {filename}: {megabytes:.2} MB, {iterations} iterations\n");
    for (label, times) in [
        ("tokenize", &mut lex_times),
        ("lex+parse", &mut parse_times),
    ] {
        times.sort();
        let best = times.first().copied().unwrap_or_default();
        let median = times.get(times.len() / 2).copied().unwrap_or_default();
        out.push_str(&format!(
            "{label:<10} best {:>9.1} ms  median {:>9.1} ms  {:>8.1} MB/s\n",
            millis(best),
            millis(median),
            megabytes / best.as_secs_f64().max(1e-9),
        ));
    }
    write_stdout(&out);
    0
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}
