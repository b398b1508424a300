//! Objects: a prototype link, a kind (what makes an array, a function or an error
//! special) and an ordered property map with attributes and accessors.
//!
//! The property map keeps insertion order in two parallel vectors and adds a hash
//! index once an object grows past a few properties. Property reads in the evaluator
//! pass an inline-cache hint (the slot index found last time at that site), so a
//! monomorphic access checks one key instead of searching; this is the place where
//! shared shapes (hidden classes) would slot in later without changing callers.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::env::EnvRef;
use crate::gc::Tracer;
use crate::interp::Interpreter;
use crate::ir::FunctionCode;
use crate::value::{ObjRef, PropKey, StrRef, SymRef, Value};
use crate::JsResult;

pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// The attributes of a property created by assignment or an object literal.
pub const DEFAULT_ATTRS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
/// The attributes of built-in methods and class methods: not enumerable.
pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;

#[derive(Clone, Copy, Debug)]
pub enum Slot {
    Data(Value),
    Accessor {
        get: Option<ObjRef>,
        set: Option<ObjRef>,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct Property {
    pub slot: Slot,
    pub attrs: u8,
}

impl Property {
    pub fn data(value: Value, attrs: u8) -> Property {
        Property {
            slot: Slot::Data(value),
            attrs,
        }
    }
    pub fn enumerable(&self) -> bool {
        self.attrs & ENUMERABLE != 0
    }
    pub fn writable(&self) -> bool {
        self.attrs & WRITABLE != 0
    }
    pub fn configurable(&self) -> bool {
        self.attrs & CONFIGURABLE != 0
    }
}

/// Objects with more properties than this get a hash index.
const INDEX_THRESHOLD: usize = 12;

/// Own properties in insertion order: one vector of (key, property) entries, so an
/// object with properties costs one allocation.
#[derive(Default)]
pub struct PropertyMap {
    entries: Vec<(PropKey, Property)>,
    /// Boxed: most objects never grow one, and an empty `Option<HashMap>` inline
    /// would cost every object 48 bytes instead of 8.
    #[allow(clippy::box_collection)] // The point is the 8-byte field, as said above.
    index: Option<Box<HashMap<PropKey, u32>>>,
}

impl PropertyMap {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[inline]
    pub fn find(&self, key: PropKey) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(&key).map(|&i| i as usize),
            None => self.entries.iter().position(|(k, _)| *k == key),
        }
    }

    /// `find` with an inline-cache hint: the slot this site found last time.
    #[inline]
    pub fn find_cached(&self, key: PropKey, hint: &Cell<u32>) -> Option<usize> {
        let h = hint.get() as usize;
        if let Some((k, _)) = self.entries.get(h) {
            if *k == key {
                return Some(h);
            }
        }
        let found = self.find(key)?;
        hint.set(found as u32);
        Some(found)
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Property> {
        self.entries.get(i).map(|(_, p)| p)
    }
    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Property> {
        self.entries.get_mut(i).map(|(_, p)| p)
    }
    pub fn lookup(&self, key: PropKey) -> Option<&Property> {
        self.find(key).and_then(|i| self.get(i))
    }

    pub fn insert(&mut self, key: PropKey, prop: Property) {
        if let Some(i) = self.find(key) {
            if let Some(e) = self.entries.get_mut(i) {
                e.1 = prop;
            }
            return;
        }
        let i = self.entries.len();
        self.entries.push((key, prop));
        if let Some(index) = &mut self.index {
            index.insert(key, i as u32);
        } else if self.entries.len() > INDEX_THRESHOLD {
            self.rebuild_index();
        }
    }

    fn rebuild_index(&mut self) {
        self.index = Some(Box::new(
            self.entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (*k, i as u32))
                .collect(),
        ));
    }

    pub fn remove(&mut self, key: PropKey) -> bool {
        let Some(i) = self.find(key) else {
            return false;
        };
        self.entries.remove(i);
        if self.index.is_some() {
            self.rebuild_index();
        }
        true
    }

    pub fn keys(&self) -> impl Iterator<Item = PropKey> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }
    pub fn iter(&self) -> impl Iterator<Item = (PropKey, &Property)> {
        self.entries.iter().map(|(k, p)| (*k, p))
    }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Property> {
        self.entries.iter_mut().map(|(_, p)| p)
    }
}

/// A built-in function implemented in Rust. `new_target` is `Some` when called
/// with `new`.
pub type NativeFn = fn(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    new_target: Option<ObjRef>,
) -> JsResult<Value>;

pub struct NativeFunction {
    pub f: NativeFn,
    /// Whether `new` is allowed.
    pub constructor: bool,
    /// Per-function data for natives that close over something (bound resolvers,
    /// iterator helpers).
    pub data: Value,
}

/// A function written in JavaScript: its code plus the environment it closes over.
pub struct Closure {
    pub code: Rc<FunctionCode>,
    pub env: Option<EnvRef>,
    /// The object `super` looks up from (methods and class members).
    pub home: Option<ObjRef>,
    /// For class constructors: the function that initialises instance fields.
    pub fields: Option<ObjRef>,
}

