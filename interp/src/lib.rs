//! Phase 3 of nodelet: the interpreter. It lowers the parser's AST to a resolved
//! tree (every name a slot) and walks it, with values living in a garbage-collected
//! heap. It knows nothing of files, sockets or the event loop: the host (the
//! `runtime` crate) reaches it only through host hooks ([`Host`]).
//!
//! The design in brief:
//! - **Values** (`value.rs`) are a 16-byte `Copy` enum; heap values are
//!   generation-checked handles into typed arenas (`gc.rs`).
//! - **Memory** is a mark-and-sweep collector with an explicit gray stack. Roots
//!   are listed in one place (`Interpreter::collect_garbage`): the realm, the atom
//!   table, the value stack (frame locals and rooted temporaries), saved frames
//!   and registers. Collection happens only at safe points (function entry, loop
//!   back-edges); `NODELET_GC_STRESS=1` collects at every one.
//! - **Lowering** (`compile.rs` → `ir.rs`) resolves every identifier to a frame
//!   slot, a captured environment slot (hops, slot) or a global, hoists
//!   declarations, and marks TDZ bindings. Only captured bindings live in heap
//!   environments (`env.rs`).
//! - **Evaluation** (`eval/`) is a recursive tree walk; statements return a
//!   `Flow` (normal, break, continue, return) and exceptions travel as `Err`.
//!   Calls follow the frame protocol described in `call.rs`.
//! - **Speed**: resolved slots, interned property names (`atoms.rs`), inline
//!   caches at `.name` sites (`object.rs`), dense arrays, and number fast paths.
//! - **Built-ins** live in `builtins/`, one file per global (see its module docs
//!   for how to add one). `inspect.rs` formats values like node's `util.inspect`.
//! - **Suspension** (generators, async functions) is *resumable re-entry*: a
//!   `yield`/`await` unwinds the Rust stack while each statement records where it
//!   was, and resuming walks back down (`suspend.rs`, `eval/resume.rs`); lowering
//!   hoists nested suspensions to statement level (`compile/hoist.rs`).

mod atoms;
pub mod builtins;
mod call;
mod compile;
mod env;
mod errors;
mod eval;
pub mod fxhash;
mod gc;
mod gc_trace;
mod global_code;
pub mod host_api;
mod inspect;
mod interp;
mod ir;
mod keyed;
mod module_api;
mod number;
mod object;
mod ops;
mod property;
mod realm;
mod string;
mod suspend;
mod value;

use std::rc::Rc;

use nodelet_parser::{ast, Span};

pub use crate::global_code::GlobalScope;
pub use crate::inspect::{InspectOptions, COMPACT_TRUE};
pub use crate::interp::{Exc, Host, JsResult, StdHost};
pub use crate::value::Value;

/// What node adds below an uncaught primitive (it has no stack to show).
const TRACE_HINT: &str = "(Use `node --trace-uncaught ...` to show where the exception was thrown)";

/// An exception nobody caught, ready for the host to print.
#[derive(Clone, Debug)]
pub struct Uncaught {
    /// What node prints below the source excerpt: the error's `stack` for Error
    /// objects (`Error: boom\n    at f (file.js:2:9)`), else the inspected value.
    pub report: String,
    /// Where it was thrown: file name and span, for the source line and caret.
    pub location: Option<(String, Span)>,
    /// Set when this is not an exception at all but `process.exit(code)`
    /// unwinding to the host, which must then exit quietly with `code`.
    pub exit: Option<i32>,
}

pub use crate::interp::Interpreter;

impl Interpreter {
    /// A fresh realm. `argv` becomes `process.argv` once the host provides it.
    pub fn new(argv: Vec<String>) -> Interpreter {
        let mut cx = Interpreter::bare();
        cx.argv = argv;
        cx.create_realm();
        builtins::install_all(&mut cx);
        cx
    }

    /// Replaces the host (where console output goes, where jobs are queued).
    pub fn set_host(&mut self, host: Box<dyn Host>) {
        self.host = host;
    }

