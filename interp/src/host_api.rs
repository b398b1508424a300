//! What the host (the `runtime` crate and its event loop) needs from the
//! interpreter, in one place: call a function value and learn how it ended, run
//! queued jobs one at a time, build native functions that close over data or
//! reach the host's state, and turn exceptions and unhandled rejections into
//! reports. The interpreter stays free of I/O and time; the host drives it.

use crate::builtins::promise::PromiseState;
use crate::interp::{Exc, Interpreter};
use crate::ir::PropCache;
use crate::object::{NativeFn, NativeFunction, ObjectKind, CONFIGURABLE};
use crate::string::Units;
use crate::value::{PropKey, Value};
use crate::Uncaught;

pub use crate::interp::JsResult;
pub use crate::object::NativeFn as HostFn;
pub use crate::value::{Atom, ObjRef, SymRef};

/// A property the host reads or writes again and again on objects made
/// alike (http's per-request fields): its name with an inline cache, as a
/// `.name` in a script has (`ir::PropCache`). `get_atom` finds an inherited
/// property by searching the object first and then a table shared by every
/// site; a site remembers where its name was found, so the next read of an
/// object with the same prototype costs a comparison or two.
#[derive(Debug)]
pub struct HostSite {
    name: Atom,
    cache: PropCache,
}

impl HostSite {
    pub fn new(name: Atom) -> HostSite {
        HostSite {
            name,
            cache: PropCache::default(),
        }
    }

    /// The property's name.
    pub fn name(&self) -> Atom {
        self.name
    }
}

/// How a call from the host ended, when it did not return normally.
#[derive(Debug)]
pub enum CallError {
    /// `process.exit(code)` (or an equivalent request to stop at once).
    Exit(i32),
    /// An exception nobody caught, ready to print.
    Uncaught(Uncaught),
}

impl Interpreter {
    /// Calls `f` with `this` and `args` from outside any JavaScript frame (a
    /// timer firing, a tick running).
    pub fn call_function(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
    ) -> Result<Value, CallError> {
        match self.call(f, this, args) {
            Ok(v) => Ok(v),
            Err(e) => Err(self.call_error(e)),
        }
    }

    /// Turns an exception that reached the host into a [`CallError`].
    pub fn call_error(&mut self, e: Exc) -> CallError {
        match e {
            Exc::Exit(code) => CallError::Exit(code),
            other => CallError::Uncaught(self.uncaught(other)),
        }
    }

    /// The value of the exception being thrown (after `type_error` and friends
    /// return their `Exc`), so a host can decorate it (node's `code`).
    pub fn pending_exception(&self) -> Value {
        self.exception
    }

    /// Whether promise jobs or `queueMicrotask` callbacks are waiting.
    pub fn has_pending_jobs(&self) -> bool {
        !self.jobs.is_empty()
    }

    /// Runs the oldest queued job; `None` when the queue is empty.
    pub fn run_next_job(&mut self) -> Option<Result<(), CallError>> {
        let job = self.jobs.pop_front()?;
        Some(self.call_function(job, Value::Undefined, &[]).map(|_| ()))
    }

    /// A native function named `name` whose [`Interpreter::native_data`] is
    /// `data` while it runs.
    pub fn make_native_with_data(
        &mut self,
        name: &str,
        f: NativeFn,
        length: u32,
        data: Value,
    ) -> ObjRef {
        let o = self.make_native(name, f, length, false);
        if let ObjectKind::Native(n) = &mut self.obj_mut(o).kind {
            n.data = data;
        }
        o
    }

    /// A native function with no name and no `length` (cheap; for internal
    /// callbacks that scripts do not see).
    pub fn make_internal_native(&mut self, f: NativeFn, data: Value) -> ObjRef {
        let proto = self.realm.function_proto;
        self.new_object(
            Some(proto),
            ObjectKind::Native(NativeFunction {
                f,
                constructor: false,
                data,
            }),
        )
    }

