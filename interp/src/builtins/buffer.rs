//! `Buffer`, node's byte arrays: the global constructor, its static methods
//! (`from`, `alloc`, `concat`, `byteLength`, `compare`…) and the prototype
//! methods (`toString` in every encoding, `slice`/`subarray`, `readUInt32LE`…).
//!
//! A Buffer is an object of kind [`ObjectKind::Bytes`]: a [`ByteView`] (offset
//! and length) on storage that views share, so `buf.subarray(1)[0] = 9` changes
//! `buf` as in node. Property access (`property.rs`) treats integer keys as the
//! bytes, as a `Uint8Array` does. node's `Buffer` is a `Uint8Array` subclass;
//! typed arrays are out of nodelet's subset, so `Buffer.prototype` inherits
//! from a hidden stand-in for `Uint8Array.prototype` holding the typed-array
//! methods (`length`, iteration, `forEach`…) and the `Uint8Array` tag.
//!
//! **Host API** (for the runtime's files and sockets), on [`Interpreter`]:
//! - `new_buffer(bytes: Vec<u8>) -> Value` makes a Buffer owning `bytes`;
//! - `buffer_bytes(v: Value) -> Option<Vec<u8>>` copies a Buffer's bytes
//!   (`None` when `v` is not a Buffer);
//! - `with_buffer_bytes(v, |bytes: &[u8]| …) -> Option<R>` borrows them instead;
//! - `is_buffer(v: Value) -> bool`.

mod encoding;
mod numbers;
mod text;

use std::cell::RefCell;
use std::rc::Rc;

pub use encoding::{byte_length, encode, Encoding};

use crate::atoms;
use crate::builtins::arg;
use crate::interp::{Exc, Interpreter, JsResult};
use crate::object::{ObjectKind, CONFIGURABLE, DEFAULT_ATTRS};
use crate::string::Units;
use crate::value::{ObjRef, PropKey, Value};

/// The largest Buffer node allocates (`buffer.constants.MAX_LENGTH`).
const MAX_LENGTH: f64 = 4294967296.0;

/// How many bytes `inspect` shows before `... N more bytes`
/// (`buffer.INSPECT_MAX_BYTES`).
const INSPECT_MAX_BYTES: usize = 50;

/// A window (`offset`, `len`) on shared byte storage. The storage never changes
/// size after it is made, so a view stays in bounds.
#[derive(Clone)]
pub struct ByteView {
    pub store: Rc<RefCell<Vec<u8>>>,
    pub offset: usize,
    pub len: usize,
}

impl ByteView {
    /// A view on new storage holding `bytes`.
    pub fn new(bytes: Vec<u8>) -> ByteView {
        let len = bytes.len();
        ByteView {
            store: Rc::new(RefCell::new(bytes)),
            offset: 0,
            len,
        }
    }

    /// Byte `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<u8> {
        if i >= self.len {
            return None;
        }
        let store = self.store.try_borrow().ok()?;
        store.get(self.offset + i).copied()
    }

    /// Stores byte `i`; false past the end.
    pub fn set(&self, i: usize, byte: u8) -> bool {
        if i >= self.len {
            return false;
        }
        let Ok(mut store) = self.store.try_borrow_mut() else {
            return false;
        };
        match store.get_mut(self.offset + i) {
            Some(b) => {
                *b = byte;
                true
            }
            None => false,
        }
    }

    /// Runs `f` on the viewed bytes.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.store.try_borrow() {
            Ok(store) => f(store
                .get(self.offset..self.offset + self.len)
                .unwrap_or(&[])),
            Err(_) => f(&[]),
        }
    }

    /// Runs `f` on the viewed bytes, writable.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        match self.store.try_borrow_mut() {
            Ok(mut store) => {
                let end = self.offset + self.len;
                f(store.get_mut(self.offset..end).unwrap_or(&mut []))
            }
            Err(_) => f(&mut []),
        }
    }

    /// A copy of the viewed bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.with(<[u8]>::to_vec)
    }

    /// A view of bytes `start..end` of this one, sharing the storage.
    fn sub(&self, start: usize, end: usize) -> ByteView {
        let end = end.min(self.len);
        let start = start.min(end);
        ByteView {
            store: Rc::clone(&self.store),
            offset: self.offset + start,
            len: end - start,
        }
    }

    /// Copies `src` into this view at `at`, as far as it fits; returns the count.
    fn write_at(&self, at: usize, src: &[u8]) -> usize {
        self.with_mut(|dst| {
            let Some(room) = dst.get_mut(at..) else {
                return 0;
            };
            let n = room.len().min(src.len());
            room[..n].copy_from_slice(&src[..n]);
            n
        })
    }
}

/// A number as a `Uint8Array` stores it: ToInt32's low byte (NaN and ±∞ are 0).
pub fn number_to_byte(n: f64) -> u8 {
    crate::ops::f64_to_int32(n) as u8
}

// ---------------------------------------------------------------------------
// Host API
// ---------------------------------------------------------------------------

impl Interpreter {
    /// A new Buffer owning `bytes` (for files and sockets).
    pub fn new_buffer(&mut self, bytes: Vec<u8>) -> Value {
        self.note_external_bytes(bytes.len());
        Value::Object(self.buffer_from_view(ByteView::new(bytes)))
    }

    /// A copy of a Buffer's bytes; `None` when `v` is not a Buffer.
    pub fn buffer_bytes(&self, v: Value) -> Option<Vec<u8>> {
        self.with_buffer_bytes(v, <[u8]>::to_vec)
    }

    /// Runs `f` on a Buffer's bytes without copying them; `None` when `v` is not
    /// a Buffer. `f` must not call back into the interpreter.
    pub fn with_buffer_bytes<R>(&self, v: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        self.byte_view(v).map(|view| view.with(f))
    }

