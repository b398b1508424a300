//! The interpreter state: the heap, the intern table, the realm's intrinsics and
//! the evaluation registers (value stack, current environment, frames).
//!
//! Garbage-collection roots are all visible here, in `collect_garbage`: the realm,
//! the atoms, the value stack (locals and rooted temporaries), the saved frames,
//! the registers, template objects and the host's persistent handles.

use std::collections::HashMap;
use std::rc::Rc;

use nodelet_parser::Span;

use crate::atoms::{self, Atoms};
use crate::env::{Env, EnvRef};
use crate::gc::{Arena, GcRef, Tracer};
use crate::ir::FunctionCode;
use crate::object::{JsObject, ObjectKind};
use crate::realm::Realm;
use crate::string::{JsString, Units};
use crate::value::{Atom, ObjRef, PropKey, StrRef, SymRef, SymbolData, Value};

/// The deepest JavaScript call nesting before `RangeError: Maximum call stack size
/// exceeded`: enough for a script to recurse 10,000 calls deep on top of its module
/// wrapper and a few callers (node allows about 10,800 to 14,000 simple frames).
pub const MAX_DEPTH: usize = 12_000;

/// A script's text and file name, shared by every function compiled from it (for
/// `Function.prototype.toString` and for stack-trace positions).
pub struct Script {
    pub filename: String,
    pub source: Rc<str>,
    line_starts: Vec<u32>,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Script({})", self.filename)
    }
}

impl Script {
    pub fn new(filename: &str, source: &str) -> Script {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Script {
            filename: filename.to_string(),
            source: source.into(),
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0) as usize;
        let end = (offset as usize).min(self.source.len());
        let col = self.source.get(start..end).map_or(0, |s| s.chars().count());
        (line, col + 1)
    }

    pub fn text(&self, span: Span) -> &str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

/// A thrown value travelling up the Rust stack, or a request to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exc {
    /// A JavaScript exception (`throw`); the thrown value waits in
    /// `Interpreter::exception`, which keeps `JsResult<Value>` two words wide.
    Throw,
    /// `process.exit(code)`: unwinds everything, no `finally` or `catch` runs.
    Exit(i32),
    /// A generator is suspending at a `yield`; statements record where they were
    /// as it passes (see `suspend.rs`).
    Suspend,
    /// An optional chain short-circuited; caught by the enclosing chain boundary.
    ShortCircuit,
}

pub type JsResult<T> = Result<T, Exc>;

/// What the caller saved when a function was entered.
pub struct Frame {
    pub env: Option<EnvRef>,
    pub base: usize,
    pub span: Span,
    pub code: Option<Rc<FunctionCode>>,
    pub func: Option<ObjRef>,
    pub is_construct: bool,
}

/// Callbacks the host (the runtime crate) provides. The interpreter never does I/O
/// itself; everything outside the language goes through here.
///
/// The host's own globals (`process`, `require`, timers) are ordinary native
/// functions it installs with [`Interpreter::global`] and
/// [`Interpreter::make_native`]; inside them, [`Interpreter::host_mut`] plus
/// [`Host::as_any`] reach the host's state (its event loop, its module cache).
/// Promise jobs and `queueMicrotask` callbacks wait in the interpreter's job
/// queue until the host calls [`Interpreter::run_jobs`] (node drains it after the
/// main script and after every callback).
pub trait Host {
    /// Writes text for `console.log`/`console.info`/`console.debug` (`to_stderr`
    /// false) or `console.error`/`console.warn` (true).
    fn write(&mut self, text: &str, to_stderr: bool);
    /// The host itself, for natives that need its state (`Some(self)`).
    fn as_any(&mut self) -> Option<&mut dyn std::any::Any> {
        None
    }
    /// The spec's HostPromiseRejectionTracker: `promise` was rejected with no
    /// handler (`handled` false), or got its first handler after that (true).
    fn promise_rejection_tracker(&mut self, promise: Value, handled: bool) {
        let _ = (promise, handled);
    }
    /// Calls `visit` with every value the host holds (timer callbacks, queued
    /// ticks): the collector treats them as roots.
    fn trace_roots(&self, visit: &mut dyn FnMut(Value)) {
        let _ = visit;
    }
}

/// The default host: prints to the process's stdout and stderr.
pub struct StdHost;