    /// Defines a non-enumerable method `name` on `target` (for host objects
    /// such as `process` and `Timeout.prototype`).
    pub fn host_method(&mut self, target: ObjRef, name: &str, f: NativeFn, length: u32) -> ObjRef {
        self.method(target, name, f, length)
    }

    /// Defines a method keyed by a symbol (`[Symbol.toPrimitive]`).
    pub fn host_symbol_method(&mut self, target: ObjRef, sym: SymRef, name: &str, f: NativeFn) {
        let func = self.make_native(name, f, 1, false);
        self.define_value(target, PropKey::Sym(sym), Value::Object(func), CONFIGURABLE);
    }

    /// The well-known `Symbol.toPrimitive`.
    pub fn symbol_to_primitive(&self) -> SymRef {
        self.realm.sym_to_primitive
    }

    /// Where the running native was called from, as `file.js:line:col` with the
    /// file's base name (for `--trace-loop`), or `None` at the top.
    pub fn call_site(&self) -> Option<String> {
        let trace = self.stack_trace();
        let first = trace
            .lines()
            .find(|l| !l.trim().is_empty())?
            .trim_start()
            .strip_prefix("at ")?;
        let location = match (first.rfind('('), first.ends_with(')')) {
            (Some(open), true) => &first[open + 1..first.len() - 1],
            _ => first,
        };
        let base = location.rsplit('/').next().unwrap_or(location);
        Some(base.to_string())
    }

    /// The report for a promise rejected with no handler, worded as node's
    /// default (`--unhandled-rejections=throw`) mode prints it.
    pub fn unhandled_rejection_report(&mut self, promise: Value) -> Uncaught {
        let reason = match self.promise_state(promise) {
            Some(PromiseState::Rejected(r)) => r,
            _ => Value::Undefined,
        };
        let is_error =
            matches!(reason, Value::Object(o) if matches!(self.obj(o).kind, ObjectKind::Error));
        let report = if is_error {
            self.inspect(reason)
        } else {
            let shown = match reason {
                Value::String(_)
                | Value::Number(_)
                | Value::Bool(_)
                | Value::Undefined
                | Value::Null => self.primitive_text(reason),
                _ => self.inspect(reason),
            };
            format!(
                "UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{shown}\". {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}"
            )
        };
        Uncaught {
            report,
            location: None,
            exit: None,
        }
    }
}

/// Small conveniences for building host objects.
impl Interpreter {
    /// A new object with the given prototype and no properties.
    pub fn new_object_with_proto(&mut self, proto: ObjRef) -> ObjRef {
        self.new_object(Some(proto), ObjectKind::Ordinary)
    }

    /// Defines a writable, non-enumerable property `name` on `o`.
    pub fn define_hidden(&mut self, o: ObjRef, name: &str, v: Value) {
        let key = PropKey::Str(self.intern(name));
        self.define_value(o, key, v, crate::object::HIDDEN);
    }

    /// Sets property `name` of an object as an assignment would (an ordinary,
    /// enumerable data property when it is new).
    pub fn set_named(&mut self, o: ObjRef, name: &str, v: Value) -> crate::JsResult<()> {
        let key = PropKey::Str(self.intern(name));
        self.set(o, key, v)
    }

    /// Reads property `name` of an object (getters run).
    pub fn get_named(&mut self, o: ObjRef, name: &str) -> crate::JsResult<Value> {
        let key = PropKey::Str(self.intern(name));
        self.get(o, key)
    }
}

/// Reading built-in collections from the host, for natives that take a
/// JavaScript `Map` or array as their input (http's header store).
impl Interpreter {
    /// The live entries of a `Map`, in insertion order; `None` for anything
    /// else.
    pub fn map_entries(&self, o: ObjRef) -> Option<Vec<(Value, Value)>> {
        match &self.obj(o).kind {
            ObjectKind::Map(m) => Some(m.live_entries()),
            _ => None,
        }
    }

    /// `map.set(key, value)` on a `Map` (as the built-in method, without
    /// looking it up).
    pub fn map_set(&mut self, o: ObjRef, key: Value, value: Value) -> crate::JsResult<()> {
        crate::builtins::map::insert(self, Value::Object(o), key, value, "set").map(|_| ())
    }

