//! Creating and throwing errors the way node does: Error objects whose `stack` is
//! `Name: message` followed by one `    at …` line per active call, and helpers
//! for the TypeError/RangeError/ReferenceError messages the evaluator raises.

use crate::atoms;
use crate::interp::{Exc, Interpreter};
use crate::object::{ObjectKind, HIDDEN};
use crate::value::{ObjRef, PropKey, Value};

/// Node shows at most this many frames (`Error.stackTraceLimit`).
const STACK_LIMIT: usize = 10;

impl Interpreter {
    /// Creates an error object with `message` and `stack`, with the given prototype.
    pub fn make_error(&mut self, proto: ObjRef, message: &str) -> ObjRef {
        let o = self.new_object(Some(proto), ObjectKind::Error);
        if !message.is_empty() {
            let m = self.string_value(message);
            self.define_value(o, PropKey::Str(atoms::MESSAGE), m, HIDDEN);
        }
        self.attach_stack(o);
        o
    }

    /// Sets `error.stack` from the error's name and message and the current calls.
    ///
    /// As in V8, the `Name: message` header is computed when `stack` is first
    /// read, so a subclass that sets `this.name` after `super()` shows its own
    /// name. Until then `stack` is an accessor over the frames captured now.
    pub fn attach_stack(&mut self, o: ObjRef) {
        self.attach_stack_below(o, None);
    }

    /// `attach_stack`, leaving out the frames down to `callee`'s: an error
    /// made by `super()` in a subclass of Error starts at the code that said
    /// `new`, not inside the subclass's constructors (V8 skips the frames up
    /// to new.target's).
    pub fn attach_stack_below(&mut self, o: ObjRef, callee: Option<ObjRef>) {
        self.root(Value::Object(o));
        let frames = self.stack_trace_below(callee);
        let s = self.string_value(&frames);
        let hidden = PropKey::Sym(self.realm.sym_stack_frames);
        self.define_value(o, hidden, s, 0);
        let (get, set) = (self.realm.stack_getter, self.realm.stack_setter);
        self.define_accessor(
            o,
            PropKey::Str(atoms::STACK),
            Some(get),
            Some(set),
            crate::object::CONFIGURABLE,
        );
    }