impl Host for StdHost {
    fn write(&mut self, text: &str, to_stderr: bool) {
        use std::io::Write;
        if to_stderr {
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(text.as_bytes());
        } else {
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(text.as_bytes());
        }
    }
}

/// One JavaScript realm with its heap, global object and intrinsics.
pub struct Interpreter {
    pub(crate) objects: Arena<JsObject>,
    pub(crate) strings: Arena<JsString>,
    pub(crate) symbols: Arena<SymbolData>,
    pub(crate) envs: Arena<Env>,
    pub(crate) atoms: Atoms,
    pub realm: Realm,
    /// Locals of every active frame, then rooted temporaries.
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    // Registers of the running function.
    pub(crate) env: Option<EnvRef>,
    pub(crate) base: usize,
    pub(crate) cur_span: Span,
    pub(crate) cur_code: Option<Rc<FunctionCode>>,
    pub(crate) cur_func: Option<ObjRef>,
    pub(crate) cur_construct: bool,
    /// The value a `return` statement is carrying up to its function.
    pub(crate) return_value: Value,
    /// The source of the expression about to be iterated (for "x is not iterable").
    pub(crate) iterable_source: Option<Span>,
    /// Jobs waiting to run (functions called with no arguments), FIFO.
    pub(crate) jobs: std::collections::VecDeque<Value>,
    /// What the host passes as `require` to each module.
    pub(crate) require: Value,
    /// The `module` object the host made for the main script, if any.
    pub(crate) main_module: Value,
    /// The value of the exception in flight (`Exc::Throw`).
    pub(crate) exception: Value,
    /// Where the exception in flight was thrown (for the uncaught report).
    pub(crate) throw_site: Option<(Rc<Script>, Span)>,
    pub(crate) template_sites: Vec<Option<ObjRef>>,
    /// Compiled regular-expression literals by the atoms of their pattern and
    /// flags (`builtins/regexp.rs`).
    pub(crate) regexp_literals: crate::fxhash::FxHashMap<
        (crate::value::Atom, crate::value::Atom),
        (Rc<regress::Regex>, u8),
    >,
    pub(crate) symbol_registry: HashMap<Units, SymRef>,
    /// Values the host keeps alive (callbacks held by timers, sockets, …).
    pub(crate) persistent: Vec<Value>,
    allocations: usize,
    gc_threshold: usize,
    gc_stress: bool,
    /// `--trace-eval`: print every expression evaluated, with its value.
    pub(crate) eval_trace: Option<Box<crate::eval::trace::EvalTrace>>,
    pub(crate) host: Box<dyn Host>,
    pub(crate) argv: Vec<String>,
    /// `console.group` indentation and other console state.
    pub(crate) console_indent: usize,
    pub(crate) console_counts: HashMap<String, u64>,
    pub(crate) console_timers: HashMap<String, std::time::Instant>,
    /// Arrays being joined (cycle guard for `Array.prototype.join`).
    pub(crate) join_guard: Vec<ObjRef>,
    /// Recycled argument buffers for native calls.
    pub(crate) arg_buffers: Vec<Vec<Value>>,
    /// Generator suspension state: the value being yielded, the records pushed
    /// while unwinding, the records being consumed while resuming, and how the
    /// generator was resumed.
    pub(crate) yield_value: Value,
    pub(crate) suspend_records: Vec<crate::suspend::Resume>,
    pub(crate) resume_records: Vec<crate::suspend::Resume>,
    pub(crate) resume_input: Option<(crate::suspend::ResumeMode, Value)>,
    /// Prototype-chain lookups made without a site cache (`get_from`), by
    /// (start object, key) hash (`property.rs`).
    pub(crate) chain_table: Box<[(PropKey, crate::property::ChainEntry)]>,
    /// For `get_from`'s own lookup: the slot where a key (by hash) was last
    /// found on any object (`property.rs`).
    pub(crate) own_hints: Box<[u32]>,
}