    /// The elements of an array (holes read as `undefined`); `None` for
    /// anything else.
    pub fn array_elements(&self, v: Value) -> Option<Vec<Value>> {
        let Value::Object(o) = v else { return None };
        match &self.obj(o).kind {
            ObjectKind::Array(elems) => Some(
                elems
                    .iter()
                    .map(|&v| {
                        if matches!(v, Value::Hole) {
                            Value::Undefined
                        } else {
                            v
                        }
                    })
                    .collect(),
            ),
            _ => None,
        }
    }
}

/// Properties by atom, and text as bytes: for natives on a hot path, which
/// intern their property names once instead of at every access, and build
/// protocol text (an HTTP head) without a Rust `String` per piece.
impl Interpreter {
    /// Reads property `name` of an object (getters run).
    pub fn get_atom(&mut self, o: ObjRef, name: Atom) -> crate::JsResult<Value> {
        self.get(o, PropKey::Str(name))
    }

    /// Reads `o[key]` for any key value (a string, symbol or number; getters run).
    pub fn get_by_key(&mut self, o: ObjRef, key: Value) -> crate::JsResult<Value> {
        let key = self.to_property_key(key)?;
        self.get(o, key)
    }

    /// Sets property `name` of an object as an assignment would.
    pub fn set_atom(&mut self, o: ObjRef, name: Atom, v: Value) -> crate::JsResult<()> {
        self.set(o, PropKey::Str(name), v)
    }

    /// `get_atom` through a [`HostSite`]'s inline cache. Inlined into the
    /// host's code like a `.name` read into the evaluator: as a call, saving
    /// and restoring registers for the slow path cost as much as the hit.
    #[inline]
    pub fn get_site(&mut self, o: ObjRef, site: &HostSite) -> crate::JsResult<Value> {
        self.get_cached(o, site.name, &site.cache)
    }

    /// `set_atom` through a [`HostSite`]'s inline cache.
    #[inline]
    pub fn set_site(&mut self, o: ObjRef, site: &HostSite, v: Value) -> crate::JsResult<()> {
        self.set_cached(o, site.name, v, &site.cache.hint)
    }

    /// Appends `String(v)` to `out` as latin1 (each code unit's low byte,
    /// as node's `latin1` encoding writes it).
    pub fn push_latin1(&mut self, v: Value, out: &mut Vec<u8>) -> crate::JsResult<()> {
        // An integer (a status code, a length) is written without a string.
        if let Value::Number(n) = v {
            let mut buf = [0u8; 24];
            if let Some(digits) = crate::number::integer_text(n, &mut buf) {
                out.extend_from_slice(digits);
                return Ok(());
            }
        }
        let s = self.to_string(v)?;
        match self.str(s).units() {
            Units::Latin1(bytes) => out.extend_from_slice(bytes),
            Units::Utf16(units) => out.extend(units.iter().map(|&u| u as u8)),
        }
        Ok(())
    }

    /// Whether every code unit of `String(v)` passes `test`.
    pub fn all_units(&mut self, v: Value, test: impl Fn(u16) -> bool) -> crate::JsResult<bool> {
        let s = self.to_string(v)?;
        Ok(match self.str(s).units() {
            Units::Latin1(bytes) => bytes.iter().all(|&b| test(u16::from(b))),
            Units::Utf16(units) => units.iter().all(|&u| test(u)),
        })
    }

    /// Appends `String(v)` encoded as `encoding` names it (utf8 when it is
    /// not a string or not an encoding), as `socket.write(text, encoding)`
    /// sends it: ASCII text in utf8 or latin1 is copied as it is stored.
    pub fn push_encoded(
        &mut self,
        v: Value,
        encoding: Value,
        out: &mut Vec<u8>,
    ) -> crate::JsResult<()> {
        use crate::builtins::buffer::Encoding;
        let enc = match encoding {
            Value::String(e) => {
                Encoding::parse_units(self.str(e).units()).unwrap_or(Encoding::Utf8)
            }
            _ => Encoding::Utf8,
        };
        self.push_in(v, enc, out)
    }

