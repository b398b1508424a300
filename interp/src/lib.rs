//! Phase 3 of nodelet: the interpreter. It lowers the parser's AST to a resolved
//! tree (every name a slot) and walks it, with values living in a garbage-collected
//! heap. It knows nothing of files, sockets or the event loop: the host (the
//! `runtime` crate) reaches it only through host hooks.

use nodelet_parser::{ast, Span};

/// An exception nobody caught, ready for the host to print.
#[derive(Clone, Debug)]
pub struct Uncaught {
    /// What node prints below the source excerpt: the error's `stack` for Error
    /// objects (`Error: boom\n    at f (file.js:2:9)`), else the inspected value.
    pub report: String,
    /// Where it was thrown: file name and span, for the source line and caret.
    pub location: Option<(String, Span)>,
}

/// One JavaScript realm with its heap, global object and intrinsics.
pub struct Interpreter {
    _private: (),
}

impl Interpreter {
    /// A fresh realm. `argv` becomes `process.argv` once the host provides it.
    pub fn new(argv: Vec<String>) -> Interpreter {
        let _ = argv;
        Interpreter { _private: () }
    }

    /// Runs a parsed script to completion (synchronous part only, for now).
    pub fn run_script(
        &mut self,
        program: &ast::Program,
        source: &str,
        filename: &str,
    ) -> Result<(), Uncaught> {
        let _ = (program, source, filename);
        Err(Uncaught { report: "Error: the interpreter is not written yet".into(), location: None })
    }
}