impl Interpreter {
    pub(crate) fn bare() -> Interpreter {
        let mut cx = Interpreter {
            objects: Arena::default(),
            strings: Arena::default(),
            symbols: Arena::default(),
            envs: Arena::default(),
            atoms: Atoms::default(),
            realm: Realm::placeholder(),
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            env: None,
            base: 0,
            cur_span: Span::default(),
            cur_code: None,
            cur_func: None,
            cur_construct: false,
            return_value: Value::Undefined,
            exception: Value::Undefined,
            jobs: std::collections::VecDeque::new(),
            require: Value::Undefined,
            main_module: Value::Undefined,
            iterable_source: None,
            throw_site: None,
            template_sites: Vec::new(),
            regexp_literals: Default::default(),
            symbol_registry: HashMap::new(),
            persistent: Vec::new(),
            allocations: 0,
            gc_threshold: 100_000,
            gc_stress: std::env::var_os("NODELET_GC_STRESS").is_some_and(|v| v == "1"),
            eval_trace: None,
            host: Box::new(StdHost),
            argv: Vec::new(),
            console_indent: 0,
            console_counts: HashMap::new(),
            console_timers: HashMap::new(),
            join_guard: Vec::new(),
            arg_buffers: Vec::new(),
            yield_value: Value::Undefined,
            suspend_records: Vec::new(),
            resume_records: Vec::new(),
            resume_input: None,
            chain_table: crate::property::new_chain_table(),
            own_hints: vec![0; crate::property::OWN_HINTS_SIZE].into_boxed_slice(),
        };
        for text in atoms::WELL_KNOWN {
            cx.intern(text);
        }
        // Every function's `length` and `name` are read-only: recorded once
        // here, so `make_closure` adds them without recording them each time.
        crate::object::note_special(PropKey::Str(atoms::LENGTH));
        crate::object::note_special(PropKey::Str(atoms::NAME));
        cx
    }

    // ---------------------------------------------------------------------------
    // Heap access
    // ---------------------------------------------------------------------------

    #[inline]
    pub fn obj(&self, o: ObjRef) -> &JsObject {
        self.objects.get(o)
    }
    #[inline]
    pub fn obj_mut(&mut self, o: ObjRef) -> &mut JsObject {
        self.objects.get_mut(o)
    }
    #[inline]
    pub fn str(&self, s: StrRef) -> &JsString {
        let js = self.strings.get(s);
        if !js.is_flat() {
            self.flatten(s);
        }
        js
    }

    /// Computes a rope's units, walking its tree with an explicit stack (ropes
    /// built by long loops are deep).
    #[cold]
    fn flatten(&self, s: StrRef) {
        let mut bytes: Vec<u8> = Vec::with_capacity(self.strings.get(s).len());
        let mut wide: Option<Vec<u16>> = None;
        let mut todo = vec![s];
        while let Some(x) = todo.pop() {
            let js = self.strings.get(x);
            if js.is_flat() {
                match (js.units(), &mut wide) {
                    (Units::Latin1(b), None) => bytes.extend_from_slice(b),
                    (u, Some(w)) => u.push_to(w),
                    (u, None) => {
                        let mut w: Vec<u16> = bytes.iter().map(|&b| b as u16).collect();
                        u.push_to(&mut w);
                        wide = Some(w);
                    }
                }
            } else if let Some((l, r)) = js.rope() {
                todo.push(r);
                todo.push(l);
            }
        }
        let units = match wide {
            Some(w) => Units::from_vec16(w),
            None => Units::Latin1(bytes.into_boxed_slice()),
        };
        self.strings.get(s).set_flat(units);
    }

    /// A string joining two strings: a rope when long (see `JsString`).
    pub fn concat_strings_raw(&mut self, a: StrRef, b: StrRef) -> StrRef {
        const ROPE_MIN: usize = 256;
        let len = self.strings.get(a).len() + self.strings.get(b).len();
        if len >= ROPE_MIN {
            self.allocations += 1;
            return self.strings.alloc(JsString::concat(a, b, len));
        }
        let units = self.str(a).units().concat(self.str(b).units());
        self.new_string(units)
    }
    pub fn sym(&self, s: SymRef) -> &SymbolData {
        self.symbols.get(s)
    }
    #[inline]
    pub(crate) fn env_ref(&self, e: EnvRef) -> &Env {
        self.envs.get(e)
    }
    #[inline]
    pub(crate) fn env_mut(&mut self, e: EnvRef) -> &mut Env {
        self.envs.get_mut(e)
    }

    pub fn alloc(&mut self, o: JsObject) -> ObjRef {
        self.allocations += 1;
        self.objects.alloc(o)
    }

    pub fn new_object(&mut self, proto: Option<ObjRef>, kind: ObjectKind) -> ObjRef {
        self.alloc(JsObject::new(proto, kind))
    }

