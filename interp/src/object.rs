//! Objects: a prototype link, a kind (what makes an array, a function or an error
//! special) and an ordered property map with attributes and accessors.
//!
//! The property map keeps insertion order in two parallel vectors and adds a hash
//! index once an object grows past a few properties. Property reads in the evaluator
//! pass an inline-cache hint (the slot index found last time at that site), so a
//! monomorphic access checks one key instead of searching; this is the place where
//! shared shapes (hidden classes) would slot in later without changing callers.
//!
//! Reads through the prototype chain are cached per site against a global
//! *prototype epoch* (`proto_epoch`): a map that has served as a link of a cached
//! chain is *watched*, and any change to a watched map's set of keys (or to its
//! object's prototype, see `Interpreter::set_proto`) starts a new epoch, which
//! invalidates every cached chain at once.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use smallvec::SmallVec;

use crate::env::EnvRef;
use crate::fxhash::FxHashMap;
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

/// How many atoms `SPECIAL_NAMES` has a bit for; a name numbered past them
/// counts as possibly special, which only costs its stores the slow path.
const SPECIAL_NAME_BITS: usize = 1 << 18;

/// One bit per atom: set once any object has held a property of that name
/// that is an accessor or read-only. Assignment uses it to skip the prototype
/// chain: for a name never special anywhere, an inherited property cannot
/// refuse the write or divert it to a setter, so `o.name = v` only concerns
/// `o`'s own properties. Bits are never cleared (a stale bit only costs the
/// slow path), and interpreters share the set.
///
/// A fixed table of relaxed atomics rather than a growable thread-local
/// vector, for the same reason as `PROTO_EPOCH`: every store that adds a
/// property reads it, and a plain static costs that read one load, where a
/// thread-local `RefCell` costs an initialisation test and a borrow. The
/// table is zero-filled memory (32 KiB) that pages in as names are marked.
/// Interpreters on other threads, whose atoms number other names, only share
/// the marks, which costs them extra slow paths, never a wrong store: a
/// thread sees its own marks in program order.
static SPECIAL_NAMES: [AtomicU64; SPECIAL_NAME_BITS / 64] =
    [const { AtomicU64::new(0) }; SPECIAL_NAME_BITS / 64];

/// Records that `key` has been an accessor or read-only property somewhere.
pub(crate) fn note_special(key: PropKey) {
    if let PropKey::Str(a) = key {
        let (word, bit) = ((a.0 / 64) as usize, a.0 % 64);
        // A load first: most calls mark a name already marked, and a read
        // costs less than a locked read-modify-write.
        if let Some(w) = SPECIAL_NAMES.get(word) {
            if w.load(Ordering::Relaxed) & (1 << bit) == 0 {
                w.fetch_or(1 << bit, Ordering::Relaxed);
            }
        }
    }
}

/// Whether the property name `a` may be an accessor or read-only property on
/// some object (see `SPECIAL_NAMES`).
#[inline]
pub fn maybe_special_name(a: crate::value::Atom) -> bool {
    let (word, bit) = ((a.0 / 64) as usize, a.0 % 64);
    SPECIAL_NAMES
        .get(word)
        .is_none_or(|w| w.load(Ordering::Relaxed) & (1 << bit) != 0)
}

/// The prototype epoch: bumped whenever a watched object (one that a cached
/// prototype-chain lookup went through) gains or loses a key or changes its
/// prototype. A cached chain lookup is valid only while the epoch is the one
/// it was filled in; it starts at 1 so a zeroed cache never matches.
///
/// One counter for the whole process rather than one per thread: reading a
/// plain static is a single load, where a thread-local read costs the hot
/// inline-cache paths a (relaxed) call and the register saves around it.
/// Interpreters on other threads only share the bumps, which costs them extra
/// misses; bumps use an atomic add, so the counter never goes back to a value
/// an entry was filled in.
static PROTO_EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current prototype epoch (see `PROTO_EPOCH`).
#[inline(always)]
pub fn proto_epoch() -> u64 {
    PROTO_EPOCH.load(Ordering::Relaxed)
}

