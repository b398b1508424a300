//! `structuredClone(value)` for plain data, and the `DOMException` it throws.
//!
//! This is the HTML structured clone algorithm as V8's serializer runs it, done
//! in one pass (copy as we read): primitives, plain objects (own enumerable
//! string keys, getters run, prototype not kept), arrays (holes and extra
//! properties kept), `Map`, `Set`, `Date`, `RegExp`, `Error` (name, message,
//! stack and cause only) and the primitive wrappers. Cycles and shared
//! references come out shared the same way. Anything else (functions,
//! symbols, promises, weak collections, generators) throws node's
//! `DataCloneError`. Not covered: `ArrayBuffer`/typed arrays and `Buffer`
//! (nodelet has none of the former; a `Buffer` throws), and the `transfer`
//! option (ignored).

use super::arg;
use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::object::{ObjectKind, HIDDEN};
use crate::value::{ObjRef, PropKey, Value};

/// How deep nested objects may go before cloning gives up, as V8's serializer
/// does when its own stack runs out; this keeps the Rust stack bounded.
const MAX_DEPTH: usize = 5_000;

pub fn install(cx: &mut Interpreter) {
    let error_proto = cx.realm.error_proto;
    let proto = cx.new_object_with_proto(error_proto);
    let ctor = cx.constructor("DOMException", dom_exception_ctor, 0, proto);
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let name = cx.string_value("DOMException");
    cx.define_value(proto, tag, name, crate::object::CONFIGURABLE);
    for (i, legacy) in LEGACY_NAMES.iter().enumerate() {
        let code = Value::Number(i as f64 + 1.0);
        if !legacy.is_empty() {
            cx.constant(ctor, legacy, code);
            cx.constant(proto, legacy, code);
        }
    }
    let f = cx.make_native_with_data("structuredClone", structured_clone, 0, Value::Object(proto));
    cx.global("structuredClone", Value::Object(f));
}

/// The legacy constant names, in code order (code = index + 1).
const LEGACY_NAMES: [&str; 25] = [
    "INDEX_SIZE_ERR",
    "DOMSTRING_SIZE_ERR",
    "HIERARCHY_REQUEST_ERR",
    "WRONG_DOCUMENT_ERR",
    "INVALID_CHARACTER_ERR",
    "NO_DATA_ALLOWED_ERR",
    "NO_MODIFICATION_ALLOWED_ERR",
    "NOT_FOUND_ERR",
    "NOT_SUPPORTED_ERR",
    "INUSE_ATTRIBUTE_ERR",
    "INVALID_STATE_ERR",
    "SYNTAX_ERR",
    "INVALID_MODIFICATION_ERR",
    "NAMESPACE_ERR",
    "INVALID_ACCESS_ERR",
    "VALIDATION_ERR",
    "TYPE_MISMATCH_ERR",
    "SECURITY_ERR",
    "NETWORK_ERR",
    "ABORT_ERR",
    "URL_MISMATCH_ERR",
    "QUOTA_EXCEEDED_ERR",
    "TIMEOUT_ERR",
    "INVALID_NODE_TYPE_ERR",
    "DATA_CLONE_ERR",
];

/// The error names that have a legacy code, in code order (code = index + 1).
const CODED_NAMES: [&str; 25] = [
    "IndexSizeError",
    "",
    "HierarchyRequestError",
    "WrongDocumentError",
    "InvalidCharacterError",
    "",
    "NoModificationAllowedError",
    "NotFoundError",
    "NotSupportedError",
    "InUseAttributeError",
    "InvalidStateError",
    "SyntaxError",
    "InvalidModificationError",
    "NamespaceError",
    "InvalidAccessError",
    "",
    "TypeMismatchError",
    "SecurityError",
    "NetworkError",
    "AbortError",
    "URLMismatchError",
    "QuotaExceededError",
    "TimeoutError",
    "InvalidNodeTypeError",
    "DataCloneError",
];

/// Makes a `DOMException` with `name` and `message`. Unlike node, `name`,
/// `message` and `code` are own (hidden) properties rather than prototype
/// getters; reading them gives the same values.
fn make_dom_exception(cx: &mut Interpreter, proto: ObjRef, message: &str, name: &str) -> ObjRef {
    let o = cx.new_object(Some(proto), ObjectKind::Error);
    cx.root(Value::Object(o));
    let m = cx.string_value(message);
    cx.define_value(o, PropKey::Str(atoms::MESSAGE), m, HIDDEN);
    let n = cx.string_value(name);
    cx.define_value(o, PropKey::Str(atoms::NAME), n, HIDDEN);
    let code = CODED_NAMES
        .iter()
        .position(|c| *c == name)
        .map_or(0.0, |i| i as f64 + 1.0);
    cx.define_hidden(o, "code", Value::Number(code));
    cx.attach_stack(o);
    o
}

