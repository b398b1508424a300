//! Property access: `[[Get]]`, `[[Set]]`, `[[DefineOwnProperty]]`, `[[Delete]]`
//! and own-key enumeration, including the exotic parts of arrays (elements and
//! `length`), strings (indices and `length`) and the prototype chain.
//!
//! Reads that miss the receiver's own properties are answered from a cached
//! chain lookup (`ChainEntry`): per site for `.name` reads (`SiteChain`), or from a shared
//! table keyed by (start object, key) for other reads. An entry says "looking
//! `key` up from `start` ends at slot `i` of `holder` (or finds nothing)" and
//! holds while the prototype epoch (`object::proto_epoch`) is the one it was
//! filled in: every object the lookup went through is watched, and a watched
//! object that gains or loses a key or changes its prototype starts a new epoch.
//! The holder's slot is read when the entry is used, so value changes, and data
//! properties turned into accessors in place, need no invalidation.

use std::cell::Cell;

use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::ir::PropCache;
use crate::object::{proto_epoch, ObjectKind, Property, Slot, DEFAULT_ATTRS};
use crate::string::Units;
use crate::value::{Atom, ObjRef, PropKey, Value};

/// Arrays longer than this are refused rather than allocated densely.
pub const MAX_DENSE_LENGTH: usize = 50_000_000;

/// Whether objects of this kind keep every property in their property map
/// with no rule of their own for writes: the kinds whose assignments may
/// update or append a map entry directly (everything else, from arrays and
/// strings to Buffers, goes through `[[DefineOwnProperty]]`).
#[inline]
pub(crate) fn is_plain_kind(kind: &ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::Ordinary | ObjectKind::Function(_) | ObjectKind::Error
    )
}

/// Whether objects of this kind have own properties outside their property
/// map (elements, string indices, mapped arguments, `length`): `[[Get]]` on them
/// takes the general path.
#[inline]
fn has_exotic_props(kind: &ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::Array(_)
            | ObjectKind::String(_)
            | ObjectKind::Bytes(_)
            | ObjectKind::Arguments(_)
    )
}

/// Where a lookup through a prototype chain ended.
#[derive(Clone, Copy, Debug)]
pub enum ChainHit {
    /// Property slot `1` of object `0`.
    Slot(ObjRef, u32),
    /// Nowhere: the key is on no object of the chain.
    Absent,
}

/// A cached prototype-chain lookup: looking the key up from `start` (the
/// receiver's prototype, for a site cache) ended at `hit` in prototype epoch
/// `epoch`. The handles are not roots: while the epoch holds, `hit`'s holder is
/// on the chain of `start`, which the receiver keeps alive, and `start` is
/// compared with a live handle whose generation a reused slot would not match.
#[derive(Clone, Copy, Debug)]
pub struct ChainEntry {
    pub start: Option<ObjRef>,
    pub hit: ChainHit,
    /// 0 for an entry never filled (epochs start at 1).
    pub epoch: u64,
}

impl Default for ChainEntry {
    fn default() -> Self {
        ChainEntry {
            start: None,
            hit: ChainHit::Absent,
            epoch: 0,
        }
    }
}

/// A `.name` site's chain entry: a `ChainEntry` kept one cell per field, so
/// that the fast path (`chain_data`) loads each field only when the check
/// before it has passed, and compares the start with one 64-bit comparison
/// (`start_key`) instead of an `Option`'s tag and two halves.
#[derive(Debug)]
pub struct SiteChain {
    /// 0 for an entry never filled (epochs start at 1).
    epoch: Cell<u64>,
    /// `start_key` of the prototype the lookup started at.
    start: Cell<u64>,
    /// The object holding the property; unused when `slot` is `ABSENT_SLOT`.
    holder: Cell<ObjRef>,
    /// The property's slot in `holder`, or `ABSENT_SLOT` for a key on no
    /// object of the chain.
    slot: Cell<u32>,
}

/// `SiteChain::slot` for a lookup that found the key nowhere.
const ABSENT_SLOT: u32 = u32::MAX;

/// An object handle (or none) as one number, for a comparison in one step.
/// No object handle has index `u32::MAX` (`Handle::dangling`'s, whose
/// generation is 0), so `u64::MAX` stands for "no prototype".
#[inline(always)]
fn start_key(start: Option<ObjRef>) -> u64 {
    match start {
        Some(s) => (u64::from(s.generation) << 32) | u64::from(s.index),
        None => u64::MAX,
    }
}

impl SiteChain {
    fn new(e: ChainEntry) -> SiteChain {
        let c = SiteChain {
            epoch: Cell::new(0),
            start: Cell::new(u64::MAX),
            holder: Cell::new(ObjRef::dangling()),
            slot: Cell::new(ABSENT_SLOT),
        };
        c.set(e);
        c
    }

    /// Refills the entry.
    fn set(&self, e: ChainEntry) {
        self.epoch.set(e.epoch);
        self.start.set(start_key(e.start));
        match e.hit {
            ChainHit::Slot(holder, i) => {
                self.holder.set(holder);
                self.slot.set(i);
            }
            ChainHit::Absent => self.slot.set(ABSENT_SLOT),
        }
    }

    /// The entry's answer when it applies to a lookup from `start` now.
    fn hit_for(&self, start: Option<ObjRef>) -> Option<ChainHit> {
        if self.epoch.get() != proto_epoch() || self.start.get() != start_key(start) {
            return None;
        }
        Some(match self.slot.get() {
            ABSENT_SLOT => ChainHit::Absent,
            i => ChainHit::Slot(self.holder.get(), i),
        })
    }
}

/// Entries of the shared chain table (`Interpreter::chain_table`); a power of two.
const CHAIN_TABLE_SIZE: usize = 512;