    /// The host, for natives that need its state (see [`Host::as_any`]).
    pub fn host_mut(&mut self) -> &mut dyn Host {
        &mut *self.host
    }

    /// Sets the function passed as `require` to every module.
    pub fn set_require(&mut self, require: Value) {
        self.require = require;
    }

    /// Runs a parsed script as the main module, then drains the job queue.
    pub fn run_script(
        &mut self,
        program: &ast::Program,
        source: &str,
        filename: &str,
    ) -> Result<(), Uncaught> {
        self.run_module(program, source, filename)?;
        self.run_jobs()
    }

    /// Runs a parsed file as a CommonJS module and returns its `module.exports`
    /// (for the host's `require`). The file runs as the body of node's wrapper
    /// function, so top-level `var`s are local to it and `this` is `exports`.
    pub fn run_module(
        &mut self,
        program: &ast::Program,
        source: &str,
        filename: &str,
    ) -> Result<Value, Uncaught> {
        let script = Rc::new(interp::Script::new(filename, source));
        let code = compile::compile_script(self, program, script);
        let mark = self.stack.len();
        let func = self.make_closure(&code, None);
        self.stack.push(Value::Object(func));
        let key = crate::value::PropKey::Str(self.intern("exports"));
        // A host that loads modules made the main `module` (see `set_main_module`).
        let (exports, module) = match self.take_main_module(key) {
            Some(pair) => pair,
            None => {
                let exports = self.new_plain_object();
                self.stack.push(Value::Object(exports));
                let module = self.new_plain_object();
                self.define_value(module, key, Value::Object(exports), object::DEFAULT_ATTRS);
                (exports, module)
            }
        };
        self.stack.push(Value::Object(exports));
        self.stack.push(Value::Object(module));
        let dirname = std::path::Path::new(filename)
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let args = [
            Value::Object(exports),
            self.require,
            Value::Object(module),
            self.string_value(filename),
            self.string_value(&dirname),
        ];
        let r = self.call(Value::Object(func), Value::Object(exports), &args);
        let r = match r {
            Ok(_) => Ok(self.get(module, key).unwrap_or(Value::Undefined)),
            Err(e) => Err(self.uncaught(e)),
        };
        self.stack.truncate(mark);
        r
    }

    /// Queues a job: a function the host's next `run_jobs` calls with no
    /// arguments (promise reactions, `queueMicrotask`).
    pub fn enqueue_job(&mut self, job: Value) {
        self.jobs.push_back(job);
    }

    /// Runs queued jobs until the queue is empty (jobs may queue more).
    pub fn run_jobs(&mut self) -> Result<(), Uncaught> {
        while let Some(job) = self.jobs.pop_front() {
            if let Err(e) = self.call(job, Value::Undefined, &[]) {
                return Err(self.uncaught(e));
            }
        }
        Ok(())
    }

    /// Turns an exception that reached the top into the host's report.
    pub fn uncaught(&mut self, e: Exc) -> Uncaught {
        let location = self
            .throw_site
            .take()
            .map(|(script, span)| (script.filename.clone(), span));
        let report = match e {
            Exc::Throw => self.report_value(self.exception),
            Exc::Exit(code) => format!("process exited with code {code}"),
            Exc::ShortCircuit | Exc::Suspend => "undefined".into(),
        };
        let exit = match e {
            Exc::Exit(code) => Some(code),
            _ => None,
        };
        Uncaught {
            report,
            location,
            exit,
        }
    }

    /// How node prints a thrown value: an error's stack, else `Uncaught <inspect>`.
    fn report_value(&mut self, v: Value) -> String {
        match v {
            Value::Object(_) => self.inspect(v),
            Value::String(s) => format!("{}\n{TRACE_HINT}", self.rust_string(s)),
            _ => format!("{}\n{TRACE_HINT}", self.inspect(v)),
        }
    }
}