    /// Counts memory an object owns outside the heap (a Buffer's bytes) toward
    /// the next collection, one allocation per 256 bytes, so that reading many
    /// large files does not pile up garbage between collections.
    pub(crate) fn note_external_bytes(&mut self, bytes: usize) {
        self.allocations += bytes / 256;
    }

    pub fn new_plain_object(&mut self) -> ObjRef {
        let proto = self.realm.object_proto;
        self.new_object(Some(proto), ObjectKind::Ordinary)
    }

    pub fn new_array(&mut self, elems: Vec<Value>) -> ObjRef {
        let proto = self.realm.array_proto;
        self.new_object(Some(proto), ObjectKind::Array(elems))
    }

    pub(crate) fn alloc_env(&mut self, parent: Option<EnvRef>, slots: Vec<Value>) -> EnvRef {
        self.allocations += 1;
        self.envs.alloc(Env { parent, slots })
    }

    pub fn new_string(&mut self, units: Units) -> StrRef {
        self.allocations += 1;
        self.strings.alloc(JsString::new(units))
    }

    pub fn string_value(&mut self, s: &str) -> Value {
        Value::String(self.new_string(Units::from_str(s)))
    }

    pub fn new_symbol(&mut self, description: Option<StrRef>) -> SymRef {
        self.allocations += 1;
        self.symbols.alloc(SymbolData {
            method_of: None,
            description,
            registered: false,
            private: false,
        })
    }

    /// The text of a string value, for Rust code (lossy for lone surrogates).
    pub fn rust_string(&self, s: StrRef) -> String {
        self.str(s).units().to_rust_string()
    }

    // ---------------------------------------------------------------------------
    // Atoms
    // ---------------------------------------------------------------------------

    pub fn intern(&mut self, s: &str) -> Atom {
        if !s.is_ascii() {
            return self.intern_owned(Units::from_str(s));
        }
        let bytes = s.as_bytes();
        if let Some(a) = self.atoms.lookup_recent(bytes) {
            return a;
        }
        let a = self.intern_owned(Units::Latin1(bytes.into()));
        self.atoms.remember_recent(bytes, a);
        a
    }

    pub fn intern_units(&mut self, s: &[u16]) -> Atom {
        self.intern_owned(Units::from_u16(s))
    }

    fn intern_owned(&mut self, units: Units) -> Atom {
        if let Some(a) = self.atoms.lookup(&units) {
            return a;
        }
        let s = self.strings.alloc(JsString::new(units.clone()));
        let a = self.atoms.insert(units, s);
        self.str(s).atom.set(Some(a));
        a
    }

    /// The atom for a heap string (cached on the string after the first time).
    pub fn atom_of(&mut self, s: StrRef) -> Atom {
        if let Some(a) = self.str(s).atom.get() {
            return a;
        }
        let units = self.str(s).units().clone();
        let a = self.intern_owned(units);
        self.str(s).atom.set(Some(a));
        a
    }

    #[inline]
    pub fn atom_str(&self, a: Atom) -> StrRef {
        self.atoms.string(a)
    }

    pub fn atom_value(&self, a: Atom) -> Value {
        Value::String(self.atoms.string(a))
    }

    pub fn atom_text(&self, a: Atom) -> String {
        self.rust_string(self.atoms.string(a))
    }

    #[inline]
    pub fn atom_index(&self, a: Atom) -> Option<u32> {
        self.atoms.index(a)
    }

    pub fn index_key(&mut self, i: u32) -> PropKey {
        PropKey::Str(self.intern(&i.to_string()))
    }

    pub fn key_text(&self, k: PropKey) -> String {
        match k {
            PropKey::Str(a) => self.atom_text(a),
            PropKey::Sym(s) => {
                let d = self
                    .sym(s)
                    .description
                    .map(|d| self.rust_string(d))
                    .unwrap_or_default();
                format!("Symbol({d})")
            }
        }
    }

    pub(crate) fn new_template_site(&mut self) -> u32 {
        self.template_sites.push(None);
        self.template_sites.len() as u32 - 1
    }

    // ---------------------------------------------------------------------------
    // Rooting and collection
    // ---------------------------------------------------------------------------

    /// Roots a temporary for the rest of the current native call or frame and
    /// returns it (the value stack is a root; frames truncate it on exit).
    #[inline]
    pub fn root(&mut self, v: Value) -> Value {
        if v.is_heap() {
            self.stack.push(v);
        }
        v
    }

