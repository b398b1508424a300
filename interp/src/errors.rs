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
    pub fn attach_stack(&mut self, o: ObjRef) {
        self.root(Value::Object(o));
        let header = self.error_header(o);
        let stack = format!("{header}{}", self.stack_trace());
        let s = self.string_value(&stack);
        self.define_value(o, PropKey::Str(atoms::STACK), s, HIDDEN);
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

    /// The `    at …` lines for the active calls, innermost first.
    pub fn stack_trace(&self) -> String {
        let mut out = String::new();
        let mut push = |code: &Option<std::rc::Rc<crate::ir::FunctionCode>>,
                        span: nodelet_parser::Span,
                        is_construct: bool,
                        is_top: bool|
         -> bool {
            let Some(code) = code else { return false };
            let (line, col) = code.source.line_col(span.start);
            let file = &code.source.filename;
            let name = self.atom_text(code.name);
            let label = if is_top {
                "Object.<anonymous>".to_string()
            } else if is_construct {
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
            true
        };
        let mut count = 0;
        // The running function, then each saved caller (frames[i] holds the
        // registers of the caller of frame i's callee).
        let top_level =
            |depth: usize, frames: &[crate::interp::Frame]| depth == 0 || frames.len() < depth;
        let _ = top_level;
        let mut code = self.cur_code.clone();
        let mut span = self.cur_span;
        let mut construct = self.cur_construct;
        for i in (0..=self.frames.len()).rev() {
            if count >= STACK_LIMIT {
                break;
            }
            // Frame 0's saved registers are the host's (no code); the outermost
            // function with code is the module body.
            let is_top = i == 1 || (i == 0 && code.is_some() && self.frames.is_empty());
            if push(&code, span, construct, is_top) {
                count += 1;
            }
            if i == 0 {
                break;
            }
            let f = &self.frames[i - 1];
            code = f.code.clone();
            span = f.span;
            construct = f.is_construct;
        }
        out
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
        Exc::Throw(v)
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
    pub fn is_strict(&self) -> bool {
        self.cur_code.as_ref().is_some_and(|c| c.strict)
    }

    /// `#<Foo>` as V8 names an object in messages (constructor name).
    pub fn describe_object_brief(&mut self, o: ObjRef) -> String {
        if matches!(self.obj(o).kind, ObjectKind::Array(_)) {
            return "[object Array]".into();
        }
        let name = self.constructor_name(o).unwrap_or_else(|| "Object".into());
        format!("#<{name}>")
    }

    /// The name of an object's constructor, found through its prototype chain
    /// without running getters.
    pub fn constructor_name(&self, o: ObjRef) -> Option<String> {
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Some(crate::property::Own::Data(Value::Object(ctor), _)) =
                self.get_own(c, PropKey::Str(atoms::CONSTRUCTOR))
            {
                if let Some(crate::property::Own::Data(Value::String(s), _)) =
                    self.get_own(ctor, PropKey::Str(atoms::NAME))
                {
                    return Some(self.rust_string(s));
                }
            }
            cur = self.obj(c).proto;
        }
        None
    }
}