fn dom_exception_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        return Err(cx.type_error("Class constructor DOMException cannot be invoked without 'new'"));
    };
    let message = match arg(args, 0) {
        Value::Undefined => String::new(),
        v => cx.to_rust_string(v)?,
    };
    let name = match arg(args, 1) {
        Value::Undefined => "Error".to_string(),
        v => cx.to_rust_string(v)?,
    };
    let fallback = cx.realm.error_proto;
    let proto = cx.proto_from_constructor(nt, fallback)?;
    Ok(Value::Object(make_dom_exception(
        cx, proto, &message, &name,
    )))
}

fn structured_clone(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let dom_proto = match cx.native_data() {
        Value::Object(p) => p,
        _ => cx.realm.error_proto,
    };
    if args.is_empty() {
        return Err(cx.type_error("The value argument must be specified"));
    }
    let mut cloner = Cloner {
        memo: Vec::new(),
        dom_proto,
        depth: 0,
    };
    cloner.clone_value(cx, arg(args, 0))
}

/// One run of the algorithm: what has been copied so far (source, copy), so
/// cycles and shared references are preserved.
struct Cloner {
    memo: Vec<(ObjRef, ObjRef)>,
    dom_proto: ObjRef,
    depth: usize,
}

impl Cloner {
    fn clone_value(&mut self, cx: &mut Interpreter, v: Value) -> JsResult<Value> {
        match v {
            Value::Object(o) => {
                if let Some(&(_, copy)) = self.memo.iter().rev().find(|(src, _)| *src == o) {
                    return Ok(Value::Object(copy));
                }
                if self.depth >= MAX_DEPTH {
                    return Err(cx.range_error("Maximum call stack size exceeded"));
                }
                self.depth += 1;
                let r = self.clone_object(cx, o);
                self.depth -= 1;
                r
            }
            Value::Symbol(_) => {
                let text = cx.inspect_brief(v);
                Err(self.data_clone_error(cx, &text))
            }
            Value::Hole => Ok(Value::Undefined),
            _ => Ok(v),
        }
    }

    fn data_clone_error(&self, cx: &mut Interpreter, what: &str) -> crate::interp::Exc {
        let e = make_dom_exception(
            cx,
            self.dom_proto,
            &format!("{what} could not be cloned."),
            "DataCloneError",
        );
        cx.throw_value(Value::Object(e))
    }

    /// Records `src -> copy` (both rooted: getters may run and collect).
    fn remember(&mut self, cx: &mut Interpreter, src: ObjRef, copy: ObjRef) {
        cx.root(Value::Object(src));
        cx.root(Value::Object(copy));
        self.memo.push((src, copy));
    }

    fn clone_object(&mut self, cx: &mut Interpreter, o: ObjRef) -> JsResult<Value> {
        if cx.obj(o).is_callable() {
            let text = cx.describe_object_brief(o);
            return Err(self.data_clone_error(cx, &text));
        }
        let proto = cx.obj(o).proto;
        enum Shape {
            Plain,
            Array(usize),
            Wrapper(Value),
            Date(f64),
            RegExp(Value),
            Map(bool),
            Error,
            Refused,
        }
        let shape = match &cx.obj(o).kind {
            ObjectKind::Ordinary | ObjectKind::Arguments(_) => Shape::Plain,
            ObjectKind::Array(elems) => Shape::Array(elems.len()),
            ObjectKind::Boolean(b) => Shape::Wrapper(Value::Bool(*b)),
            ObjectKind::Number(n) => Shape::Wrapper(Value::Number(*n)),
            ObjectKind::String(s) => Shape::Wrapper(Value::String(*s)),
            ObjectKind::Date(t) => Shape::Date(*t),
            ObjectKind::RegExp(r) => Shape::RegExp(Value::String(r.source)),
            ObjectKind::Map(_) | ObjectKind::Set(_) => {
                let weak = proto == Some(cx.realm.weak_map_proto)
                    || proto == Some(cx.realm.weak_set_proto)
                    || cx.instance_proto_is(o, cx.realm.weak_map_proto)
                    || cx.instance_proto_is(o, cx.realm.weak_set_proto);
                if weak {
                    Shape::Refused
                } else {
                    Shape::Map(matches!(cx.obj(o).kind, ObjectKind::Set(_)))
                }
            }
            ObjectKind::Error => Shape::Error,
            _ => Shape::Refused,
        };
        match shape {
            Shape::Refused => {
                let text = cx.describe_object_brief(o);
                Err(self.data_clone_error(cx, &text))
            }
            Shape::Plain => {
                let copy = cx.new_plain_object();
                self.remember(cx, o, copy);
                self.copy_properties(cx, o, copy)?;
                Ok(Value::Object(copy))
            }
            Shape::Array(len) => {
                let copy = cx.new_array(vec![Value::Hole; len]);
                self.remember(cx, o, copy);
                self.copy_properties(cx, o, copy)?;
                Ok(Value::Object(copy))
            }
            Shape::Wrapper(inner) => {
                let (p, kind) = match inner {
                    Value::Bool(b) => (cx.realm.boolean_proto, ObjectKind::Boolean(b)),
                    Value::Number(n) => (cx.realm.number_proto, ObjectKind::Number(n)),
                    Value::String(s) => (cx.realm.string_proto, ObjectKind::String(s)),
                    _ => (cx.realm.object_proto, ObjectKind::Ordinary),
                };
                let copy = cx.new_object(Some(p), kind);
                if let Value::String(s) = inner {
                    let len = Value::Number(cx.str(s).len() as f64);
                    cx.define_value(copy, PropKey::Str(atoms::LENGTH), len, 0);
                }
                self.remember(cx, o, copy);
                Ok(Value::Object(copy))
            }
            Shape::Date(t) => {
                let p = cx.realm.date_proto;
                let copy = cx.new_object(Some(p), ObjectKind::Date(t));
                self.remember(cx, o, copy);
                Ok(Value::Object(copy))
            }
            Shape::RegExp(source) => {
                let ctor = cx.realm.regexp_ctor;
                let flags = cx.get_str(Value::Object(o), "flags")?;
                let copy = cx.construct(Value::Object(ctor), &[source, flags], None)?;
                if let Value::Object(c) = copy {
                    self.remember(cx, o, c);
                }
                Ok(copy)
            }
            Shape::Map(is_set) => {
                let (p, kind) = if is_set {
                    (cx.realm.set_proto, ObjectKind::Set(Box::default()))
                } else {
                    (cx.realm.map_proto, ObjectKind::Map(Box::default()))
                };
                let copy = cx.new_object(Some(p), kind);
                self.remember(cx, o, copy);
                let entries = match &cx.obj(o).kind {
                    ObjectKind::Map(m) | ObjectKind::Set(m) => m.live_entries(),
                    _ => Vec::new(),
                };
                for &(k, v) in &entries {
                    cx.root(k);
                    cx.root(v);
                }
                for (k, v) in entries {
                    let k2 = self.clone_value(cx, k)?;
                    cx.root(k2);
                    let v2 = if is_set { k2 } else { self.clone_value(cx, v)? };
                    crate::builtins::map::insert(cx, Value::Object(copy), k2, v2, "clone")?;
                }
                Ok(Value::Object(copy))
            }
            Shape::Error => self.clone_error(cx, o),
        }
    }