    /// A Buffer's view (sharing its storage), to read its bytes while the
    /// interpreter is borrowed for something else; `None` when `v` is not a
    /// Buffer.
    pub fn buffer_view(&self, v: Value) -> Option<ByteView> {
        self.byte_view(v)
    }

    /// Whether `v` is a Buffer (or another byte array).
    pub fn is_buffer(&self, v: Value) -> bool {
        self.byte_view(v).is_some()
    }

    /// The view of a Buffer value.
    fn byte_view(&self, v: Value) -> Option<ByteView> {
        match v {
            Value::Object(o) => match &self.obj(o).kind {
                ObjectKind::Bytes(view) => Some((**view).clone()),
                _ => None,
            },
            _ => None,
        }
    }

    fn buffer_from_view(&mut self, view: ByteView) -> ObjRef {
        let proto = self.realm.buffer_proto;
        self.new_object(Some(proto), ObjectKind::Bytes(Box::new(view)))
    }
}

/// How `util.inspect` shows a Buffer (`<Buffer 68 69>`), or `None` when `o`
/// is not one. Other own enumerable properties follow the bytes, as in node.
pub fn inspect_text(cx: &mut Interpreter, o: ObjRef) -> Option<String> {
    let view = cx.byte_view(Value::Object(o))?;
    // A plain Uint8Array (from `TextEncoder`) shows as an array instead.
    if !cx.instance_proto_is(o, cx.realm.buffer_proto) {
        return None;
    }
    let mut text = String::from("<Buffer");
    view.with(|bytes| {
        for b in bytes.iter().take(INSPECT_MAX_BYTES) {
            text.push_str(&format!(" {b:02x}"));
        }
        if bytes.len() > INSPECT_MAX_BYTES {
            let more = bytes.len() - INSPECT_MAX_BYTES;
            let s = if more == 1 { "" } else { "s" };
            text.push_str(&format!(" ... {more} more byte{s}"));
        }
    });
    if view.len == 0 {
        text.push(' ');
    }
    let keys = cx.own_enumerable_string_keys(o);
    for k in keys {
        let PropKey::Str(a) = k else { continue };
        if cx.atom_index(a).is_some() {
            continue;
        }
        let v = match cx.get_own(o, k) {
            Some(crate::property::Own::Data(v, _)) => cx.inspect(v),
            _ => "[Getter/Setter]".to_string(),
        };
        text.push_str(", ");
        text.push_str(&format!("{}: {v}", cx.atom_text(a)));
    }
    text.push('>');
    Some(text)
}

// ---------------------------------------------------------------------------
// Errors with node's codes
// ---------------------------------------------------------------------------

/// Which error constructor a coded error uses.
#[derive(Clone, Copy)]
enum ErrorKind {
    Type,
    Range,
}

/// Throws node's coded error: `TypeError [ERR_X]: message` as the stack
/// header, with an own enumerable `code`.
fn coded_error(cx: &mut Interpreter, kind: ErrorKind, code: &str, message: &str) -> Exc {
    let (proto, name) = match kind {
        ErrorKind::Type => (cx.realm.type_error_proto, "TypeError"),
        ErrorKind::Range => (cx.realm.range_error_proto, "RangeError"),
    };
    let e = cx.make_error(proto, message);
    cx.root(Value::Object(e));
    let header = cx.string_value(&format!("{name} [{code}]"));
    cx.define_value(e, PropKey::Str(atoms::NAME), header, CONFIGURABLE);
    cx.materialize_stack(e);
    cx.delete(e, PropKey::Str(atoms::NAME));
    let code_key = PropKey::Str(cx.intern("code"));
    let code_value = cx.string_value(code);
    cx.define_value(e, code_key, code_value, DEFAULT_ATTRS);
    cx.throw_value(Value::Object(e))
}

/// node's description of a wrong argument (`Received type number (5)`).
fn describe_received(cx: &mut Interpreter, v: Value) -> String {
    match v {
        Value::Undefined | Value::Null | Value::Hole => format!("Received {}", cx.inspect(v)),
        Value::Object(o) if cx.obj(o).is_callable() => {
            let name = match cx.get(o, PropKey::Str(atoms::NAME)) {
                Ok(Value::String(s)) => cx.rust_string(s),
                _ => String::new(),
            };
            if name.is_empty() {
                format!("Received {}", cx.inspect(v))
            } else {
                format!("Received function {name}")
            }
        }
        Value::Object(o) => match cx.constructor_name(o) {
            Some(name) if !name.is_empty() => format!("Received an instance of {name}"),
            _ => format!("Received {}", cx.inspect(v)),
        },
        _ => {
            let mut shown = cx.inspect(v);
            if shown.chars().count() > 28 {
                shown = shown.chars().take(25).collect::<String>() + "...";
            }
            format!("Received type {} ({shown})", cx.typeof_str(v))
        }
    }
}

/// `ERR_INVALID_ARG_TYPE`; `what` is the start of the message
/// (`The "size" argument must be of type number`).
fn invalid_arg_type(cx: &mut Interpreter, what: &str, v: Value) -> Exc {
    let received = describe_received(cx, v);
    coded_error(
        cx,
        ErrorKind::Type,
        "ERR_INVALID_ARG_TYPE",
        &format!("{what}. {received}"),
    )
}

/// `ERR_INVALID_ARG_TYPE` for an argument that must be a Buffer.
fn not_a_buffer(cx: &mut Interpreter, name: &str, v: Value) -> Exc {
    let what = format!("The \"{name}\" argument must be an instance of Buffer or Uint8Array");
    invalid_arg_type(cx, &what, v)
}