    /// `Name: message` (or just `Name` when the message is empty), reading the
    /// properties without running getters.
    pub fn error_header(&mut self, o: ObjRef) -> String {
        let name = match self.get(o, PropKey::Str(atoms::NAME)) {
            Ok(v @ Value::String(_)) => self.primitive_text(v),
            _ => "Error".into(),
        };
        let message = match self.get(o, PropKey::Str(atoms::MESSAGE)) {
            Ok(v @ Value::String(_)) => self.primitive_text(v),
            _ => String::new(),
        };
        match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        }
    }

    /// The `    at …` lines for the active calls, innermost first. Built-in
    /// functions are left out, as V8 leaves out its own natives.
    pub fn stack_trace(&self) -> String {
        self.stack_trace_below(None)
    }

    /// The frames as `stack_trace` lists them, without those above `callee`'s
    /// own frame nor that frame; none at all if `callee` is not running (as
    /// V8, for `Reflect.construct(Error, [], f)`).
    fn stack_trace_below(&self, callee: Option<ObjRef>) -> String {
        let mut skipping = callee.is_some();
        let mut out = String::new();
        let mut count = 0;
        // Depth `d` runs `code`/`func`; frames[d - 1] holds what depth d - 1 was
        // doing when it called depth d. Depth 1 is the module body; depth 0 the host.
        let mut code = self.cur_code.clone();
        let mut func = self.cur_func;
        let mut span = self.cur_span;
        let mut construct = self.cur_construct;
        for depth in (0..self.frames.len()).rev() {
            if count >= STACK_LIMIT {
                break;
            }
            let native = func.is_some_and(|f| {
                matches!(
                    self.obj(f).kind,
                    ObjectKind::Native(_) | ObjectKind::Bound(_)
                )
            });
            if skipping {
                skipping = func != callee;
            } else if let (Some(c), false) = (&code, native) {
                let (line, col) = c.source.line_col(span.start);
                let file = &c.source.filename;
                let name = self.atom_text(c.name);
                let label = if c.top_level {
                    "Object.<anonymous>".to_string()
                } else if construct {
                    format!(
                        "new {}",
                        if name.is_empty() {
                            "<anonymous>"
                        } else {
                            &name
                        }
                    )
                } else {
                    name
                };
                if label.is_empty() {
                    out.push_str(&format!("\n    at {file}:{line}:{col}"));
                } else {
                    out.push_str(&format!("\n    at {label} ({file}:{line}:{col})"));
                }
                count += 1;
            }
            let f = &self.frames[depth];
            code = f.code.clone();
            func = f.func;
            span = f.span;
            construct = f.is_construct;
        }
        out
    }

    /// Materialises a lazily formatted `stack` (see `attach_stack`).
    pub(crate) fn materialize_stack(&mut self, o: ObjRef) -> Value {
        let hidden = PropKey::Sym(self.realm.sym_stack_frames);
        let frames = match self.obj(o).props.lookup(hidden) {
            Some(crate::object::Property {
                slot: crate::object::Slot::Data(Value::String(s)),
                ..
            }) => self.rust_string(*s),
            _ => return Value::Undefined,
        };
        let header = self.error_header(o);
        let v = self.string_value(&format!("{header}{frames}"));
        self.define_value(o, PropKey::Str(atoms::STACK), v, HIDDEN);
        v
    }

    fn error_with(&mut self, proto: ObjRef, message: &str) -> Exc {
        let e = self.make_error(proto, message);
        self.throw_value(Value::Object(e))
    }

    /// Throws a value, remembering where (for the uncaught-exception report).
    pub fn throw_value(&mut self, v: Value) -> Exc {
        if let Some(code) = &self.cur_code {
            self.throw_site = Some((code.source.clone(), self.cur_span));
        }
        self.exception = v;
        Exc::Throw
    }

    pub fn type_error(&mut self, message: &str) -> Exc {
        let p = self.realm.type_error_proto;
        self.error_with(p, message)
    }
    pub fn range_error(&mut self, message: &str) -> Exc {
        let p = self.realm.range_error_proto;
        self.error_with(p, message)
    }
    pub fn reference_error(&mut self, message: &str) -> Exc {
        let p = self.realm.reference_error_proto;
        self.error_with(p, message)
    }
    pub fn syntax_error(&mut self, message: &str) -> Exc {
        let p = self.realm.syntax_error_proto;
        self.error_with(p, message)
    }
    pub fn plain_error(&mut self, message: &str) -> Exc {
        let p = self.realm.error_proto;
        self.error_with(p, message)
    }

    /// Whether the running code is strict.
    /// Built-in functions always behave as strict code (their `Set` throws).
    pub fn is_strict(&self) -> bool {
        self.cur_code.as_ref().is_some_and(|c| c.strict)
            || self
                .cur_func
                .is_some_and(|f| matches!(self.obj(f).kind, ObjectKind::Native(_)))
    }

    /// `#<Foo>` as V8 names an object in messages (constructor name).
    pub fn describe_object_brief(&mut self, o: ObjRef) -> String {
        if matches!(self.obj(o).kind, ObjectKind::Array(_)) {
            return "[object Array]".into();
        }
        if self.obj(o).is_callable() {
            // V8 names a function by its source text.
            if let Ok(Value::String(s)) =
                crate::builtins::function::to_string_value(self, Value::Object(o))
            {
                return self.rust_string(s);
            }
        }
        let name = self.constructor_name(o).unwrap_or_else(|| "Object".into());
        format!("#<{name}>")
    }

    /// The name of an object's constructor, found through its prototype chain
    /// without running getters. A constructor with an empty name (an
    /// anonymous class) does not count: the search goes on up the chain, as
    /// node's `getConstructorName` does.
    pub fn constructor_name(&self, o: ObjRef) -> Option<String> {
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Some(crate::property::Own::Data(Value::Object(ctor), _)) =
                self.get_own(c, PropKey::Str(atoms::CONSTRUCTOR))
            {
                // Only a function names it: `{ constructor: { name: 'Fake' } }`
                // does not.
                if let (true, Some(crate::property::Own::Data(Value::String(s), _))) = (
                    self.obj(ctor).is_callable(),
                    self.get_own(ctor, PropKey::Str(atoms::NAME)),
                ) {
                    if !self.str(s).is_empty() {
                        return Some(self.rust_string(s));
                    }
                }
            }
            cur = self.obj(c).proto;
        }
        None
    }
}
