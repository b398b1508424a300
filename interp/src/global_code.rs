//! Running *global code*: what the REPL evaluates line after line, and what
//! `nodelet -e` and a program piped to stdin run. Node runs these as scripts in
//! the global scope rather than as module bodies, so `var x` in one REPL input
//! is the global `x` in the next, and `let y` stays visible too. The host keeps
//! a [`GlobalScope`] for the lexical declarations and passes it to every run;
//! the lowering lives in `compile/global_code.rs`.

use std::rc::Rc;

use nodelet_parser::ast;

use crate::compile::global_code::{compile_global_code, completion_as_return, declarations};
use crate::interp::{Interpreter, JsResult, Script};
use crate::ir::BindKind;
use crate::object::ObjectKind;
use crate::value::{Atom, ObjRef, PropKey, Value};

/// The `let`, `const` and `class` bindings made by global code so far. Their
/// values live in one heap environment that grows as inputs declare more; the
/// last input's function (which closes over it) is kept alive with
/// [`Interpreter::persist`], and so keeps the environment alive.
#[derive(Default)]
pub struct GlobalScope {
    /// The closure whose environment is the scope's, and its persist handle.
    anchor: Option<(ObjRef, usize)>,
    /// Slot `i` of the environment holds `bindings[i]`.
    bindings: Vec<(Atom, BindKind)>,
}

impl GlobalScope {
    /// An empty global scope.
    pub fn new() -> GlobalScope {
        GlobalScope::default()
    }
}

impl Interpreter {
    /// The `require` function and main `module` the host set (see
    /// [`Interpreter::set_require`] and [`Interpreter::set_main_module`]), for a
    /// host that makes them globals of global code, as node does for `-e`.
    pub fn main_module_parts(&self) -> (Value, Value) {
        (self.require, self.main_module)
    }

    /// Runs `program` as global code in `scope` and returns its completion value
    /// (the value of its last expression statement, `undefined` otherwise), as
    /// the REPL prints it. `this` is the global object; top-level `var`s and
    /// functions become its properties. Declaring a lexical name twice across
    /// runs throws node's `SyntaxError`.
    pub fn run_global_code(
        &mut self,
        scope: &mut GlobalScope,
        program: &ast::Program,
        source: &str,
        filename: &str,
    ) -> JsResult<Value> {
        self.run_global_code_as(scope, program, source, filename, false)
    }

    /// Like [`Interpreter::run_global_code`], for a program with a top-level
    /// `await` (the REPL's): it runs as the body of an async function, and the
    /// result is a promise of the completion value.
    pub fn run_global_code_async(
        &mut self,
        scope: &mut GlobalScope,
        program: &ast::Program,
        source: &str,
        filename: &str,
    ) -> JsResult<Value> {
        self.run_global_code_as(scope, program, source, filename, true)
    }

    fn run_global_code_as(
        &mut self,
        scope: &mut GlobalScope,
        program: &ast::Program,
        source: &str,
        filename: &str,
        asynchronous: bool,
    ) -> JsResult<Value> {
        let decls = declarations(self, program);
        let clash = decls
            .lexical
            .iter()
            .map(|&(name, _)| name)
            .chain(decls.vars.iter().copied())
            .find(|name| scope.bindings.iter().any(|(b, _)| b == name));
        if let Some(name) = clash {
            let text = self.atom_text(name);
            let proto = self.realm.syntax_error_proto;
            let e = self.make_error(
                proto,
                &format!("Identifier '{text}' has already been declared"),
            );
            return Err(self.throw_value(Value::Object(e)));
        }
        scope.bindings.extend(decls.lexical.iter().copied());
        let global = self.realm.global;
        for name in decls.vars {
            let key = PropKey::Str(name);
            if self.get_own(global, key).is_none() {
                let _ = self.create_data_property(global, key, Value::Undefined);
            }
        }

        let mut body = program.body.clone();
        completion_as_return(&mut body);
        let rewritten = ast::Program {
            body,
            strict: program.strict,
            span: program.span,
        };
        let script = Rc::new(Script::new(filename, source));
        let code = compile_global_code(self, &rewritten, script, &scope.bindings, asynchronous);

        // The environment grows by one slot (in its TDZ) per new binding.
        let env = match scope.anchor.and_then(|(f, _)| match &self.obj(f).kind {
            ObjectKind::Function(c) => c.env,
            _ => None,
        }) {
            Some(env) => env,
            None => self.alloc_env(None, Vec::new()),
        };
        let slots = &mut self.env_mut(env).slots;
        while slots.len() < scope.bindings.len() {
            slots.push(Value::Hole);
        }
        let saved = self.env.replace(env);
        let func = self.make_closure(&code, None);
        self.env = saved;
        if let Some((_, handle)) = scope.anchor.take() {
            self.unpersist(handle);
        }
        let handle = self.persist(Value::Object(func));
        scope.anchor = Some((func, handle));
        self.call(Value::Object(func), Value::Object(global), &[])
    }
}
