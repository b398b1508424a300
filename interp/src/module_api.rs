//! What a host needs from the interpreter to load CommonJS modules: compile a
//! file into node's module wrapper function without calling it, and hand the
//! main script the `module` object the host's loader made for it. Resolution,
//! reading files and the require cache stay in the host (`runtime/src/modules`).

use std::rc::Rc;

use crate::interp::{Interpreter, JsResult, Script};
use crate::value::{ObjRef, PropKey, Value};

impl Interpreter {
    /// Parses `source` as a CommonJS module body and returns node's wrapper
    /// function `(exports, require, module, __filename, __dirname)` for it, not
    /// yet called. A syntax error is thrown as a `SyntaxError` whose report
    /// points into `filename`, as node reports a required file that does not parse.
    pub fn compile_module(&mut self, source: &str, filename: &str) -> JsResult<Value> {
        let script = Rc::new(Script::new(filename, source));
        match nodelet_parser::parse_commonjs(source) {
            Ok(program) => {
                let code = crate::compile::compile_script(self, &program, script);
                Ok(Value::Object(self.make_closure(&code, None)))
            }
            Err(error) => {
                let proto = self.realm.syntax_error_proto;
                let e = self.make_error(proto, &error.message);
                let exc = self.throw_value(Value::Object(e));
                // The caret goes under the offending token in the module's file,
                // not under the `require` call that asked for it.
                self.throw_site = Some((script, error.span));
                Err(exc)
            }
        }
    }

    /// Sets the `module` object the next [`Interpreter::run_module`] runs the
    /// main script with (its `exports` property becomes `exports` and `this`),
    /// so `require.main === module` holds. Used once; later calls make fresh objects.
    pub fn set_main_module(&mut self, module: Value) {
        self.main_module = module;
    }

    /// Takes the host's main module and its exports, if the host set one.
    pub(crate) fn take_main_module(&mut self, exports_key: PropKey) -> Option<(ObjRef, ObjRef)> {
        let Value::Object(module) = std::mem::replace(&mut self.main_module, Value::Undefined)
        else {
            return None;
        };
        self.root(Value::Object(module));
        match self.get(module, exports_key) {
            Ok(Value::Object(exports)) => Some((exports, module)),
            _ => None,
        }
    }
}