/// An empty shared chain table.
pub(crate) fn new_chain_table() -> Box<[(PropKey, ChainEntry)]> {
    vec![(PropKey::Str(Atom(u32::MAX)), ChainEntry::default()); CHAIN_TABLE_SIZE].into_boxed_slice()
}

/// The shared chain table's entry for a lookup of `key` from `start`.
#[inline]
fn chain_table_index(start: ObjRef, key: PropKey) -> usize {
    let k = match key {
        PropKey::Str(a) => a.0,
        PropKey::Sym(s) => s.index ^ 0x8000_0000,
    };
    let h = k.wrapping_mul(0x9E37_79B9) ^ start.index.wrapping_mul(0x85EB_CA6B);
    (h >> 16) as usize & (CHAIN_TABLE_SIZE - 1)
}

/// Entries of the own-slot hint table (`Interpreter::own_hints`); a power of two.
pub(crate) const OWN_HINTS_SIZE: usize = 256;

/// The own-slot hint table's entry for `key`.
#[inline]
pub(crate) fn own_hint_index(key: PropKey) -> usize {
    let k = match key {
        PropKey::Str(a) => a.0,
        PropKey::Sym(s) => s.index,
    };
    k as usize & (OWN_HINTS_SIZE - 1)
}

/// What an own-property lookup found.
pub enum Own {
    Data(Value, u8),
    Accessor(Option<ObjRef>, Option<ObjRef>, u8),
}

impl Interpreter {
    /// Looks up an own property, including array elements and string indices.
    /// The environment slot a mapped arguments object's element aliases.
    fn mapped_slot(&self, o: ObjRef, key: PropKey) -> Option<(crate::env::EnvRef, u32)> {
        let (ObjectKind::Arguments(Some(map)), PropKey::Str(a)) = (&self.obj(o).kind, key) else {
            return None;
        };
        let i = self.atom_index(a)? as usize;
        let slot = (*map.slots.get(i)?)?;
        Some((map.env, slot))
    }

    pub fn get_own(&self, o: ObjRef, key: PropKey) -> Option<Own> {
        let obj = self.obj(o);
        if let Some((env, slot)) = self.mapped_slot(o, key) {
            let attrs = obj.props.lookup(key)?.attrs;
            let v = self
                .env_ref(env)
                .slots
                .get(slot as usize)
                .copied()
                .unwrap_or(Value::Undefined);
            return Some(Own::Data(v, attrs));
        }
        if let PropKey::Str(a) = key {
            match &obj.kind {
                ObjectKind::Array(elems) => {
                    if a == atoms::LENGTH {
                        let attrs = if obj.frozen_elements {
                            0
                        } else {
                            crate::object::WRITABLE
                        };
                        return Some(Own::Data(Value::Number(elems.len() as f64), attrs));
                    }
                    if let Some(i) = self.atom_index(a) {
                        let attrs = if obj.frozen_elements {
                            crate::object::ENUMERABLE
                        } else {
                            DEFAULT_ATTRS
                        };
                        return match elems.get(i as usize) {
                            Some(Value::Hole) | None => None,
                            Some(&v) => Some(Own::Data(v, attrs)),
                        };
                    }
                }
                ObjectKind::Bytes(view) => {
                    // Like a Uint8Array: an index is a byte or nothing, never
                    // an ordinary property.
                    if let Some(i) = self.atom_index(a) {
                        return view
                            .get(i as usize)
                            .map(|b| Own::Data(Value::Number(f64::from(b)), DEFAULT_ATTRS));
                    }
                }
                ObjectKind::String(s) => {
                    let units = &self.str(*s).units();
                    if a == atoms::LENGTH {
                        return Some(Own::Data(Value::Number(units.len() as f64), 0));
                    }
                    if let Some(i) = self.atom_index(a) {
                        if (i as usize) < units.len() {
                            // The caller allocates the one-unit string when needed.
                            return Some(Own::Data(Value::Undefined, crate::object::ENUMERABLE));
                        }
                    }
                }
                _ => {}
            }
        }
        obj.props.lookup(key).map(|p| match p.slot {
            Slot::Data(v) => Own::Data(v, p.attrs),
            Slot::Accessor { get, set } => Own::Accessor(get, set, p.attrs),
        })
    }

    /// Whether `key` names one of the own properties that objects of `kind`
    /// keep outside their property map (an element, an index, `length`).
    #[inline]
    pub(crate) fn is_exotic_key(&self, kind: &ObjectKind, key: PropKey) -> bool {
        has_exotic_props(kind)
            && matches!(key, PropKey::Str(a) if a == atoms::LENGTH || self.atoms.index(a).is_some())
    }

    /// `[[Get]]` on an object with an explicit receiver (for getters).
    pub fn get_from(&mut self, o: ObjRef, key: PropKey, receiver: Value) -> JsResult<Value> {
        let obj = self.obj(o);
        if self.is_exotic_key(&obj.kind, key) {
            return self.get_from_uncached(o, key, receiver);
        }
        // A watched object is itself a link of cached chains (a prototype),
        // so the lookup can start at it; others are searched directly first.
        if obj.props.is_watched() {
            return self.get_inherited(o, key, receiver);
        }
        // The slot this key was found at last time, on whatever object: objects
        // made alike hold a key at the same slot, so one comparison often finds it.
        let hint = own_hint_index(key);
        let h = self.own_hints.get(hint).copied().unwrap_or(0) as usize;
        if obj.props.key_at(h) == Some(key) {
            return self.cached_slot_value(o, receiver, h);
        }
        if let Some(i) = obj.props.find(key) {
            if let Some(slot) = self.own_hints.get_mut(hint) {
                *slot = i as u32;
            }
            return self.cached_slot_value(o, receiver, i);
        }
        match obj.proto {
            Some(p) => self.get_inherited(p, key, receiver),
            None => Ok(Value::Undefined),
        }
    }