/// Starts a new prototype epoch: every cached prototype-chain lookup misses once.
#[cold]
#[inline(never)]
pub fn bump_proto_epoch() {
    PROTO_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// The `bloom` bit that marks a map as watched (see `PropertyMap::watch`); keys
/// use the other 63 bits.
const WATCHED: u64 = 1 << 63;

/// Objects with more properties than this get a hash index.
const INDEX_THRESHOLD: usize = 24;

/// How many properties an object holds inline, without a heap block of its own.
/// An object with more costs a malloc when it is filled and a free when the
/// collector sweeps it. One, not more: each inline entry takes 48 bytes of
/// every object, empty arrays and functions included, and at one the whole
/// object stays within 128 bytes, which the compiler moves with a few vector
/// instructions instead of a call to `memcpy` (every allocation moves an object
/// into its arena slot, and every collection drops many).
const INLINE_PROPS: usize = 1;

/// How many entries a map gets room for when it first outgrows its inline
/// slot by adding properties one at a time (`PropertyMap::spill`).
const MIN_SPILLED: usize = 4;

/// Own properties in insertion order: one vector of (key, property) entries. The
/// first `INLINE_PROPS` live inside the object itself; a bigger object costs one
/// allocation.
#[derive(Default)]
pub struct PropertyMap {
    entries: SmallVec<[(PropKey, Property); INLINE_PROPS]>,
    /// Boxed: most objects never grow one, and an empty `Option<HashMap>` inline
    /// would cost every object 48 bytes instead of 8. Keys are atoms and symbol
    /// handles, so the fast hasher (`fxhash.rs`) is safe here.
    #[allow(clippy::box_collection)] // The point is the 8-byte field, as said above.
    index: Option<Box<FxHashMap<PropKey, u32>>>,
    /// One bit per key present (`key_bit`), possibly with stale bits after a
    /// removal: a clear bit proves the key absent without a search. Most
    /// lookups that miss are method names looked for on an instance before its
    /// prototype, and this answers them in a few instructions. The top bit is
    /// not a key bit but the `WATCHED` flag, kept here so the flag costs no space.
    bloom: u64,
}

/// The `bloom` bit standing for `key`. Atoms are numbered in the order they are
/// first seen, so the names of one object usually land on different bits. Bit
/// 63 is the `WATCHED` flag, so keys that would use it share bit 62.
#[inline]
fn key_bit(key: PropKey) -> u64 {
    let n = match key {
        PropKey::Str(a) => a.0,
        PropKey::Sym(s) => s.index,
    };
    1u64 << (n & 63).min(62)
}

impl PropertyMap {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether `key` may be present: false proves it absent (the bloom filter).
    #[inline]
    pub fn may_have(&self, key: PropKey) -> bool {
        self.bloom & key_bit(key) != 0
    }

    /// Whether a cached prototype-chain lookup has gone through this map.
    #[inline]
    pub fn is_watched(&self) -> bool {
        self.bloom & WATCHED != 0
    }

    /// Marks the map as a link of a cached prototype chain: from now on, adding
    /// or removing a key starts a new prototype epoch. The mark is never cleared.
    #[inline]
    pub fn watch(&mut self) {
        self.bloom |= WATCHED;
    }

    /// The key at slot `i`.
    #[inline]
    pub fn key_at(&self, i: usize) -> Option<PropKey> {
        self.entries.get(i).map(|(k, _)| *k)
    }

    #[inline]
    pub fn find(&self, key: PropKey) -> Option<usize> {
        if self.bloom & key_bit(key) == 0 {
            return None;
        }
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
        // The key filter inline: a site that adds a key misses here every
        // time, and should not pay a call to learn so.
        if self.bloom & key_bit(key) == 0 {
            return None;
        }
        let found = self.find(key)?;
        hint.set(found as u32);
        Some(found)
    }

    /// The value of slot `i` when it holds `key` as a data property: an
    /// inline-cache hint checked and read in one step, with one look at the
    /// vector (inline or spilled) instead of one per step.
    #[inline(always)]
    pub fn data_at(&self, key: PropKey, i: usize) -> Option<Value> {
        match self.entries.get(i) {
            Some((k, p)) if *k == key => match p.slot {
                Slot::Data(v) => Some(v),
                Slot::Accessor { .. } => None,
            },
            _ => None,
        }
    }

    /// The value cell of slot `i` when it holds `key` as a writable data
    /// property: the store `o.name = v` through an inline-cache hint.
    #[inline(always)]
    pub fn writable_data_at(&mut self, key: PropKey, i: usize) -> Option<&mut Value> {
        match self.entries.get_mut(i) {
            Some((k, p)) if *k == key && p.attrs & WRITABLE != 0 => match &mut p.slot {
                Slot::Data(v) => Some(v),
                Slot::Accessor { .. } => None,
            },
            _ => None,
        }
    }

    /// The key and property at slot `i` (an inline-cache hint checked and
    /// used in one step).
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(PropKey, &Property)> {
        self.entries.get(i).map(|(k, p)| (*k, p))
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Property> {
        self.entries.get(i).map(|(_, p)| p)
    }
    /// A property to update in place. Callers may change its value, or make it
    /// a writable data property, but must not make it read-only or an accessor:
    /// that goes through `insert`, which records the name (`SPECIAL_NAMES`).
    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Property> {
        self.entries.get_mut(i).map(|(_, p)| p)
    }
    pub fn lookup(&self, key: PropKey) -> Option<&Property> {
        self.find(key).and_then(|i| self.get(i))
    }

    /// An empty map with room for `n` properties (the size objects made by the
    /// same constructor reached last time), so filling it does not reallocate.
    pub fn with_capacity(n: usize) -> PropertyMap {
        let index = (n > INDEX_THRESHOLD).then(|| {
            let mut index = FxHashMap::default();
            index.reserve(n);
            Box::new(index)
        });
        // A map bigger than the inline room starts on the heap directly:
        // `SmallVec::with_capacity` would first make an inline vector and
        // then grow it, a copy and a reallocation check for every new object.
        let entries = if n > INLINE_PROPS {
            SmallVec::from_vec(Vec::with_capacity(n))
        } else {
            SmallVec::new()
        };
        PropertyMap {
            entries,
            index,
            bloom: 0,
        }
    }

    /// Appends a property the caller has just looked for and not found (saves
    /// `insert`'s second search).
    #[inline]
    pub fn push_new(&mut self, key: PropKey, prop: Property) {
        if !prop.writable() || !matches!(prop.slot, Slot::Data(_)) {
            note_special(key);
        }
        if self.is_watched() {
            bump_proto_epoch();
        }
        let i = self.entries.len();
        self.entries.push((key, prop));
        self.bloom |= key_bit(key);
        if let Some(index) = &mut self.index {
            index.insert(key, i as u32);
        } else if self.entries.len() > INDEX_THRESHOLD {
            self.rebuild_index();
        }
    }

    /// Appends a property to a map that does not hold `key`, when `key` is
    /// already recorded as possibly special (`note_special`) if `prop` is
    /// read-only or an accessor: a new function's `length` and `name`.
    #[inline(always)]
    pub(crate) fn push_new_noted(&mut self, key: PropKey, prop: Property) {
        if self.is_watched() {
            bump_proto_epoch();
        }
        self.entries.push((key, prop));
        self.bloom |= key_bit(key);
        // Small maps have no index: the common add stops at this one test, and
        // the hashing stays out of line, out of every inlined copy of this.
        if self.index.is_some() || self.entries.len() > INDEX_THRESHOLD {
            self.index_last(key);
        }
    }

    /// Appends a new ordinary data property (writable, enumerable,
    /// configurable) under `key`, which the caller has just looked for and not
    /// found: the plain `obj.k = v` that adds a key. Such a property is never
    /// special (`note_special`), so unlike `push_new` there is nothing to note,
    /// and it is inlined into the assignment paths that call it.
    #[inline(always)]
    pub(crate) fn push_data(&mut self, key: PropKey, value: Value) {
        self.push_new_noted(key, Property::data(value, DEFAULT_ATTRS));
    }

    /// `push_data` for a property added by assignment (`obj.k = v`), which
    /// may be one of several to come: a full map grows with slack
    /// (`spill`). Object literals and constructors' objects are sized
    /// beforehand and use `push_data`, without this test.
    #[inline(always)]
    pub(crate) fn push_assigned(&mut self, key: PropKey, value: Value) {
        // Only the move out of the inline slot takes slack: one test of the
        // capacity field for a spilled map (a constructor's, pre-sized).
        if !self.entries.spilled() && self.entries.len() == INLINE_PROPS {
            self.spill();
        }
        self.push_data(key, value);
    }

    /// Gives `key` an ordinary data property holding `value` (writable,
    /// enumerable, configurable), replacing whatever property it had in place
    /// or appending it: a property of an object literal, which defines rather
    /// than assigns, on a fresh plain object no exotic rule applies to.
    #[inline]
    pub(crate) fn put_data(&mut self, key: PropKey, value: Value) {
        match self.find(key) {
            Some(i) => {
                if let Some(p) = self.get_mut(i) {
                    *p = Property::data(value, DEFAULT_ATTRS);
                }
            }
            None => self.push_data(key, value),
        }
    }

    /// Moves a full inline map to the heap with room for `MIN_SPILLED`
    /// entries, not the two that `push` would make: an object that grows by
    /// assignment (`o = {}; o.a = 1; o.b = 2; ...`) usually gets a few
    /// properties, and each doubling is a reallocation and a copy.
    #[cold]
    #[inline(never)]
    fn spill(&mut self) {
        self.entries.reserve(MIN_SPILLED - INLINE_PROPS);
    }

    /// Records the last entry, just pushed under `key`, in the hash index,
    /// building the index when the map has just outgrown linear search. Kept
    /// out of line because only large maps get here.
    #[cold]
    #[inline(never)]
    fn index_last(&mut self, key: PropKey) {
        let i = self.entries.len().saturating_sub(1);
        if let Some(index) = &mut self.index {
            index.insert(key, i as u32);
        } else {
            self.rebuild_index();
        }
    }

    pub fn insert(&mut self, key: PropKey, prop: Property) {
        if !prop.writable() || !matches!(prop.slot, Slot::Data(_)) {
            note_special(key);
        }
        if let Some(i) = self.find(key) {
            if let Some(e) = self.entries.get_mut(i) {
                e.1 = prop;
            }
            return;
        }
        self.push_new(key, prop);
    }

    fn rebuild_index(&mut self) {
        // Room for the entries' capacity: an object still growing then fills
        // its index without rehashing at every doubling.
        let mut index = FxHashMap::default();
        index.reserve(self.entries.capacity().max(2 * self.entries.len()));
        index.extend(
            self.entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (*k, i as u32)),
        );
        self.index = Some(Box::new(index));
    }

    pub fn remove(&mut self, key: PropKey) -> bool {
        let Some(i) = self.find(key) else {
            return false;
        };
        if self.is_watched() {
            bump_proto_epoch();
        }
        self.entries.remove(i);
        let watched = self.bloom & WATCHED;
        self.bloom = self
            .entries
            .iter()
            .fold(watched, |b, (k, _)| b | key_bit(*k));
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
    /// Every property, to change attributes in bulk (`Object.freeze`): each name
    /// is recorded as possibly read-only (`SPECIAL_NAMES`).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Property> {
        for (k, _) in &self.entries {
            note_special(*k);
        }
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

#[cfg(test)]
mod tests {
    /// The layout promise behind `INLINE_PROPS`: an object cell small enough
    /// to be moved without a `memcpy` call.
    #[test]
    fn objects_fit_in_128_bytes() {
        assert!(std::mem::size_of::<super::JsObject>() <= 128);
    }
}