    /// Copies the own enumerable string-keyed properties (getters run) as
    /// plain data properties of `copy`.
    fn copy_properties(&mut self, cx: &mut Interpreter, o: ObjRef, copy: ObjRef) -> JsResult<()> {
        let keys = cx.own_enumerable_string_keys(o);
        for key in keys {
            // A getter may have deleted a later property: skip it then.
            if cx.get_own(o, key).is_none() {
                continue;
            }
            let v = cx.get(o, key)?;
            cx.root(v);
            let v2 = self.clone_value(cx, v)?;
            cx.root(v2);
            cx.create_data_property(copy, key, v2)?;
        }
        Ok(())
    }

    /// Errors keep their kind (by `name`, else plain `Error`), `message`,
    /// `stack` and `cause`; other properties are dropped, as V8 does.
    fn clone_error(&mut self, cx: &mut Interpreter, o: ObjRef) -> JsResult<Value> {
        let name = cx.get(o, PropKey::Str(atoms::NAME))?;
        let name = match name {
            Value::String(s) => cx.rust_string(s),
            _ => String::new(),
        };
        let proto = match name.as_str() {
            "EvalError" => cx.realm.eval_error_proto,
            "RangeError" => cx.realm.range_error_proto,
            "ReferenceError" => cx.realm.reference_error_proto,
            "SyntaxError" => cx.realm.syntax_error_proto,
            "TypeError" => cx.realm.type_error_proto,
            "URIError" => cx.realm.uri_error_proto,
            _ => cx.realm.error_proto,
        };
        let copy = cx.new_object(Some(proto), ObjectKind::Error);
        self.remember(cx, o, copy);
        if let Some(crate::property::Own::Data(m, _)) = cx.get_own(o, PropKey::Str(atoms::MESSAGE))
        {
            let m = cx.to_string(m)?;
            cx.define_value(copy, PropKey::Str(atoms::MESSAGE), Value::String(m), HIDDEN);
        }
        let stack = cx.get(o, PropKey::Str(atoms::STACK))?;
        if let Value::String(_) = stack {
            cx.define_value(copy, PropKey::Str(atoms::STACK), stack, HIDDEN);
        }
        if cx.get_own(o, PropKey::Str(atoms::CAUSE)).is_some() {
            let cause = cx.get(o, PropKey::Str(atoms::CAUSE))?;
            cx.root(cause);
            let c2 = self.clone_value(cx, cause)?;
            cx.define_value(copy, PropKey::Str(atoms::CAUSE), c2, HIDDEN);
        }
        Ok(Value::Object(copy))
    }
}