pub struct BoundFunction {
    pub target: ObjRef,
    pub this: Value,
    pub args: Vec<Value>,
}

/// The parameter slots a mapped arguments object aliases.
pub struct ArgumentsMap {
    pub env: EnvRef,
    pub slots: Vec<Option<u32>>,
}

/// What an object is beyond its properties.
pub enum ObjectKind {
    Ordinary,
    /// Dense elements; `Value::Hole` marks a missing element. `length` is the
    /// vector's length (the fast path for arrays).
    Array(Vec<Value>),
    Function(Box<Closure>),
    Native(NativeFunction),
    Bound(Box<BoundFunction>),
    Error,
    Boolean(bool),
    Number(f64),
    String(StrRef),
    Symbol(SymRef),
    /// An arguments object. In sloppy functions with simple parameters it is
    /// *mapped*: element `i` aliases parameter `i`, which then lives in the
    /// function's environment (`env`, slot per element or `None` once unmapped).
    Arguments(Option<Box<ArgumentsMap>>),
    /// An insertion-ordered map (`Map`) or set (`Set`, values unused).
    Map(Box<crate::builtins::map::MapData>),
    Set(Box<crate::builtins::map::MapData>),
    /// An array, map, set or string iterator's state.
    Iterator(Box<crate::builtins::iterator::IterState>),
    Date(f64),
    /// A regular expression: its compiled matcher, source and flags
    /// (`builtins/regexp.rs`).
    RegExp(Box<crate::builtins::regexp::RegExpData>),
    /// The iterator `String.prototype.matchAll` returns.
    RegExpStringIterator(Box<crate::builtins::regexp::MatchAllState>),
    Generator(Box<crate::suspend::GenState>),
    /// A promise's state and reactions (`builtins/promise.rs`).
    Promise(Box<crate::builtins::promise::PromiseData>),
    /// A `Buffer`: a view (offset, length) on byte storage that views made by
    /// `subarray`/`slice` share (`builtins/buffer.rs`). Indexed like a
    /// `Uint8Array`: integer keys are the bytes, never ordinary properties.
    Bytes(Box<crate::builtins::buffer::ByteView>),
    /// An object the host made (a `Timeout`, an `Immediate`) with internal slots
    /// only the host reads (`host_api.rs`): its callback, delay, flags.
    Host(Box<[Value]>),
}

pub struct JsObject {
    pub proto: Option<ObjRef>,
    pub kind: ObjectKind,
    pub props: PropertyMap,
    pub extensible: bool,
    /// Set by `Object.freeze` on arrays: their elements are read-only.
    pub frozen_elements: bool,
}

impl JsObject {
    pub fn new(proto: Option<ObjRef>, kind: ObjectKind) -> JsObject {
        JsObject {
            proto,
            kind,
            props: PropertyMap::default(),
            extensible: true,
            frozen_elements: false,
        }
    }

    pub fn is_callable(&self) -> bool {
        matches!(
            self.kind,
            ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_)
        )
    }

    /// Pushes every handle this object holds onto the gray stack.
    pub fn trace(&self, t: &mut Tracer) {
        if let Some(p) = self.proto {
            t.object(p);
        }
        for (key, prop) in self.props.iter() {
            if let PropKey::Sym(s) = key {
                t.value(Value::Symbol(s));
            }
            match prop.slot {
                Slot::Data(v) => t.value(v),
                Slot::Accessor { get, set } => {
                    if let Some(g) = get {
                        t.object(g);
                    }
                    if let Some(s) = set {
                        t.object(s);
                    }
                }
            }
        }
        match &self.kind {
            ObjectKind::Array(elems) => elems.iter().for_each(|&v| t.value(v)),
            ObjectKind::Function(c) => {
                if let Some(e) = c.env {
                    t.env(e);
                }
                if let Some(h) = c.home {
                    t.object(h);
                }
                if let Some(f) = c.fields {
                    t.object(f);
                }
            }
            ObjectKind::Native(n) => t.value(n.data),
            ObjectKind::Bound(b) => {
                t.object(b.target);
                t.value(b.this);
                b.args.iter().for_each(|&v| t.value(v));
            }
            ObjectKind::String(s) => t.value(Value::String(*s)),
            ObjectKind::Symbol(s) => t.value(Value::Symbol(*s)),
            ObjectKind::Map(m) | ObjectKind::Set(m) => m.trace(t),
            ObjectKind::Iterator(it) => it.trace(t),
            ObjectKind::Arguments(Some(map)) => t.env(map.env),
            ObjectKind::Generator(g) => g.trace(t),
            ObjectKind::Promise(p) => p.trace(t),
            ObjectKind::Host(slots) => slots.iter().for_each(|&v| t.value(v)),
            ObjectKind::RegExp(r) => t.value(Value::String(r.source)),
            ObjectKind::RegExpStringIterator(it) => it.trace(t),
            ObjectKind::Ordinary
            | ObjectKind::Error
            | ObjectKind::Boolean(_)
            | ObjectKind::Number(_)
            | ObjectKind::Arguments(None)
            | ObjectKind::Bytes(_)
            | ObjectKind::Date(_) => {}
        }
    }
}