    /// `[[Get]]` of `key` looked up from `start` (a prototype, or a watched
    /// object) for `receiver`, through the shared chain table.
    pub fn get_inherited(
        &mut self,
        start: ObjRef,
        key: PropKey,
        receiver: Value,
    ) -> JsResult<Value> {
        match self.lookup_inherited(start, key) {
            Some(e) => self.chain_value(e, key, receiver),
            None => self.get_from_uncached(start, key, receiver),
        }
    }

    /// Where looking `key` up from `start` ends, from the shared chain table
    /// or by a search that refills it; `None` when not cacheable (`walk_chain`).
    #[inline]
    fn lookup_inherited(&mut self, start: ObjRef, key: PropKey) -> Option<ChainEntry> {
        let i = chain_table_index(start, key);
        if let Some(&(k, e)) = self.chain_table.get(i) {
            if k == key && e.epoch == proto_epoch() && e.start == Some(start) {
                return Some(e);
            }
        }
        let hit = self.walk_chain(Some(start), key)?;
        let e = ChainEntry {
            start: Some(start),
            hit,
            epoch: proto_epoch(),
        };
        if let Some(slot) = self.chain_table.get_mut(i) {
            *slot = (key, e);
        }
        Some(e)
    }

    /// Looks `key` up from `start` up the prototype chain, watching every
    /// object it goes through so that the answer can be cached; `None` when an
    /// object on the way holds `key` outside its property map (then the answer
    /// is not cacheable).
    #[inline(never)]
    fn walk_chain(&mut self, start: Option<ObjRef>, key: PropKey) -> Option<ChainHit> {
        let mut cur = start;
        while let Some(c) = cur {
            let obj = self.obj(c);
            if self.is_exotic_key(&obj.kind, key) {
                return None;
            }
            let found = obj.props.find(key);
            let obj = self.obj_mut(c);
            obj.props.watch();
            if let Some(i) = found {
                return Some(ChainHit::Slot(c, i as u32));
            }
            cur = obj.proto;
        }
        Some(ChainHit::Absent)
    }

    /// The value a cached chain lookup designates, read for `receiver` (a
    /// getter runs with `this` = receiver).
    #[inline(never)]
    fn chain_value(&mut self, e: ChainEntry, key: PropKey, receiver: Value) -> JsResult<Value> {
        let ChainHit::Slot(holder, i) = e.hit else {
            return Ok(Value::Undefined);
        };
        let slot = self
            .objects
            .try_get(holder)
            .and_then(|h| h.props.get(i as usize))
            .map(|p| p.slot);
        match slot {
            Some(Slot::Data(v)) => Ok(v),
            Some(Slot::Accessor { get: Some(g), .. }) => self.call(Value::Object(g), receiver, &[]),
            Some(Slot::Accessor { get: None, .. }) => Ok(Value::Undefined),
            // The epoch rules this out (the holder is alive and unchanged in
            // shape); should it happen anyway, the chain is searched again.
            None => match e.start {
                Some(s) => self.get_from_uncached(s, key, receiver),
                None => Ok(Value::Undefined),
            },
        }
    }

    /// `[[Get]]` without the chain caches: the reference walk, which also
    /// handles the exotic own properties (elements, indices, `length`).
    fn get_from_uncached(&mut self, o: ObjRef, key: PropKey, receiver: Value) -> JsResult<Value> {
        let mut cur = o;
        loop {
            let obj = self.obj(cur);
            match (&obj.kind, key) {
                (ObjectKind::Arguments(Some(_)), _) => {
                    if let Some((env, slot)) = self.mapped_slot(cur, key) {
                        return Ok(self
                            .env_ref(env)
                            .slots
                            .get(slot as usize)
                            .copied()
                            .unwrap_or(Value::Undefined));
                    }
                }
                (ObjectKind::Array(elems), PropKey::Str(a)) => {
                    if a == atoms::LENGTH {
                        return Ok(Value::Number(elems.len() as f64));
                    }
                    if let Some(i) = self.atom_index(a) {
                        match elems.get(i as usize) {
                            Some(Value::Hole) | None => {}
                            Some(&v) => return Ok(v),
                        }
                    }
                }
                (ObjectKind::String(s), PropKey::Str(a)) => {
                    let s = *s;
                    if let Some(v) = self.string_own(s, a) {
                        return Ok(v);
                    }
                }
                (ObjectKind::Bytes(view), PropKey::Str(a)) => {
                    // `length` is a getter on the prototype in node; answering
                    // here is the fast path for `i < buf.length` loops.
                    if a == atoms::LENGTH {
                        return Ok(Value::Number(view.len as f64));
                    }
                    if let Some(i) = self.atom_index(a) {
                        // An index past the end is `undefined`, not looked up
                        // on the prototype (integer-indexed exotic objects).
                        return Ok(view
                            .get(i as usize)
                            .map_or(Value::Undefined, |b| Value::Number(f64::from(b))));
                    }
                }
                _ => {}
            }
            let obj = self.obj(cur);
            if let Some(p) = obj.props.lookup(key) {
                return match p.slot {
                    Slot::Data(v) => Ok(v),
                    Slot::Accessor { get: Some(g), .. } => {
                        self.call(Value::Object(g), receiver, &[])
                    }
                    Slot::Accessor { get: None, .. } => Ok(Value::Undefined),
                };
            }
            match obj.proto {
                Some(p) => cur = p,
                None => return Ok(Value::Undefined),
            }
        }
    }

    /// A string's own `length` or index property.
    fn string_own(&mut self, s: crate::value::StrRef, a: Atom) -> Option<Value> {
        if a == atoms::LENGTH {
            return Some(Value::Number(self.str(s).len() as f64));
        }
        let i = self.atom_index(a)?;
        let u = self.str(s).units().at(i as usize)?;
        Some(self.unit_string(u))
    }