    /// `push_encoded` with the encoding already known.
    pub fn push_in(
        &mut self,
        v: Value,
        enc: crate::builtins::buffer::Encoding,
        out: &mut Vec<u8>,
    ) -> crate::JsResult<()> {
        use crate::builtins::buffer::Encoding;
        let s = self.to_string(v)?;
        let units = self.str(s).units();
        match (units, enc) {
            (Units::Latin1(bytes), Encoding::Utf8 | Encoding::Latin1) if bytes.is_ascii() => {
                out.extend_from_slice(bytes)
            }
            (Units::Latin1(bytes), Encoding::Latin1) => out.extend_from_slice(bytes),
            _ => out.extend(crate::builtins::buffer::encode(units, enc)),
        }
        Ok(())
    }

    /// The length in bytes of `v` (a string) in `encoding`; 0 for anything
    /// else.
    pub fn string_byte_length(
        &self,
        v: Value,
        encoding: crate::builtins::buffer::Encoding,
    ) -> usize {
        match v {
            Value::String(s) => crate::builtins::buffer::byte_length(self.str(s).units(), encoding),
            _ => 0,
        }
    }

    /// The interned (permanent) string `s`: for the few constant texts a
    /// native passes to JavaScript on a hot path, which then cost no
    /// allocation and need no rooting.
    pub fn interned_string(&mut self, s: &str) -> Value {
        let atom = self.intern(s);
        Value::String(self.atoms.string(atom))
    }

    /// A string of the latin1 text `bytes` (one code unit per byte).
    pub fn latin1_string(&mut self, bytes: Vec<u8>) -> Value {
        Value::String(self.new_string(Units::Latin1(bytes.into_boxed_slice())))
    }

    /// Whether `v` is the string `s` (ASCII).
    pub fn is_ascii_string(&self, v: Value, s: &str) -> bool {
        matches!(v, Value::String(r) if self.str(r).units().eq_ascii(s))
    }
}

/// Host objects: objects with internal slots that only the host reads and
/// writes (a `Timeout` keeps its callback, delay and flags there), so they cost
/// one allocation for the slots and no property table.
impl Interpreter {
    /// A new host object with the given prototype and internal slots.
    pub fn new_host_object(&mut self, proto: ObjRef, slots: Vec<Value>) -> ObjRef {
        self.new_object(Some(proto), ObjectKind::Host(slots.into_boxed_slice()))
    }

    /// A host object that only carries slots (a native function's private
    /// data): its prototype is `Object.prototype`, and scripts never see it.
    pub fn new_slots(&mut self, slots: Vec<Value>) -> ObjRef {
        let proto = self.realm.object_proto;
        self.new_host_object(proto, slots)
    }

    /// Whether `o` is a host object.
    pub fn is_host_object(&self, o: ObjRef) -> bool {
        matches!(self.obj(o).kind, ObjectKind::Host(_))
    }

    /// Internal slot `i` of a host object, or `undefined`.
    pub fn host_slot(&self, o: ObjRef, i: usize) -> Value {
        match &self.obj(o).kind {
            ObjectKind::Host(slots) => slots.get(i).copied().unwrap_or(Value::Undefined),
            _ => Value::Undefined,
        }
    }

    /// Sets internal slot `i` of a host object (if it has that many).
    pub fn set_host_slot(&mut self, o: ObjRef, i: usize, v: Value) {
        if let ObjectKind::Host(slots) = &mut self.obj_mut(o).kind {
            if let Some(slot) = slots.get_mut(i) {
                *slot = v;
            }
        }
    }

    /// The internal slots of a host object from index `from` on.
    pub fn host_slots_from(&self, o: ObjRef, from: usize) -> Vec<Value> {
        match &self.obj(o).kind {
            ObjectKind::Host(slots) => slots.get(from..).map(<[Value]>::to_vec).unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}
