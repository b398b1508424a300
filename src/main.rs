//! The `nodelet` command line: parse options with clap and hand the script to the
//! runtime, which does the work (`nodelet_runtime::run`). Options come before the
//! script; everything after the script belongs to the program's `process.argv`,
//! as with node.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgGroup, Parser};
use nodelet_runtime::{Invocation, Mode};

/// A small Node.js written from scratch in Rust, to learn from.
#[derive(Parser, Debug)]
#[command(name = "nodelet", version, about)]
#[command(override_usage = "nodelet [OPTIONS] <SCRIPT> [ARGS]...")]
#[command(group(ArgGroup::new("mode").multiple(false)))]
struct Cli {
    /// Check the script's syntax without running it (like `node --check`).
    #[arg(short = 'c', long, group = "mode")]
    check: bool,

    /// Print the tokens the lexer reads from the script.
    #[arg(long, group = "mode")]
    dump_tokens: bool,

    /// Print the syntax tree the parser builds from the script.
    #[arg(long, group = "mode")]
    dump_ast: bool,

    /// Time lexing and parsing the script N times and print MB/s (for bench/).
    #[arg(
        long,
        hide = true,
        group = "mode",
        value_name = "N",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "10"
    )]
    bench_parse: Option<u32>,

    /// Describe the event loop on stderr as it runs: each iteration and phase,
    /// each callback (its kind and where it was scheduled), and each drain of the
    /// nextTick and microtask queues with its count.
    #[arg(long)]
    trace_loop: bool,

    /// Run with a virtual clock: timers fire in order without waiting,
    /// `Date.now()` and `performance.now()` advance only with it, and
    /// `Math.random()` is seeded, so runs print the same on every machine.
    #[arg(long)]
    virtual_time: bool,

    /// The script to run, then the arguments it receives: `process.argv` after the
    /// script's path. Everything after the script is passed on, even words that
    /// look like options, so the script and its arguments are one list for clap.
    #[arg(
        value_name = "SCRIPT",
        required = true,
        num_args = 1..,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    script_and_args: Vec<OsString>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mode = if cli.check {
        Mode::Check
    } else if cli.dump_tokens {
        Mode::DumpTokens
    } else if cli.dump_ast {
        Mode::DumpAst
    } else if let Some(iterations) = cli.bench_parse {
        Mode::BenchParse { iterations }
    } else {
        Mode::Run
    };
    let mut words = cli.script_and_args.into_iter();
    // Clap has checked that the script is there; an empty path would be reported
    // as a missing module all the same.
    let script = PathBuf::from(words.next().unwrap_or_default());
    let args = words
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let loop_options = nodelet_runtime::event_loop::LoopOptions {
        trace: cli.trace_loop,
        virtual_time: cli.virtual_time,
    };
    let code = nodelet_runtime::run(Invocation {
        mode,
        script,
        args,
        loop_options,
    });
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses a command line and returns (check flag, script, program arguments).
    #[track_caller]
    fn parse(words: &[&str]) -> (bool, PathBuf, Vec<OsString>) {
        let cli = Cli::try_parse_from(words)
            .map_err(|err| err.to_string())
            .unwrap_or_else(|err| panic!("{err}"));
        let mut words = cli.script_and_args.into_iter();
        let script = PathBuf::from(words.next().unwrap_or_default());
        (cli.check, script, words.collect())
    }

    #[test]
    fn everything_after_the_script_belongs_to_the_program() {
        let (check, script, args) =
            parse(&["nodelet", "--check", "a.js", "--check", "-x", "--", "y"]);
        assert!(check);
        assert_eq!(script, PathBuf::from("a.js"));
        assert_eq!(args, ["--check", "-x", "--", "y"]);
    }
}