    /// The one-unit string for a code unit.
    pub fn unit_string(&mut self, u: u16) -> Value {
        if u < 128 {
            let a = self.intern_units(&[u]);
            return self.atom_value(a);
        }
        Value::String(self.new_string(Units::from_u16(&[u])))
    }

    #[inline]
    pub fn get(&mut self, o: ObjRef, key: PropKey) -> JsResult<Value> {
        self.get_from(o, key, Value::Object(o))
    }

    /// `[[Get]]` through the inline cache of a `.name` site: when the object holds
    /// the property as a data property where it was last time, one comparison
    /// finds it; when the object provably lacks it (its bloom filter) and has
    /// the prototype the site's chain entry starts at, in the same prototype
    /// epoch, the entry names the holder's slot.
    ///
    /// The own hit at the hinted slot and the inherited data hit
    /// (`chain_data`) are inlined into the callers; everything else
    /// (accessors, exotic objects, misses) is `get_cached_slow`.
    #[inline(always)]
    pub fn get_cached(&mut self, o: ObjRef, a: Atom, cache: &PropCache) -> JsResult<Value> {
        let key = PropKey::Str(a);
        let obj = self.obj(o);
        if !has_exotic_props(&obj.kind) {
            if let Some(v) = obj.props.data_at(key, cache.hint.get() as usize) {
                return Ok(v);
            }
            if !obj.props.may_have(key) {
                if let Some(v) = self.chain_data(obj.proto, cache) {
                    return Ok(v);
                }
            }
        }
        self.get_cached_slow(o, a, cache)
    }

    /// The inherited data property (a method) the site's chain entry names,
    /// or `undefined` when it names nothing, for a receiver that lacks the key
    /// and has the prototype `start`; `None` when the entry does not apply or
    /// names an accessor. Inlined: as a call of its own it cost a method read
    /// about as much again as the checks themselves.
    #[inline(always)]
    fn chain_data(&self, start: Option<ObjRef>, cache: &PropCache) -> Option<Value> {
        let e = cache.chain.get()?;
        if e.epoch.get() != proto_epoch() || e.start.get() != start_key(start) {
            return None;
        }
        let i = e.slot.get();
        if i == ABSENT_SLOT {
            return Some(Value::Undefined);
        }
        match self
            .objects
            .try_get(e.holder.get())?
            .props
            .get(i as usize)?
            .slot
        {
            Slot::Data(v) => Some(v),
            Slot::Accessor { .. } => None,
        }
    }

    /// `get_cached` in full: exotic receivers, own properties away from the
    /// hinted slot (the hint is updated) or with a getter, and inherited
    /// lookups whose chain entry is stale, absent or names an accessor.
    #[inline(never)]
    fn get_cached_slow(&mut self, o: ObjRef, a: Atom, cache: &PropCache) -> JsResult<Value> {
        let key = PropKey::Str(a);
        let obj = self.obj(o);
        if has_exotic_props(&obj.kind) {
            return self.get_from(o, key, Value::Object(o));
        }
        if let Some(i) = obj.props.find_cached(key, &cache.hint) {
            return self.cached_slot_value(o, Value::Object(o), i);
        }
        let start = obj.proto;
        if let Some(hit) = cache.chain.get().and_then(|c| c.hit_for(start)) {
            let e = ChainEntry {
                start,
                hit,
                epoch: proto_epoch(),
            };
            return self.chain_value(e, key, Value::Object(o));
        }
        self.get_cached_miss(o, key, start, cache)
    }

    /// `get_cached` when the site's chain entry does not apply: searches the
    /// chain from `start` (the receiver's prototype) and refills the entry.
    #[inline(never)]
    fn get_cached_miss(
        &mut self,
        o: ObjRef,
        key: PropKey,
        start: Option<ObjRef>,
        cache: &PropCache,
    ) -> JsResult<Value> {
        let Some(hit) = self.walk_chain(start, key) else {
            return match start {
                Some(p) => self.get_from_uncached(p, key, Value::Object(o)),
                None => Ok(Value::Undefined),
            };
        };
        let e = ChainEntry {
            start,
            hit,
            epoch: proto_epoch(),
        };
        match cache.chain.get() {
            Some(c) => c.set(e),
            None => {
                let _ = cache.chain.set(Box::new(SiteChain::new(e)));
            }
        }
        self.chain_value(e, key, Value::Object(o))
    }

    /// The value of property slot `i` of `holder`, read for `receiver` (a getter
    /// runs with `this` = receiver).
    #[inline]
    pub(crate) fn cached_slot_value(
        &mut self,
        holder: ObjRef,
        receiver: Value,
        i: usize,
    ) -> JsResult<Value> {
        match self.obj(holder).props.get(i).map(|p| p.slot) {
            Some(Slot::Data(v)) => Ok(v),
            Some(Slot::Accessor { get: Some(g), .. }) => self.call(Value::Object(g), receiver, &[]),
            Some(Slot::Accessor { get: None, .. }) | None => Ok(Value::Undefined),
        }
    }

