//! Phase 4, CommonJS modules: `require` as node does it. Like node, most of the
//! module system is JavaScript (`lib/internal/loader.js`: resolution, the require
//! cache, circular requires, `MODULE_NOT_FOUND`), and so are the core modules
//! (`lib/*.js`: `path`, `events`, `util`, `assert`, `os`, `timers`). Rust only
//! provides the few native hooks they need (`binding.rs`): the file system,
//! compiling a file into its module wrapper, and formatting values.
//!
//! [`install`] runs before the main script: it makes the main `Module` object
//! and its `require` function and hands both to the interpreter, which passes
//! them to the main script's wrapper.

mod binding;
mod core_modules;

use nodelet_interp::host_api::CallError;
use nodelet_interp::{Interpreter, Value};

/// The loader's own name in stack traces, as node names its CommonJS loader.
const LOADER_FILENAME: &str = "node:internal/modules/cjs/loader";

/// Sets up `require` for the main script `main_filename` (an absolute path).
/// A failure here is a bug in the loader's JavaScript; it is reported and the
/// script then runs with `require` undefined.
pub fn install(cx: &mut Interpreter, main_filename: &str) {
    if let Err(message) = try_install(cx, main_filename) {
        crate::run::write_stderr(&format!("nodelet: cannot set up require: {message}\n"));
    }
}

fn try_install(cx: &mut Interpreter, main_filename: &str) -> Result<(), String> {
    // node's own name for the global object, which older code uses instead
    // of `globalThis`.
    let global = cx.realm.global;
    cx.global("global", Value::Object(global));
    let wrapper = cx
        .compile_module(core_modules::LOADER_SOURCE, LOADER_FILENAME)
        .map_err(|e| describe(cx.call_error(e)))?;
    cx.root(wrapper);
    let exports = Value::Object(cx.new_plain_object());
    cx.root(exports);
    let module = cx.new_plain_object();
    cx.root(Value::Object(module));
    cx.define_hidden(module, "exports", exports);
    let binding = Value::Object(binding::create(cx));
    cx.root(binding);
    let filename = cx.string_value(LOADER_FILENAME);
    let dirname = cx.string_value("");
    let args = [exports, binding, Value::Object(module), filename, dirname];
    cx.call_function(wrapper, exports, &args)
        .map_err(describe)?;
    let Value::Object(loader) = cx
        .get_named(module, "exports")
        .map_err(|e| describe(cx.call_error(e)))?
    else {
        return Err("the loader exported nothing".into());
    };
    let setup = cx
        .get_named(loader, "setupMain")
        .map_err(|e| describe(cx.call_error(e)))?;
    let name = cx.string_value(main_filename);
    // `setupMain` returns `{ module, require }`: the main `Module` and the
    // `require` function made for it.
    let main = cx
        .call_function(setup, Value::Object(loader), &[name])
        .map_err(describe)?;
    cx.root(main);
    let Value::Object(main) = main else {
        return Err("setupMain returned nothing".into());
    };
    let module = cx
        .get_named(main, "module")
        .map_err(|e| describe(cx.call_error(e)))?;
    let require = cx
        .get_named(main, "require")
        .map_err(|e| describe(cx.call_error(e)))?;
    cx.set_require(require);
    let internal_require = cx
        .get_named(loader, "internalRequire")
        .map_err(|e| describe(cx.call_error(e)))?;
    crate::process::bootstrap(cx, require, internal_require);
    cx.set_main_module(module);
    Ok(())
}

fn describe(e: CallError) -> String {
    match e {
        CallError::Exit(code) => format!("exit {code}"),
        CallError::Uncaught(u) => u.report,
    }
}