/// `ERR_OUT_OF_RANGE` for `value`, with node's number formatting (integers
/// past 2³² get `_` separators).
fn out_of_range(cx: &mut Interpreter, name: &str, range: &str, value: f64) -> Exc {
    let shown = if value.fract() == 0.0 && value.abs() > 4294967296.0 && value.is_finite() {
        with_separators(&crate::inspect::format_number(value))
    } else {
        crate::inspect::format_number(value)
    };
    let message =
        format!("The value of \"{name}\" is out of range. It must be {range}. Received {shown}");
    coded_error(cx, ErrorKind::Range, "ERR_OUT_OF_RANGE", &message)
}

/// node's `addNumericalSeparator`: `8589934592` → `8_589_934_592`.
fn with_separators(digits: &str) -> String {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

fn unknown_encoding(cx: &mut Interpreter, enc: Value) -> Exc {
    let name = match enc {
        Value::String(s) => cx.rust_string(s),
        _ => cx.inspect(enc),
    };
    coded_error(
        cx,
        ErrorKind::Type,
        "ERR_UNKNOWN_ENCODING",
        &format!("Unknown encoding: {name}"),
    )
}

fn bounds_error_plain(cx: &mut Interpreter) -> Exc {
    coded_error(
        cx,
        ErrorKind::Range,
        "ERR_BUFFER_OUT_OF_BOUNDS",
        "Attempt to access memory outside buffer bounds",
    )
}

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

/// The encoding named by `v`; `undefined` (and, where node allows it, other
/// non-strings) mean UTF-8.
fn encoding_arg(cx: &mut Interpreter, v: Value) -> JsResult<Encoding> {
    match v {
        Value::Undefined => Ok(Encoding::Utf8),
        Value::String(s) => match Encoding::parse_units(cx.str(s).units()) {
            Some(e) => Ok(e),
            None => Err(unknown_encoding(cx, v)),
        },
        _ => {
            let name = cx.to_rust_string(v)?;
            match Encoding::parse(&name) {
                Some(e) => Ok(e),
                None => Err(unknown_encoding(cx, v)),
            }
        }
    }
}

/// node's `validateInteger` (`validateOffset` in lib/buffer.js).
fn validate_integer(
    cx: &mut Interpreter,
    v: Value,
    name: &str,
    min: f64,
    max: f64,
) -> JsResult<f64> {
    let Value::Number(n) = v else {
        let what = format!("The \"{name}\" argument must be of type number");
        return Err(invalid_arg_type(cx, &what, v));
    };
    if n.fract() != 0.0 || !n.is_finite() {
        return Err(out_of_range(cx, name, "an integer", n));
    }
    if n < min || n > max {
        let range = format!(
            ">= {} && <= {}",
            crate::inspect::format_number(min),
            crate::inspect::format_number(max)
        );
        return Err(out_of_range(cx, name, &range, n));
    }
    Ok(n)
}

/// node's `validateNumber` for a byte offset: it must be a number.
fn number_arg(cx: &mut Interpreter, v: Value, name: &str) -> JsResult<f64> {
    match v {
        Value::Number(n) => Ok(n),
        _ => Err(not_a_number(cx, v, name)),
    }
}

/// `ERR_INVALID_ARG_TYPE` for an argument that must be a number.
fn not_a_number(cx: &mut Interpreter, v: Value, name: &str) -> Exc {
    let what = format!("The \"{name}\" argument must be of type number");
    invalid_arg_type(cx, &what, v)
}

/// The view `this` is, or node's error for calling a Buffer method on something else.
fn this_view(cx: &mut Interpreter, this: Value) -> JsResult<ByteView> {
    match cx.byte_view(this) {
        Some(v) => Ok(v),
        None => Err(coded_error(
            cx,
            ErrorKind::Type,
            "ERR_INVALID_ARG_TYPE",
            "argument must be a buffer",
        )),
    }
}

/// `Math.trunc`-based offset clamping of `buf.slice` (node's `adjustOffset`).
fn adjust_offset(cx: &mut Interpreter, v: Value, len: usize) -> JsResult<usize> {
    let n = cx.to_number(v)?.trunc();
    let len_f = len as f64;
    Ok(if n.is_nan() || n == 0.0 {
        0
    } else if n < 0.0 {
        (n + len_f).max(0.0) as usize
    } else if n < len_f {
        n as usize
    } else {
        len
    })
}

/// node's `toInteger(n, default)` used by `copy`: NaN and unsafe values give
/// the default, fractions round down.
fn to_integer_or(cx: &mut Interpreter, v: Value, default: f64) -> JsResult<f64> {
    let n = cx.to_number(v)?;
    if !n.is_nan() && (-9007199254740991.0..=9007199254740991.0).contains(&n) {
        Ok(n.floor())
    } else {
        Ok(default)
    }
}

// ---------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------

pub(crate) fn install(cx: &mut Interpreter) {
    let proto = cx.realm.buffer_proto;
    let typed = cx.realm.uint8_array_proto;
    let ctor = cx.constructor("Buffer", buffer_call, 3, proto);
    let statics: [(&str, crate::object::NativeFn, u32); 10] = [
        ("from", buffer_from, 3),
        ("of", buffer_of, 0),
        ("alloc", buffer_alloc, 3),
        ("allocUnsafe", buffer_alloc_unsafe, 1),
        ("allocUnsafeSlow", buffer_alloc_unsafe, 1),
        ("concat", buffer_concat, 2),
        ("byteLength", buffer_byte_length, 2),
        ("isBuffer", buffer_is_buffer, 1),
        ("isEncoding", buffer_is_encoding, 1),
        ("compare", buffer_compare_static, 2),
    ];
    for (name, f, len) in statics {
        cx.method(ctor, name, f, len);
    }
    let pool = PropKey::Str(cx.intern("poolSize"));
    cx.define_value(ctor, pool, Value::Number(8192.0), DEFAULT_ATTRS);

    // The typed-array part (what node's Buffer inherits from Uint8Array).
    cx.getter(typed, "length", typed_length);
    cx.getter(typed, "byteLength", typed_length);
    cx.getter(typed, "byteOffset", typed_byte_offset);
    let tag = cx.make_native("get [Symbol.toStringTag]", typed_tag, 0, false);
    let tag_key = PropKey::Sym(cx.realm.sym_to_string_tag);
    cx.define_accessor(typed, tag_key, Some(tag), None, CONFIGURABLE);
    // The generic Array methods work on any object with indices and a length,
    // as the typed-array methods of the same names do on bytes.
    let array_proto = cx.realm.array_proto;
    for name in [
        "at",
        "every",
        "some",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "forEach",
        "reduce",
        "reduceRight",
        "join",
        "reverse",
        "keys",
        "values",
        "entries",
    ] {
        let key = PropKey::Str(cx.intern(name));
        if let Ok(f) = cx.get(array_proto, key) {
            cx.define_value(typed, key, f, crate::object::HIDDEN);
        }
    }
    let iter_key = PropKey::Sym(cx.realm.sym_iterator);
    let values_key = PropKey::Str(cx.intern("values"));
    if let Ok(f) = cx.get(array_proto, values_key) {
        cx.define_value(typed, iter_key, f, crate::object::HIDDEN);
    }
    let typed_methods: [(&str, crate::object::NativeFn, u32); 6] = [
        ("map", typed_map, 1),
        ("filter", typed_filter, 1),
        ("set", typed_set, 1),
        ("sort", typed_sort, 1),
        ("subarray", buffer_slice, 2),
        ("copyWithin", typed_copy_within, 2),
    ];
    for (name, f, len) in typed_methods {
        cx.method(typed, name, f, len);
    }

    let methods: [(&str, crate::object::NativeFn, u32); 16] = [
        ("toString", buffer_to_string, 3),
        ("toLocaleString", buffer_to_string, 3),
        ("toJSON", buffer_to_json, 0),
        ("equals", buffer_equals, 1),
        ("compare", buffer_compare, 5),
        ("indexOf", buffer_index_of, 3),
        ("lastIndexOf", buffer_last_index_of, 3),
        ("includes", buffer_includes, 3),
        ("fill", buffer_fill, 4),
        ("copy", buffer_copy, 4),
        ("write", buffer_write, 4),
        ("slice", buffer_slice, 2),
        ("subarray", buffer_slice, 2),
        ("swap16", buffer_swap16, 0),
        ("swap32", buffer_swap32, 0),
        ("swap64", buffer_swap64, 0),
    ];
    for (name, f, len) in methods {
        cx.method(proto, name, f, len);
    }
    numbers::install(cx, proto);
    text::install(cx);
}

// ---------------------------------------------------------------------------
// The typed-array part
// ---------------------------------------------------------------------------

fn typed_length(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    Ok(Value::Number(view.len as f64))
}

fn typed_byte_offset(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    Ok(Value::Number(view.offset as f64))
}

fn typed_tag(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    if cx.is_buffer(this) {
        return Ok(cx.string_value("Uint8Array"));
    }
    Ok(Value::Undefined)
}

/// `map`: a new Buffer of the callback's results, each stored as a byte.
fn typed_map(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let f = arg(args, 0);
    if !cx.is_callable(f) {
        let shown = cx.inspect(f);
        return Err(cx.type_error(&format!("{shown} is not a function")));
    }
    let out = ByteView::new(vec![0; view.len]);
    let result = cx.buffer_from_view(out.clone());
    cx.root(Value::Object(result));
    for i in 0..view.len {
        let b = Value::Number(f64::from(view.get(i).unwrap_or(0)));
        let v = cx.call(f, arg(args, 1), &[b, Value::Number(i as f64), this])?;
        let n = cx.to_number(v)?;
        out.set(i, number_to_byte(n));
    }
    Ok(Value::Object(result))
}

/// `filter`: a new Buffer of the bytes the callback keeps.
fn typed_filter(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let f = arg(args, 0);
    if !cx.is_callable(f) {
        let shown = cx.inspect(f);
        return Err(cx.type_error(&format!("{shown} is not a function")));
    }
    let mut kept = Vec::new();
    for i in 0..view.len {
        let byte = view.get(i).unwrap_or(0);
        let b = Value::Number(f64::from(byte));
        let v = cx.call(f, arg(args, 1), &[b, Value::Number(i as f64), this])?;
        if cx.to_boolean(v) {
            kept.push(byte);
        }
    }
    Ok(cx.new_buffer(kept))
}

/// `set(source, offset)`: copies an array or a Buffer in.
fn typed_set(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let offset = cx.to_integer(arg(args, 1))?;
    if offset < 0.0 {
        return Err(cx.range_error("offset is out of bounds"));
    }
    let bytes = bytes_of_array_like(cx, arg(args, 0))?;
    if offset + bytes.len() as f64 > view.len as f64 {
        return Err(cx.range_error("offset is out of bounds"));
    }
    view.write_at(offset as usize, &bytes);
    Ok(Value::Undefined)
}

/// `sort`: numeric order, or the comparator's.
fn typed_sort(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let f = arg(args, 0);
    let mut bytes = view.to_vec();
    if matches!(f, Value::Undefined) {
        bytes.sort_unstable();
    } else {
        if !cx.is_callable(f) {
            return Err(
                cx.type_error("The comparison function must be either a function or undefined")
            );
        }
        // An insertion sort calling the comparator; stable, like V8's.
        for i in 1..bytes.len() {
            let mut j = i;
            while j > 0 {
                let (a, b) = (bytes[j - 1], bytes[j]);
                let r = cx.call(
                    f,
                    Value::Undefined,
                    &[Value::Number(f64::from(a)), Value::Number(f64::from(b))],
                )?;
                if cx.to_number(r)? > 0.0 {
                    bytes.swap(j - 1, j);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
    }
    view.write_at(0, &bytes);
    Ok(this)
}

/// `copyWithin(target, start, end)`, with the relative indices of typed arrays.
fn typed_copy_within(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let len = view.len as f64;
    let rel = |n: f64| {
        if n < 0.0 {
            (len + n).max(0.0)
        } else {
            n.min(len)
        }
    };
    let target = rel(cx.to_integer(arg(args, 0))?);
    let start = rel(cx.to_integer(arg(args, 1))?);
    let end = match arg(args, 2) {
        Value::Undefined => len,
        v => rel(cx.to_integer(v)?),
    };
    if end > start {
        let src = view.sub(start as usize, end as usize).to_vec();
        view.write_at(target as usize, &src);
    }
    Ok(this)
}

// ---------------------------------------------------------------------------
// Making Buffers
// ---------------------------------------------------------------------------

/// `Buffer(x)` without `new` (deprecated in node, still working): a number
/// allocates, anything else goes to `Buffer.from`.
fn buffer_call(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if let Value::Number(_) = arg(args, 0) {
        if let Value::String(_) = arg(args, 1) {
            let what = "The \"string\" argument must be of type string";
            return Err(invalid_arg_type(cx, what, arg(args, 0)));
        }
        return buffer_alloc(cx, this, &args[..1], None);
    }
    buffer_from(cx, this, args, None)
}

/// New zeroed storage of `size` bytes, or a RangeError if it cannot be had.
fn zeroed(cx: &mut Interpreter, size: usize) -> JsResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(size).is_err() {
        return Err(cx.range_error("Array buffer allocation failed"));
    }
    v.resize(size, 0);
    Ok(v)
}

/// node's size check for `alloc`/`allocUnsafe`.
fn size_arg(cx: &mut Interpreter, v: Value) -> JsResult<usize> {
    let Value::Number(n) = v else {
        return Err(invalid_arg_type(
            cx,
            "The \"size\" argument must be of type number",
            v,
        ));
    };
    if n.is_nan() || !(0.0..=MAX_LENGTH).contains(&n) {
        return Err(out_of_range(cx, "size", ">= 0 && <= 4294967296", n));
    }
    Ok(n as usize)
}

fn buffer_alloc(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let size = size_arg(cx, arg(args, 0))?;
    let bytes = zeroed(cx, size)?;
    let buf = cx.new_buffer(bytes);
    let fill = arg(args, 1);
    if !matches!(fill, Value::Undefined)
        && !matches!(fill, Value::Number(n) if n == 0.0)
        && size > 0
    {
        cx.root(buf);
        let end = Value::Number(size as f64);
        fill_impl(cx, buf, fill, Value::Number(0.0), end, arg(args, 2))?;
    }
    Ok(buf)
}

fn buffer_alloc_unsafe(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let size = size_arg(cx, arg(args, 0))?;
    let bytes = zeroed(cx, size)?;
    Ok(cx.new_buffer(bytes))
}

fn buffer_of(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut bytes = Vec::with_capacity(args.len());
    for &v in args {
        let n = cx.to_number(v)?;
        bytes.push(number_to_byte(n));
    }
    Ok(cx.new_buffer(bytes))
}

/// The bytes of an array-like (`obj.length` and `obj[i]`), or of a Buffer.
fn bytes_of_array_like(cx: &mut Interpreter, v: Value) -> JsResult<Vec<u8>> {
    if let Some(view) = cx.byte_view(v) {
        return Ok(view.to_vec());
    }
    let o = cx.to_object(v)?;
    let len = crate::builtins::array::length_of(cx, o)?;
    if len as f64 > MAX_LENGTH {
        return Err(cx.range_error(&format!("Invalid typed array length: {len}")));
    }
    let mut bytes = zeroed(cx, len)?;
    for (i, slot) in bytes.iter_mut().enumerate() {
        let x = crate::builtins::array::get_index(cx, o, i)?;
        let n = cx.to_number(x)?;
        *slot = number_to_byte(n);
    }
    Ok(bytes)
}

fn first_arg_error(cx: &mut Interpreter, v: Value) -> Exc {
    invalid_arg_type(
        cx,
        "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object",
        v,
    )
}

/// `Buffer.from(string[, encoding])`, `Buffer.from(buffer)`,
/// `Buffer.from(array)`, `Buffer.from(arrayLike)`.
fn buffer_from(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let value = arg(args, 0);
    match value {
        Value::String(s) => from_string(cx, s, arg(args, 1)),
        Value::Object(o) if !cx.obj(o).is_callable() => {
            if let Some(view) = cx.byte_view(value) {
                return Ok(cx.new_buffer(view.to_vec()));
            }
            // An object whose valueOf gives something else (a String object).
            let value_of = cx.get_str(value, "valueOf")?;
            if cx.is_callable(value_of) {
                let prim = cx.call(value_of, value, &[])?;
                let usable = match prim {
                    Value::String(_) => true,
                    Value::Object(p) => p != o,
                    _ => false,
                };
                if usable {
                    cx.root(prim);
                    let mut rest = vec![prim];
                    rest.extend(args.iter().skip(1).copied());
                    return buffer_from(cx, Value::Undefined, &rest, None);
                }
            }
            let length = cx.get(o, PropKey::Str(atoms::LENGTH))?;
            if !matches!(length, Value::Undefined) {
                if !matches!(length, Value::Number(_)) {
                    return Ok(cx.new_buffer(Vec::new()));
                }
                let bytes = bytes_of_array_like(cx, value)?;
                return Ok(cx.new_buffer(bytes));
            }
            // `{ type: 'Buffer', data: [...] }`, what `toJSON` makes.
            let ty = cx.get_str(value, "type")?;
            if let Value::String(t) = ty {
                if cx.str(t).units().eq_ascii("Buffer") {
                    let data = cx.get_str(value, "data")?;
                    if let Value::Object(d) = data {
                        if matches!(cx.obj(d).kind, ObjectKind::Array(_)) {
                            let bytes = bytes_of_array_like(cx, data)?;
                            return Ok(cx.new_buffer(bytes));
                        }
                    }
                }
            }
            let to_prim_key = PropKey::Sym(cx.realm.sym_to_primitive);
            let to_prim = cx.get(o, to_prim_key)?;
            if cx.is_callable(to_prim) {
                let hint = cx.string_value("string");
                let prim = cx.call(to_prim, value, &[hint])?;
                if let Value::String(s) = prim {
                    return from_string(cx, s, arg(args, 1));
                }
            }
            Err(first_arg_error(cx, value))
        }
        _ => Err(first_arg_error(cx, value)),
    }
}

fn from_string(cx: &mut Interpreter, s: crate::value::StrRef, enc: Value) -> JsResult<Value> {
    // As node: a missing or non-string encoding means UTF-8.
    let enc = match enc {
        Value::String(e) if !cx.str(e).is_empty() => encoding_arg(cx, enc)?,
        _ => Encoding::Utf8,
    };
    let bytes = encoding::encode(cx.str(s).units(), enc);
    Ok(cx.new_buffer(bytes))
}

fn buffer_concat(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let list = arg(args, 0);
    let items = match list {
        Value::Object(o) => match &cx.obj(o).kind {
            ObjectKind::Array(elems) => Some(elems.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(items) = items else {
        return Err(invalid_arg_type(
            cx,
            "The \"list\" argument must be an instance of Array",
            list,
        ));
    };
    let mut views = Vec::with_capacity(items.len());
    for (i, &item) in items.iter().enumerate() {
        match cx.byte_view(item) {
            Some(v) => views.push(v),
            None => {
                let item = if matches!(item, Value::Hole) {
                    Value::Undefined
                } else {
                    item
                };
                return Err(not_a_buffer(cx, &format!("list[{i}]"), item));
            }
        }
    }
    let total = match arg(args, 1) {
        Value::Undefined => views.iter().map(|v| v.len).sum(),
        v => validate_integer(cx, v, "length", 0.0, MAX_LENGTH)? as usize,
    };
    let mut out = zeroed(cx, total)?;
    let mut at = 0;
    for v in &views {
        if at >= total {
            break;
        }
        v.with(|bytes| {
            let n = bytes.len().min(total - at);
            out[at..at + n].copy_from_slice(&bytes[..n]);
            at += n;
        });
    }
    Ok(cx.new_buffer(out))
}

fn buffer_byte_length(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(view) = cx.byte_view(v) {
        return Ok(Value::Number(view.len as f64));
    }
    let Value::String(s) = v else {
        return Err(invalid_arg_type(
            cx,
            "The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer",
            v,
        ));
    };
    // An unknown encoding counts as UTF-8 here, as in node.
    let enc = match arg(args, 1) {
        Value::String(e) => Encoding::parse_units(cx.str(e).units()).unwrap_or(Encoding::Utf8),
        _ => Encoding::Utf8,
    };
    Ok(Value::Number(
        encoding::byte_length(cx.str(s).units(), enc) as f64
    ))
}

fn buffer_is_buffer(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let v = arg(args, 0);
    let is = match v {
        Value::Object(o) => cx.is_buffer(v) && cx.instance_proto_is(o, cx.realm.buffer_proto),
        _ => false,
    };
    Ok(Value::Bool(is))
}

fn buffer_is_encoding(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::String(s) => Encoding::parse_units(cx.str(s).units()).is_some(),
        _ => false,
    }))
}

fn ordering_value(o: std::cmp::Ordering) -> Value {
    Value::Number(match o {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    })
}

fn buffer_compare_static(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Some(a) = cx.byte_view(arg(args, 0)) else {
        return Err(not_a_buffer(cx, "buf1", arg(args, 0)));
    };
    let Some(b) = cx.byte_view(arg(args, 1)) else {
        return Err(not_a_buffer(cx, "buf2", arg(args, 1)));
    };
    let (a, b) = (a.to_vec(), b.to_vec());
    Ok(ordering_value(a.cmp(&b)))
}

// ---------------------------------------------------------------------------
// Prototype methods
// ---------------------------------------------------------------------------

/// `buf.toString([encoding[, start[, end]]])`.
fn buffer_to_string(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let len = view.len as f64;
    let start = match arg(args, 1) {
        Value::Undefined => 0.0,
        v => {
            let n = cx.to_number(v)?;
            if n <= 0.0 {
                0.0
            } else if n >= len {
                return Ok(cx.string_value(""));
            } else {
                n.trunc()
            }
        }
    };
    let end = match arg(args, 2) {
        Value::Undefined => len,
        v => {
            let n = cx.to_number(v)?;
            if n > len {
                len
            } else if n.is_nan() {
                0.0
            } else {
                n.trunc()
            }
        }
    };
    if end <= start {
        return Ok(cx.string_value(""));
    }
    let enc = encoding_arg(cx, arg(args, 0))?;
    let units = view
        .sub(start as usize, end as usize)
        .with(|b| encoding::decode(b, enc));
    Ok(cx.new_str_value(units))
}

fn buffer_to_json(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let data: Vec<Value> = view.with(|b| b.iter().map(|&x| Value::Number(f64::from(x))).collect());
    let data = cx.new_array(data);
    cx.root(Value::Object(data));
    let o = cx.new_plain_object();
    cx.root(Value::Object(o));
    let ty = cx.string_value("Buffer");
    cx.set_named(o, "type", ty)?;
    cx.set_named(o, "data", Value::Object(data))?;
    Ok(Value::Object(o))
}

fn buffer_equals(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let Some(other) = cx.byte_view(arg(args, 0)) else {
        return Err(not_a_buffer(cx, "otherBuffer", arg(args, 0)));
    };
    let other = other.to_vec();
    Ok(Value::Bool(view.with(|b| b == other.as_slice())))
}

/// `buf.compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]])`.
fn buffer_compare(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let Some(target) = cx.byte_view(arg(args, 0)) else {
        return Err(not_a_buffer(cx, "target", arg(args, 0)));
    };
    let bound =
        |cx: &mut Interpreter, i: usize, name: &str, default: usize, max: f64| match arg(args, i) {
            Value::Undefined => Ok(default as f64),
            v => validate_integer(cx, v, name, 0.0, max),
        };
    let t_start = bound(cx, 1, "targetStart", 0, MAX_LENGTH)?;
    let t_end = bound(cx, 2, "targetEnd", target.len, target.len as f64)?;
    let s_start = bound(cx, 3, "sourceStart", 0, MAX_LENGTH)?;
    let s_end = bound(cx, 4, "sourceEnd", view.len, view.len as f64)?;
    if s_start >= s_end {
        return Ok(Value::Number(if t_start >= t_end { 0.0 } else { -1.0 }));
    }
    if t_start >= t_end {
        return Ok(Value::Number(1.0));
    }
    let a = view.sub(s_start as usize, s_end as usize).to_vec();
    let b = target.sub(t_start as usize, t_end as usize).to_vec();
    Ok(ordering_value(a.cmp(&b)))
}

/// node's `IndexOfOffset`: where a search starts, or -1 for no match.
fn index_of_offset(len: usize, offset: i64, needle_len: usize, forward: bool) -> i64 {
    let len = len as i64;
    let needle_len = needle_len as i64;
    if offset < 0 {
        if offset + len >= 0 {
            len + offset
        } else if forward || needle_len == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle_len <= len {
        offset
    } else if needle_len == 0 {
        len
    } else if forward {
        -1
    } else {
        len - 1
    }
}

/// Searches `hay` for `needle` from `offset` (node's `bidirectionalIndexOf`).
fn search(hay: &[u8], needle: &[u8], offset: i64, forward: bool) -> i64 {
    let start = index_of_offset(hay.len(), offset, needle.len(), forward);
    if needle.is_empty() {
        return start;
    }
    if hay.is_empty() || start < 0 || needle.len() > hay.len() {
        return -1;
    }
    let start = start as usize;
    if forward {
        if needle.len() + start > hay.len() {
            return -1;
        }
        hay[start..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map_or(-1, |p| (p + start) as i64)
    } else {
        let last = start.min(hay.len() - needle.len());
        (0..=last)
            .rev()
            .find(|&i| hay.get(i..i + needle.len()) == Some(needle))
            .map_or(-1, |i| i as i64)
    }
}

fn index_of_impl(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    forward: bool,
) -> JsResult<i64> {
    let view = this_view(cx, this)?;
    let value = arg(args, 0);
    let mut offset_v = arg(args, 1);
    let mut enc_v = arg(args, 2);
    if let Value::String(_) = offset_v {
        enc_v = offset_v;
        offset_v = Value::Undefined;
    }
    let mut offset = match offset_v {
        Value::Undefined => f64::NAN,
        v => cx.to_number(v)?,
    };
    offset = offset.clamp(-2147483648.0, 2147483647.0);
    if offset.is_nan() {
        offset = if forward { 0.0 } else { view.len as f64 };
    }
    let offset = offset.trunc() as i64;
    let needle = match value {
        Value::Number(n) => {
            let byte = (n as i64 as u32 & 0xff) as u8;
            let byte = if n.is_finite() { byte } else { 0 };
            vec![byte]
        }
        Value::String(s) => {
            let enc = encoding_arg(cx, enc_v)?;
            encoding::encode(cx.str(s).units(), enc)
        }
        _ => match cx.byte_view(value) {
            Some(v) => v.to_vec(),
            None => {
                return Err(invalid_arg_type(
                    cx,
                    "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array",
                    value,
                ))
            }
        },
    };
    Ok(view.with(|hay| search(hay, &needle, offset, forward)))
}

fn buffer_index_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(Value::Number(index_of_impl(cx, this, args, true)? as f64))
}

fn buffer_last_index_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(Value::Number(index_of_impl(cx, this, args, false)? as f64))
}

fn buffer_includes(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(Value::Bool(index_of_impl(cx, this, args, true)? != -1))
}

fn buffer_fill(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    fill_impl(
        cx,
        this,
        arg(args, 0),
        arg(args, 1),
        arg(args, 2),
        arg(args, 3),
    )
}

/// node's `_fill(buf, value, offset, end, encoding)`.
fn fill_impl(
    cx: &mut Interpreter,
    buf: Value,
    value: Value,
    mut offset: Value,
    mut end: Value,
    mut enc: Value,
) -> JsResult<Value> {
    let view = this_view(cx, buf)?;
    let mut pattern: Option<Vec<u8>> = None;
    let mut text: Option<(Units, Encoding)> = None;
    let mut byte: Option<u8> = None;
    if let Value::String(s) = value {
        if matches!(offset, Value::Undefined | Value::String(_)) {
            enc = offset;
            offset = Value::Number(0.0);
            end = Value::Number(view.len as f64);
        } else if let Value::String(_) = end {
            enc = end;
            end = Value::Number(view.len as f64);
        }
        let encoding = match enc {
            Value::Undefined => Encoding::Utf8,
            Value::String(_) => encoding_arg(cx, enc)?,
            _ => {
                let what = "The \"encoding\" argument must be of type string";
                return Err(invalid_arg_type(cx, what, enc));
            }
        };
        let units = cx.str(s).units().clone();
        if units.is_empty() {
            byte = Some(0);
        } else {
            text = Some((units, encoding));
        }
    } else if let Some(v) = cx.byte_view(value) {
        pattern = Some(v.to_vec());
    } else {
        let n = cx.to_number(value)?;
        byte = Some(number_to_byte(n));
    }
    let (start, stop) = if matches!(offset, Value::Undefined) {
        (0, view.len)
    } else {
        let s = validate_integer(cx, offset, "offset", 0.0, MAX_LENGTH)?;
        let e = match end {
            Value::Undefined => view.len as f64,
            v => validate_integer(cx, v, "end", 0.0, view.len as f64)?,
        };
        if s >= e {
            return Ok(buf);
        }
        if e > view.len as f64 {
            return Err(bounds_error_plain(cx));
        }
        (s as usize, e as usize)
    };
    if start >= stop {
        return Ok(buf);
    }
    // The string's bytes repeat over the range; a string that encodes to
    // nothing (bad hex) is an invalid value, but only for a non-empty range.
    if let Some((units, encoding)) = &text {
        pattern = Some(encoding::encode(units, *encoding));
    }
    if pattern.as_ref().is_some_and(Vec::is_empty) {
        let shown = cx.inspect(value);
        return Err(coded_error(
            cx,
            ErrorKind::Type,
            "ERR_INVALID_ARG_VALUE",
            &format!("The argument 'value' is invalid. Received {shown}"),
        ));
    }
    view.with_mut(|bytes| {
        let Some(target) = bytes.get_mut(start..stop) else {
            return;
        };
        match (&pattern, byte) {
            (Some(p), _) => {
                for (i, b) in target.iter_mut().enumerate() {
                    *b = p[i % p.len()];
                }
            }
            (None, Some(x)) => target.fill(x),
            (None, None) => {}
        }
    });
    Ok(buf)
}

/// `buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]])`.
fn buffer_copy(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let source = this_view(cx, this)?;
    let Some(target) = cx.byte_view(arg(args, 0)) else {
        return Err(not_a_buffer(cx, "target", arg(args, 0)));
    };
    let target_start = match arg(args, 1) {
        Value::Undefined => 0.0,
        v => {
            let n = to_integer_or(cx, v, 0.0)?;
            if n < 0.0 {
                return Err(out_of_range(cx, "targetStart", ">= 0", n));
            }
            n
        }
    };
    let source_start = match arg(args, 2) {
        Value::Undefined => 0.0,
        v => {
            let n = to_integer_or(cx, v, 0.0)?;
            if n < 0.0 || n > source.len as f64 {
                let range = format!(">= 0 && <= {}", source.len);
                return Err(out_of_range(cx, "sourceStart", &range, n));
            }
            n
        }
    };
    let source_end = match arg(args, 3) {
        Value::Undefined => source.len as f64,
        v => {
            let n = to_integer_or(cx, v, 0.0)?;
            if n < 0.0 {
                return Err(out_of_range(cx, "sourceEnd", ">= 0", n));
            }
            n
        }
    };
    if target_start >= target.len as f64 || source_start >= source_end {
        return Ok(Value::Number(0.0));
    }
    let bytes = source
        .sub(
            source_start as usize,
            source_end.min(source.len as f64) as usize,
        )
        .to_vec();
    let n = target.write_at(target_start as usize, &bytes);
    Ok(Value::Number(n as f64))
}

/// `buf.write(string[, offset[, length]][, encoding])`.
fn buffer_write(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let Value::String(s) = arg(args, 0) else {
        return Err(coded_error(
            cx,
            ErrorKind::Type,
            "ERR_INVALID_ARG_TYPE",
            "argument must be a string",
        ));
    };
    let len = view.len as f64;
    let (offset, length, enc) = match (arg(args, 1), arg(args, 2)) {
        (Value::Undefined, _) => (0.0, len, Value::Undefined),
        (e @ Value::String(_), Value::Undefined) => (0.0, len, e),
        (o, l) => {
            let offset = validate_integer(cx, o, "offset", 0.0, len)?;
            let remaining = len - offset;
            match l {
                Value::Undefined => (offset, remaining, arg(args, 3)),
                e @ Value::String(_) => (offset, remaining, e),
                l => {
                    let l = validate_integer(cx, l, "length", 0.0, len)?;
                    (offset, l.min(remaining), arg(args, 3))
                }
            }
        }
    };
    let enc = encoding_arg(cx, enc)?;
    let bytes = encoding::encode_limited(cx.str(s).units(), enc, length as usize);
    let n = view.write_at(offset as usize, &bytes);
    Ok(Value::Number(n as f64))
}

/// `buf.slice(start, end)` and `buf.subarray(start, end)`: a view sharing memory.
fn buffer_slice(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    let start = adjust_offset(cx, arg(args, 0), view.len)?;
    let end = match arg(args, 1) {
        Value::Undefined => view.len,
        v => adjust_offset(cx, v, view.len)?,
    };
    let sub = view.sub(start, end.max(start));
    Ok(Value::Object(cx.buffer_from_view(sub)))
}

fn swap(cx: &mut Interpreter, this: Value, width: usize) -> JsResult<Value> {
    let view = this_view(cx, this)?;
    if view.len % width != 0 {
        let bits = width * 8;
        return Err(coded_error(
            cx,
            ErrorKind::Range,
            "ERR_INVALID_BUFFER_SIZE",
            &format!("Buffer size must be a multiple of {bits}-bits"),
        ));
    }
    view.with_mut(|bytes| bytes.chunks_exact_mut(width).for_each(<[u8]>::reverse));
    Ok(this)
}

fn buffer_swap16(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    swap(cx, this, 2)
}

fn buffer_swap32(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    swap(cx, this, 4)
}

fn buffer_swap64(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    swap(cx, this, 8)
}

/// What `Buffer.prototype.toString` gives for the whole buffer in `enc`, for
/// natives elsewhere (`TextDecoder`).
pub fn decode_all(cx: &mut Interpreter, v: Value, enc: Encoding) -> Option<Value> {
    let view = cx.byte_view(v)?;
    let units: Units = view.with(|b| encoding::decode(b, enc));
    Some(cx.new_str_value(units))
}