    /// `GetV`: property access on any value (primitives use their prototype).
    pub fn get_value(&mut self, v: Value, key: PropKey) -> JsResult<Value> {
        match v {
            Value::Object(o) => self.get_from(o, key, v),
            Value::String(s) => {
                if let PropKey::Str(a) = key {
                    if let Some(r) = self.string_own(s, a) {
                        return Ok(r);
                    }
                }
                let p = self.realm.string_proto;
                self.get_inherited(p, key, v)
            }
            Value::Number(_) => {
                let p = self.realm.number_proto;
                self.get_inherited(p, key, v)
            }
            Value::Bool(_) => {
                let p = self.realm.boolean_proto;
                self.get_inherited(p, key, v)
            }
            Value::Symbol(_) => {
                let p = self.realm.symbol_proto;
                self.get_inherited(p, key, v)
            }
            Value::Undefined | Value::Null | Value::Hole => {
                let what = if matches!(v, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let k = self.key_text(key);
                Err(self.type_error(&format!("Cannot read properties of {what} (reading '{k}')")))
            }
        }
    }

    pub fn get_str(&mut self, v: Value, name: &str) -> JsResult<Value> {
        let a = self.intern(name);
        self.get_value(v, PropKey::Str(a))
    }

    /// `[[Set]]`: assignment. Returns false when the assignment was refused
    /// (read-only, non-extensible); the caller throws in strict code.
    pub fn set_to(
        &mut self,
        o: ObjRef,
        key: PropKey,
        value: Value,
        receiver: Value,
    ) -> JsResult<bool> {
        // A Buffer's index: the value becomes a byte (ToNumber, then modulo
        // 256); a write past the end is dropped but still succeeds.
        if let (ObjectKind::Bytes(_), PropKey::Str(a)) = (&self.obj(o).kind, key) {
            if let Some(i) = self.atoms.index(a) {
                if matches!(receiver, Value::Object(r) if r == o) {
                    self.bytes_store(o, i as usize, value)?;
                    return Ok(true);
                }
            }
        }
        // Fast path: an own writable data property, or an array element.
        let obj = self.obj(o);
        if let (ObjectKind::Array(_), PropKey::Str(a)) = (&obj.kind, key) {
            if !obj.frozen_elements && matches!(receiver, Value::Object(r) if r == o) {
                if let Some(i) = self.atoms.index(a) {
                    return self.array_store(o, i as usize, value);
                }
                if a == atoms::LENGTH {
                    return self.array_set_length(o, value);
                }
            }
        }
        // Fast path: a name never read-only or an accessor anywhere (and not an
        // index or `length`, which frozen arrays on the chain guard) can only
        // be an own writable property or new, whatever the prototypes hold.
        if let PropKey::Str(a) = key {
            if matches!(receiver, Value::Object(r) if r == o)
                && a != atoms::LENGTH
                && !crate::object::maybe_special_name(a)
                && self.atoms.index(a).is_none()
            {
                let obj = self.obj_mut(o);
                if is_plain_kind(&obj.kind) {
                    match obj.props.find(key) {
                        Some(i) => {
                            if let Some(p) = obj.props.get_mut(i) {
                                p.slot = Slot::Data(value);
                            }
                        }
                        None => {
                            if !obj.extensible {
                                return Ok(false);
                            }
                            obj.props.push_assigned(key, value);
                        }
                    }
                    return Ok(true);
                }
            }
        }
        // An own miss on an object without exotic properties for `key`: what
        // the prototypes say (a setter, a read-only property, nothing) comes
        // from the chain cache instead of a search.
        if matches!(receiver, Value::Object(r) if r == o) {
            let obj = self.obj(o);
            if !self.is_exotic_key(&obj.kind, key) && obj.props.find(key).is_none() {
                if let Some(start) = obj.proto {
                    if let Some(e) = self.lookup_inherited(start, key) {
                        return self.set_inherited(o, key, value, e);
                    }
                }
            }
        }
        let mut cur = o;
        // Whether the whole chain was searched without finding `key`.
        let mut absent = false;
        loop {
            let obj = self.obj(cur);
            if let Some(i) = obj.props.find(key) {
                let p = *obj
                    .props
                    .get(i)
                    .unwrap_or(&Property::data(Value::Undefined, 0));
                match p.slot {
                    Slot::Accessor { set: Some(s), .. } => {
                        self.call(Value::Object(s), receiver, &[value])?;
                        return Ok(true);
                    }
                    Slot::Accessor { set: None, .. } => return Ok(false),
                    Slot::Data(_) if !p.writable() => return Ok(false),
                    Slot::Data(_) => {
                        if cur == o && matches!(receiver, Value::Object(r) if r == o) {
                            if let Some(p) = self.obj_mut(o).props.get_mut(i) {
                                p.slot = Slot::Data(value);
                            }
                            // A mapped arguments element writes through to its parameter.
                            if let Some((env, slot)) = self.mapped_slot(o, key) {
                                if let Some(s) = self.env_mut(env).slots.get_mut(slot as usize) {
                                    *s = value;
                                }
                            }
                            return Ok(true);
                        }
                        break;
                    }
                }
            }
            if let (ObjectKind::Array(_), PropKey::Str(a)) = (&obj.kind, key) {
                if obj.frozen_elements && (a == atoms::LENGTH || self.atom_index(a).is_some()) {
                    return Ok(false);
                }
            }
            match obj.proto {
                Some(p) => cur = p,
                None => {
                    absent = true;
                    break;
                }
            }
        }
        match receiver {
            Value::Object(r) => {
                // A key known to be missing: appended without searching again.
                if absent && r == o && self.append_plain(o, key, value) {
                    return Ok(true);
                }
                self.create_data_property(r, key, value)
            }
            _ => Ok(false),
        }
    }

    /// `[[Set]]` of `key` on `o` (also the receiver), which lacks it, given
    /// where looking it up on `o`'s prototypes ends (`e`).
    fn set_inherited(
        &mut self,
        o: ObjRef,
        key: PropKey,
        value: Value,
        e: ChainEntry,
    ) -> JsResult<bool> {
        if let ChainHit::Slot(holder, i) = e.hit {
            let p = self
                .objects
                .try_get(holder)
                .and_then(|h| h.props.get(i as usize))
                .copied();
            match p.map(|p| (p.slot, p.writable())) {
                Some((Slot::Accessor { set: Some(s), .. }, _)) => {
                    self.call(Value::Object(s), Value::Object(o), &[value])?;
                    return Ok(true);
                }
                Some((Slot::Accessor { set: None, .. }, _)) | Some((Slot::Data(_), false)) => {
                    return Ok(false)
                }
                Some((Slot::Data(_), true)) => {}
                // The epoch rules this out; should it happen anyway, the new
                // own property is defined the general way below.
                None => return self.create_data_property(o, key, value),
            }
        }
        if self.append_plain(o, key, value) {
            return Ok(true);
        }
        self.create_data_property(o, key, value)
    }

    /// Appends `key` (which `o` is known to lack) as a new data property when
    /// `o` is an extensible plain object, where no exotic element rules apply
    /// and nothing needs a second search; false, doing nothing, otherwise.
    fn append_plain(&mut self, o: ObjRef, key: PropKey, value: Value) -> bool {
        let obj = self.obj_mut(o);
        let plain = obj.extensible && is_plain_kind(&obj.kind);
        if plain {
            obj.props.push_assigned(key, value);
        }
        plain
    }

    /// Assignment `o.name = value` through the inline cache of its site: when
    /// the object holds `name` as a writable data property where it did last
    /// time, the value is stored with one key comparison. That case is inlined
    /// into the callers; the rest (adds, setters, exotic objects) is
    /// `set_cached_slow`.
    #[inline(always)]
    pub fn set_cached(
        &mut self,
        o: ObjRef,
        a: Atom,
        value: Value,
        cache: &Cell<u32>,
    ) -> JsResult<()> {
        let obj = self.objects.get_mut(o);
        if is_plain_kind(&obj.kind) {
            if let Some(v) = obj
                .props
                .writable_data_at(PropKey::Str(a), cache.get() as usize)
            {
                *v = value;
                return Ok(());
            }
        }
        self.set_cached_slow(o, a, value, cache)
    }

    /// `set_cached` when the hinted slot does not take the store: the slot is
    /// searched for (and the hint updated), a new property is added, or the
    /// general `[[Set]]` decides.
    #[inline(never)]
    fn set_cached_slow(
        &mut self,
        o: ObjRef,
        a: Atom,
        value: Value,
        cache: &Cell<u32>,
    ) -> JsResult<()> {
        // The heap field directly, not `obj_mut`: the add below also reads
        // `self.atoms`, and a disjoint borrow saves looking the object up twice.
        let obj = self.objects.get_mut(o);
        if is_plain_kind(&obj.kind) {
            let key = PropKey::Str(a);
            // `set_cached` has tried the hinted slot already. A clear key bit
            // proves the name absent with one test, the usual case at a site
            // that adds a property (a constructor's `this.x = x`), which then
            // goes straight to the add below without a search.
            if obj.props.may_have(key) {
                if let Some(i) = obj.props.find(key) {
                    cache.set(i as u32);
                    if let Some(p) = obj.props.get_mut(i) {
                        if p.attrs & crate::object::WRITABLE != 0 {
                            if let Slot::Data(v) = &mut p.slot {
                                *v = value;
                                return Ok(());
                            }
                        }
                    }
                    return self.set(o, key, value);
                }
            }
            // A new property whose name is never read-only or an accessor
            // anywhere (`set_to`'s fast path): the prototypes cannot object,
            // so add it here without the general `[[Set]]`.
            if obj.extensible
                && a != atoms::LENGTH
                && !crate::object::maybe_special_name(a)
                && self.atoms.index(a).is_none()
            {
                obj.props.push_assigned(key, value);
                return Ok(());
            }
        }
        self.set(o, PropKey::Str(a), value)
    }

    /// Assignment `o[key] = value` with the strict-mode error on failure.
    pub fn set(&mut self, o: ObjRef, key: PropKey, value: Value) -> JsResult<()> {
        if !self.set_to(o, key, value, Value::Object(o))? && self.is_strict() {
            let k = self.key_text(key);
            if self.is_getter_only(o, key) {
                let desc = self.describe_object_brief(o);
                return Err(self.type_error(&format!(
                    "Cannot set property {k} of {desc} which has only a getter"
                )));
            }
            if !self.has_property(o, key) && !self.obj(o).extensible {
                return Err(self.type_error(&format!(
                    "Cannot add property {k}, object is not extensible"
                )));
            }
            let desc = self.describe_object_brief(o);
            return Err(self.type_error(&format!(
                "Cannot assign to read only property '{k}' of object '{desc}'"
            )));
        }
        Ok(())
    }

    /// Whether the property `key` (own or inherited) is an accessor without a setter.
    fn is_getter_only(&self, o: ObjRef, key: PropKey) -> bool {
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Some(own) = self.get_own(c, key) {
                return matches!(own, Own::Accessor(_, None, _));
            }
            cur = self.obj(c).proto;
        }
        false
    }