    /// Where the rooted values end now. A host that roots values outside any
    /// call (from the event loop) gives this to [`Interpreter::unroot_to`]
    /// when it is done with them; inside a native function, the call's
    /// return releases them.
    pub fn root_mark(&self) -> usize {
        self.stack.len()
    }

    /// Releases the values rooted since `mark` (see [`Interpreter::root_mark`]).
    pub fn unroot_to(&mut self, mark: usize) {
        self.stack.truncate(mark);
    }

    /// Keeps a value alive until [`Interpreter::unpersist`] (for host callbacks).
    pub fn persist(&mut self, v: Value) -> usize {
        if let Some(i) = self
            .persistent
            .iter()
            .position(|v| matches!(v, Value::Hole))
        {
            self.persistent[i] = v;
            return i;
        }
        self.persistent.push(v);
        self.persistent.len() - 1
    }

    pub fn unpersist(&mut self, handle: usize) {
        if let Some(slot) = self.persistent.get_mut(handle) {
            *slot = Value::Hole;
        }
    }

    /// A safe point: collects if enough was allocated (or always, in stress mode).
    #[inline]
    pub(crate) fn safe_point(&mut self) {
        if self.allocations >= self.gc_threshold || self.gc_stress {
            self.collect_garbage();
        }
    }

    /// Mark and sweep. Every root is listed here.
    pub fn collect_garbage(&mut self) {
        let started = crate::gc_trace::begin(self.allocations);
        let mut t = Tracer::default();
        self.realm.trace(&mut t);
        for &s in self.atoms.all_strings() {
            t.value(Value::String(s));
        }
        for &v in &self.stack {
            t.value(v);
        }
        for f in &self.frames {
            if let Some(e) = f.env {
                t.env(e);
            }
            if let Some(o) = f.func {
                t.object(o);
            }
        }
        if let Some(e) = self.env {
            t.env(e);
        }
        if let Some(o) = self.cur_func {
            t.object(o);
        }
        t.value(self.return_value);
        t.value(self.exception);
        t.value(self.require);
        t.value(self.main_module);
        for &j in &self.jobs {
            t.value(j);
        }
        t.value(self.yield_value);
        if let Some((_, v)) = self.resume_input {
            t.value(v);
        }
        for r in self
            .suspend_records
            .iter()
            .chain(self.resume_records.iter())
        {
            r.trace(&mut t);
        }
        for o in self.template_sites.iter().flatten() {
            t.object(*o);
        }
        for &s in self.symbol_registry.values() {
            t.value(Value::Symbol(s));
        }
        for &v in &self.persistent {
            t.value(v);
        }
        self.host.trace_roots(&mut |v| t.value(v));
        while let Some(r) = t.gray.pop() {
            match r {
                GcRef::Object(o) => {
                    if self.objects.mark(o) {
                        self.objects.get(o).trace(&mut t);
                    }
                }
                GcRef::String(s) => {
                    if self.strings.mark(s) {
                        if let Some((l, r)) = self.strings.get(s).rope() {
                            t.value(Value::String(l));
                            t.value(Value::String(r));
                        }
                    }
                }
                GcRef::Symbol(s) => {
                    if self.symbols.mark(s) {
                        if let Some(d) = self.symbols.get(s).description {
                            t.value(Value::String(d));
                        }
                    }
                }
                GcRef::Env(e) => {
                    if self.envs.mark(e) {
                        let env = self.envs.get(e);
                        if let Some(p) = env.parent {
                            t.env(p);
                        }
                        for &v in &env.slots {
                            t.value(v);
                        }
                    }
                }
            }
        }
        self.objects.sweep();
        self.strings.sweep();
        self.symbols.sweep();
        self.envs.sweep();
        self.allocations = 0;
        let live = self.objects.live() + self.strings.live() + self.envs.live();
        self.gc_threshold = (live * 2).max(100_000);
        crate::gc_trace::end(started, self.heap_stats());
    }

    /// Collects at every safe point (finds missing roots; `NODELET_GC_STRESS=1`).
    pub fn set_gc_stress(&mut self, on: bool) {
        self.gc_stress = on;
    }

    /// Numbers of live objects, strings and environments (for tests and tuning).
    pub fn heap_stats(&self) -> (usize, usize, usize) {
        (self.objects.live(), self.strings.live(), self.envs.live())
    }
}
