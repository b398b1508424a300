//! The `nodelet` command line: parse options with clap and hand the program to
//! the runtime, which does the work (`nodelet_runtime::run`). Options come before
//! the script; everything after the script belongs to the program's
//! `process.argv`, as with node. Without a script, `-e`/`-p` give the code, a
//! program piped to stdin runs as a script, and a terminal gets the REPL.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgGroup, Parser};
use nodelet_runtime::{Input, Invocation, Mode};

/// mimalloc instead of the system allocator: see the note in Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A small Node.js written from scratch in Rust, to learn from.
#[derive(Parser, Debug)]
#[command(name = "nodelet", version, about)]
#[command(
    override_usage = "nodelet [OPTIONS] [SCRIPT | -] [ARGS]...\n       nodelet [OPTIONS] -e CODE [ARGS]...\n       nodelet [OPTIONS] -p CODE [ARGS]..."
)]
#[command(
    after_help = "With no SCRIPT and no -e/-p, a program piped to stdin runs as a script (`echo 'console.log(1)' | nodelet`), and on a terminal the REPL starts (.help lists its commands)."
)]
#[command(group(ArgGroup::new("mode").multiple(false)))]
struct Cli {
    /// Run CODE as a script (its errors name the file `[eval]`).
    #[arg(
        short = 'e',
        long = "eval",
        value_name = "CODE",
        conflicts_with = "print"
    )]
    eval: Option<String>,

    /// Run CODE as a script and print its result, like `node -p`.
    #[arg(short = 'p', long = "print", value_name = "CODE")]
    print: Option<String>,

    /// Start the REPL even when stdin is not a terminal (it then reads lines
    /// from stdin, without line editing or colors).
    #[arg(short = 'i', long)]
    interactive: bool,

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
    /// nextTick and microtask queues with its count. With `=FILE.svg`, draw it
    /// instead as a timeline picture in FILE.svg (lanes for the main script,
    /// nextTick, microtasks and each phase; a box per callback).
    #[arg(
        long,
        value_name = "FILE.svg",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = ""
    )]
    trace_loop: Option<String>,

    /// Print every expression the interpreter evaluates, with its value,
    /// indented by its depth in the tree (on stderr; at most 10,000 lines).
    #[arg(long)]
    trace_eval: bool,

    /// Run with a virtual clock: timers fire in order without waiting,
    /// `Date.now()` and `performance.now()` advance only with it, and
    /// `Math.random()` is seeded, so runs print the same on every machine.
    #[arg(long)]
    virtual_time: bool,

    /// The script to run (`-` reads it from stdin), then the arguments it
    /// receives: `process.argv` after the script's path. Everything after the
    /// script is passed on, even words that look like options, so the script and
    /// its arguments are one list for clap. With `-e`/`-p` all of them are
    /// arguments.
    #[arg(
        value_name = "SCRIPT",
        help = "The script to run (`-`: read it from stdin), then its arguments (`process.argv`); with -e/-p all are arguments",
        num_args = 0..,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    script_and_args: Vec<OsString>,
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(std::env::args_os().map(split_print_eval));
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
    let stdin_is_terminal = std::io::stdin().is_terminal();
    let (input, args) = input_of(
        cli.eval,
        cli.print,
        cli.interactive,
        cli.script_and_args,
        stdin_is_terminal,
    );
    let timeline = cli
        .trace_loop
        .as_ref()
        .filter(|path| !path.is_empty())
        .map(PathBuf::from);
    let loop_options = nodelet_runtime::event_loop::LoopOptions {
        trace: cli.trace_loop.is_some() && timeline.is_none(),
        virtual_time: cli.virtual_time,
        timeline: false,
    };
    let code = nodelet_runtime::run(Invocation {
        mode,
        input,
        args,
        loop_options,
        timeline,
        trace_eval: cli.trace_eval.then_some(TRACE_EVAL_LINES),
    });
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

/// The most lines `--trace-eval` prints before it stops.
const TRACE_EVAL_LINES: usize = 10_000;

/// Node's `-pe CODE` idiom (print, and the code follows) is `-p CODE` here.
fn split_print_eval(word: OsString) -> OsString {
    if word == "-pe" || word == "-ep" {
        OsString::from("-p")
    } else {
        word
    }
}

/// Where the program comes from, and the arguments it sees after it, as node
/// decides: `-e`/`-p` code, else the script (`-` is stdin), else stdin when it
/// is not a terminal, else the REPL.
fn input_of(
    eval: Option<String>,
    print: Option<String>,
    interactive: bool,
    words: Vec<OsString>,
    stdin_is_terminal: bool,
) -> (Input, Vec<String>) {
    let mut words = words
        .into_iter()
        .map(|arg| arg.to_string_lossy().into_owned());
    let input = if let Some(code) = print {
        Input::Eval { code, print: true }
    } else if let Some(code) = eval {
        Input::Eval { code, print: false }
    } else {
        match words.next() {
            // `-` stays in `process.argv`, as in node.
            Some(dash) if dash == "-" => {
                let mut args = vec![dash];
                args.extend(words);
                return (Input::Stdin, args);
            }
            Some(script) => Input::File(PathBuf::from(script)),
            None if interactive || stdin_is_terminal => Input::Repl,
            None => Input::Stdin,
        }
    };
    (input, words.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses a command line and returns the check flag, the input and the
    /// program's arguments (stdin taken to be a terminal).
    #[track_caller]
    fn parse(words: &[&str]) -> (bool, Input, Vec<String>) {
        let cli = Cli::try_parse_from(words.iter().map(|w| split_print_eval(w.into())))
            .map_err(|err| err.to_string())
            .unwrap_or_else(|err| panic!("{err}"));
        let (input, args) = input_of(
            cli.eval,
            cli.print,
            cli.interactive,
            cli.script_and_args,
            true,
        );
        (cli.check, input, args)
    }

    #[test]
    fn everything_after_the_script_belongs_to_the_program() {
        let (check, input, args) =
            parse(&["nodelet", "--check", "a.js", "--check", "-x", "--", "y"]);
        assert!(check);
        assert_eq!(input, Input::File(PathBuf::from("a.js")));
        assert_eq!(args, ["--check", "-x", "--", "y"]);
    }

    #[test]
    fn eval_and_print_take_the_code_and_leave_the_rest_as_arguments() {
        let (_, input, args) = parse(&["nodelet", "-e", "f()", "a", "-b"]);
        assert_eq!(
            input,
            Input::Eval {
                code: "f()".into(),
                print: false
            }
        );
        assert_eq!(args, ["a", "-b"]);
        let (_, input, _) = parse(&["nodelet", "-pe", "1+1"]);
        assert_eq!(
            input,
            Input::Eval {
                code: "1+1".into(),
                print: true
            }
        );
    }

    #[test]
    fn a_dash_reads_stdin_and_nothing_starts_the_repl() {
        let (_, input, args) = parse(&["nodelet", "-", "x"]);
        assert_eq!(input, Input::Stdin);
        assert_eq!(args, ["-", "x"]);
        let (_, input, args) = parse(&["nodelet"]);
        assert_eq!(input, Input::Repl);
        assert!(args.is_empty());
    }
}