    /// `PutValue` on any base value (`"str".x = 1` silently does nothing in sloppy
    /// code; `null.x = 1` throws).
    pub fn set_value(&mut self, base: Value, key: PropKey, value: Value) -> JsResult<()> {
        match base {
            Value::Object(o) => self.set(o, key, value),
            Value::Undefined | Value::Null => {
                let what = if matches!(base, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let k = self.key_text(key);
                Err(self.type_error(&format!("Cannot set properties of {what} (setting '{k}')")))
            }
            _ => {
                if let (Value::String(s), PropKey::Str(a)) = (base, key) {
                    let own = a == atoms::LENGTH
                        || self
                            .atom_index(a)
                            .is_some_and(|i| (i as usize) < self.str(s).len());
                    if own {
                        if self.is_strict() {
                            let k = self.key_text(key);
                            let text = self.rust_string(s);
                            return Err(self.type_error(&format!(
                                "Cannot assign to read only property '{k}' of string '{text}'"
                            )));
                        }
                        return Ok(());
                    }
                }
                let proto = self.proto_of_primitive(base);
                // Setters on the prototype still run; data writes are dropped.
                let ok = self.set_to(proto, key, value, base)?;
                if !ok && self.is_strict() {
                    let k = self.key_text(key);
                    let kind = self.typeof_str(base);
                    let text = match base {
                        Value::Symbol(s) => crate::builtins::symbol::symbol_text(self, s),
                        _ => self.primitive_text(base),
                    };
                    return Err(self
                        .type_error(&format!("Cannot create property '{k}' on {kind} '{text}'")));
                }
                Ok(())
            }
        }
    }

    pub fn proto_of_primitive(&self, v: Value) -> ObjRef {
        match v {
            Value::String(_) => self.realm.string_proto,
            Value::Number(_) => self.realm.number_proto,
            Value::Bool(_) => self.realm.boolean_proto,
            Value::Symbol(_) => self.realm.symbol_proto,
            _ => self.realm.object_proto,
        }
    }

    /// Stores `value` as byte `i` of a Buffer; false when `i` is past the end.
    fn bytes_store(&mut self, o: ObjRef, i: usize, value: Value) -> JsResult<bool> {
        let n = self.to_number(value)?;
        let byte = crate::builtins::buffer::number_to_byte(n);
        Ok(match &self.obj(o).kind {
            ObjectKind::Bytes(view) => view.set(i, byte),
            _ => false,
        })
    }

    fn array_store(&mut self, o: ObjRef, i: usize, value: Value) -> JsResult<bool> {
        let extensible = self.obj(o).extensible;
        if let ObjectKind::Array(elems) = &mut self.obj_mut(o).kind {
            if i < elems.len() {
                if matches!(elems[i], Value::Hole) && !extensible {
                    return Ok(false);
                }
                elems[i] = value;
                return Ok(true);
            }
            if !extensible {
                return Ok(false);
            }
            if i >= MAX_DENSE_LENGTH {
                return Err(self.range_error(
                    "nodelet: arrays longer than 50,000,000 elements are not supported",
                ));
            }
            if let ObjectKind::Array(elems) = &mut self.obj_mut(o).kind {
                elems.resize(i, Value::Hole);
                elems.push(value);
            }
        }
        Ok(true)
    }

    fn array_set_length(&mut self, o: ObjRef, value: Value) -> JsResult<bool> {
        let n = self.to_number(value)?;
        if n < 0.0 || n.fract() != 0.0 || n > u32::MAX as f64 {
            return Err(self.range_error("Invalid array length"));
        }
        let n = n as usize;
        if n > MAX_DENSE_LENGTH {
            return Err(self
                .range_error("nodelet: arrays longer than 50,000,000 elements are not supported"));
        }
        if let ObjectKind::Array(elems) = &mut self.obj_mut(o).kind {
            elems.resize(n, Value::Hole);
        }
        Ok(true)
    }

    /// `CreateDataProperty`: defines (or overwrites) an own enumerable data property.
    pub fn create_data_property(
        &mut self,
        o: ObjRef,
        key: PropKey,
        value: Value,
    ) -> JsResult<bool> {
        if let (ObjectKind::Bytes(_), PropKey::Str(a)) = (&self.obj(o).kind, key) {
            if let Some(i) = self.atom_index(a) {
                return self.bytes_store(o, i as usize, value);
            }
        }
        if let (ObjectKind::Array(_), PropKey::Str(a)) = (&self.obj(o).kind, key) {
            if let Some(i) = self.atom_index(a) {
                return self.array_store(o, i as usize, value);
            }
            if a == atoms::LENGTH {
                return self.array_set_length(o, value);
            }
        }
        let obj = self.obj_mut(o);
        if let Some(i) = obj.props.find(key) {
            if let Some(p) = obj.props.get_mut(i) {
                if !p.configurable() && (!p.writable() || !matches!(p.slot, Slot::Data(_))) {
                    return Ok(false);
                }
                if p.configurable() {
                    p.attrs = DEFAULT_ATTRS;
                }
                p.slot = Slot::Data(value);
            }
            return Ok(true);
        }
        if !obj.extensible {
            return Ok(false);
        }
        obj.props.insert(key, Property::data(value, DEFAULT_ATTRS));
        Ok(true)
    }

    /// Defines an own property with explicit attributes, no checks (built-ins,
    /// class members, object literals).
    pub fn define(&mut self, o: ObjRef, key: PropKey, prop: Property) {
        if let (ObjectKind::Bytes(_), PropKey::Str(a), Slot::Data(v)) =
            (&self.obj(o).kind, key, prop.slot)
        {
            if self.atom_index(a).is_some() {
                let _ = self.create_data_property(o, key, v);
                return;
            }
        }
        if let (ObjectKind::Array(_), PropKey::Str(a), Slot::Data(v)) =
            (&self.obj(o).kind, key, prop.slot)
        {
            if self.atom_index(a).is_some() || a == atoms::LENGTH {
                let _ = self.create_data_property(o, key, v);
                return;
            }
        }
        self.obj_mut(o).props.insert(key, prop);
    }

    pub fn define_value(&mut self, o: ObjRef, key: PropKey, value: Value, attrs: u8) {
        self.define(o, key, Property::data(value, attrs));
    }

    /// Merges an accessor half into an existing accessor (object literal `get`
    /// then `set` for the same key).
    pub fn define_accessor(
        &mut self,
        o: ObjRef,
        key: PropKey,
        get: Option<ObjRef>,
        set: Option<ObjRef>,
        attrs: u8,
    ) {
        let obj = self.obj_mut(o);
        if let Some(Property {
            slot: Slot::Accessor { get: g0, set: s0 },
            ..
        }) = obj.props.lookup(key).copied()
        {
            let slot = Slot::Accessor {
                get: get.or(g0),
                set: set.or(s0),
            };
            obj.props.insert(key, Property { slot, attrs });
        } else {
            obj.props.insert(
                key,
                Property {
                    slot: Slot::Accessor { get, set },
                    attrs,
                },
            );
        }
    }

    /// `[[Delete]]`: false when the property is non-configurable.
    pub fn delete(&mut self, o: ObjRef, key: PropKey) -> bool {
        if self.mapped_slot(o, key).is_some() {
            // Deleting an element ends its aliasing.
            let i = match key {
                PropKey::Str(a) => self.atoms.index(a).unwrap_or(0) as usize,
                PropKey::Sym(_) => 0,
            };
            if let ObjectKind::Arguments(Some(map)) = &mut self.objects.get_mut(o).kind {
                if let Some(s) = map.slots.get_mut(i) {
                    *s = None;
                }
            }
        }
        let frozen = self.obj(o).frozen_elements;
        let index = match key {
            PropKey::Str(a) => self.atoms.index(a),
            PropKey::Sym(_) => None,
        };
        if let (ObjectKind::Bytes(view), Some(i)) = (&self.obj(o).kind, index) {
            // A Buffer's bytes cannot be deleted; indices past the end are absent.
            return i as usize >= view.len;
        }
        if let (ObjectKind::Array(elems), PropKey::Str(a)) =
            (&mut self.objects.get_mut(o).kind, key)
        {
            if let Some(i) = index {
                if frozen {
                    return false;
                }
                if let Some(slot) = elems.get_mut(i as usize) {
                    *slot = Value::Hole;
                }
                return true;
            }
            if a == atoms::LENGTH {
                return false;
            }
        }
        let obj = self.obj_mut(o);
        match obj.props.lookup(key) {
            Some(p) if !p.configurable() => false,
            Some(_) => obj.props.remove(key),
            None => true,
        }
    }

    /// `[[HasProperty]]`: own or inherited.
    pub fn has_property(&self, o: ObjRef, key: PropKey) -> bool {
        let mut cur = Some(o);
        while let Some(c) = cur {
            if self.get_own(c, key).is_some() {
                return true;
            }
            cur = self.obj(c).proto;
        }
        false
    }

    /// Own keys in the order JavaScript defines (`OrdinaryOwnPropertyKeys`):
    /// integer keys ascending, then strings in insertion order, then symbols.
    /// Private names are never included.
    pub fn own_keys(&mut self, o: ObjRef) -> Vec<PropKey> {
        let mut ints: Vec<(u32, PropKey)> = Vec::new();
        let mut strs = Vec::new();
        let mut syms = Vec::new();
        let obj = self.obj(o);
        let elem_count = match &obj.kind {
            ObjectKind::Array(elems) => elems.iter().filter(|v| !matches!(v, Value::Hole)).count(),
            ObjectKind::String(s) => self.str(*s).len(),
            ObjectKind::Bytes(view) => view.len,
            _ => 0,
        };
        let mut elem_indices = Vec::with_capacity(elem_count);
        match &obj.kind {
            ObjectKind::Array(elems) => {
                for (i, v) in elems.iter().enumerate() {
                    if !matches!(v, Value::Hole) {
                        elem_indices.push(i as u32);
                    }
                }
            }
            ObjectKind::String(s) => elem_indices.extend(0..self.str(*s).len() as u32),
            ObjectKind::Bytes(view) => elem_indices.extend(0..view.len as u32),
            _ => {}
        }
        for k in obj.props.keys() {
            match k {
                PropKey::Str(a) => match self.atom_index(a) {
                    Some(i) => ints.push((i, k)),
                    None => strs.push(k),
                },
                PropKey::Sym(s) => {
                    if !self.sym(s).private {
                        syms.push(k)
                    }
                }
            }
        }
        let is_array = matches!(obj.kind, ObjectKind::Array(_));
        let is_string = matches!(obj.kind, ObjectKind::String(_));
        ints.sort_by_key(|&(i, _)| i);
        let mut out =
            Vec::with_capacity(elem_indices.len() + ints.len() + strs.len() + syms.len() + 1);
        for i in elem_indices {
            out.push(self.index_key(i));
        }
        out.extend(ints.into_iter().map(|(_, k)| k));
        if is_array || is_string {
            out.push(PropKey::Str(atoms::LENGTH));
        }
        out.extend(strs);
        out.extend(syms);
        out
    }

    /// Whether an own property is enumerable (for `for…in`, `Object.keys`).
    pub fn is_enumerable_own(&self, o: ObjRef, key: PropKey) -> Option<bool> {
        self.get_own(o, key).map(|p| match p {
            Own::Data(_, attrs) | Own::Accessor(_, _, attrs) => {
                attrs & crate::object::ENUMERABLE != 0
            }
        })
    }

    /// Own enumerable string keys (`Object.keys`).
    pub fn own_enumerable_string_keys(&mut self, o: ObjRef) -> Vec<PropKey> {
        let keys = self.own_keys(o);
        keys.into_iter()
            .filter(|&k| matches!(k, PropKey::Str(_)) && self.is_enumerable_own(o, k) == Some(true))
            .collect()
    }

    pub fn get_prototype(&self, o: ObjRef) -> Option<ObjRef> {
        self.obj(o).proto
    }

    /// Sets an object's prototype (no checks: `set_proto_checked` makes them).
    /// Changing the prototype of a watched object starts a new prototype epoch,
    /// since cached chain lookups may have gone through the old link.
    pub fn set_proto(&mut self, o: ObjRef, proto: Option<ObjRef>) {
        let obj = self.obj_mut(o);
        if obj.proto != proto && obj.props.is_watched() {
            crate::object::bump_proto_epoch();
        }
        obj.proto = proto;
    }
}
