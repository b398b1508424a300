//! Interned property names. Every property key that is a string is an [`Atom`],
//! so property lookups compare integers. The names the interpreter itself uses are
//! interned first, in a fixed order, so they are compile-time constants
//! (`atoms::LENGTH`) rather than hash lookups at every use.

use std::collections::HashMap;

use crate::string::Units;
use crate::value::{Atom, StrRef};

macro_rules! well_known_atoms {
    ($($konst:ident = $text:expr,)*) => {
        /// The texts of the well-known atoms, in the order of their numbers.
        pub const WELL_KNOWN: &[&str] = &[$($text,)*];
        well_known_atoms!(@consts 0u32; $($konst,)*);
    };
    (@consts $n:expr; $konst:ident, $($rest:ident,)*) => {
        pub const $konst: Atom = Atom($n);
        well_known_atoms!(@consts $n + 1u32; $($rest,)*);
    };
    (@consts $n:expr;) => {};
}

well_known_atoms! {
    EMPTY = "",
    LENGTH = "length",
    PROTOTYPE = "prototype",
    CONSTRUCTOR = "constructor",
    NAME = "name",
    MESSAGE = "message",
    STACK = "stack",
    CAUSE = "cause",
    TO_STRING = "toString",
    VALUE_OF = "valueOf",
    NEXT = "next",
    DONE = "done",
    VALUE = "value",
    RETURN = "return",
    THROW = "throw",
    GET = "get",
    SET = "set",
    WRITABLE = "writable",
    ENUMERABLE = "enumerable",
    CONFIGURABLE = "configurable",
    THIS = "this",
    UNDEFINED = "undefined",
    CALLEE = "callee",
    RAW = "raw",
    TO_JSON = "toJSON",
    ERRORS = "errors",
    LAST_INDEX = "lastIndex",
    EXEC = "exec",
    INDEX = "index",
    INPUT = "input",
    GROUPS = "groups",
    NUMBER = "number",
    STRING = "string",
    BOOLEAN = "boolean",
    OBJECT = "object",
    FUNCTION = "function",
    SYMBOL = "symbol",
}

/// How many names the cache in front of the intern table remembers.
const RECENT_SIZE: usize = 256;

/// The intern table: text to atom, and atom to its (permanent) heap string.
#[derive(Default)]
pub struct Atoms {
    map: HashMap<Units, Atom>,
    strings: Vec<StrRef>,
    /// The array index each atom spells, if any (`"3"` → 3).
    indices: Vec<Option<u32>>,
    /// A direct-mapped cache for ASCII names interned from Rust text (the host
    /// asks for the same few property names on every request): a fast hash and
    /// a byte comparison instead of an allocation and a SipHash lookup. A
    /// collision only evicts, so chosen names cannot make it slow.
    recent: Vec<Option<(Box<[u8]>, Atom)>>,
}

/// The cache slot of an ASCII name.
fn recent_slot(bytes: &[u8]) -> usize {
    use std::hash::Hasher;
    let mut h = crate::fxhash::FxHasher::default();
    h.write(bytes);
    (h.finish() as usize) % RECENT_SIZE
}

impl Atoms {
    /// The atom of an ASCII name, if the cache holds it.
    #[inline]
    pub fn lookup_recent(&self, bytes: &[u8]) -> Option<Atom> {
        match self.recent.get(recent_slot(bytes)) {
            Some(Some((b, a))) if **b == *bytes => Some(*a),
            _ => None,
        }
    }

    /// Remembers an ASCII name's atom in the cache.
    pub fn remember_recent(&mut self, bytes: &[u8], atom: Atom) {
        if self.recent.is_empty() {
            self.recent.resize_with(RECENT_SIZE, || None);
        }
        if let Some(slot) = self.recent.get_mut(recent_slot(bytes)) {
            *slot = Some((bytes.into(), atom));
        }
    }

    pub fn lookup(&self, units: &Units) -> Option<Atom> {
        self.map.get(units).copied()
    }

    pub fn insert(&mut self, units: Units, s: StrRef) -> Atom {
        let atom = Atom(self.strings.len() as u32);
        self.indices.push(units.as_index());
        self.strings.push(s);
        self.map.insert(units, atom);
        atom
    }

    #[inline]
    pub fn string(&self, a: Atom) -> StrRef {
        self.strings[a.0 as usize]
    }

    #[inline]
    pub fn index(&self, a: Atom) -> Option<u32> {
        self.indices.get(a.0 as usize).copied().flatten()
    }

    pub fn all_strings(&self) -> &[StrRef] {
        &self.strings
    }
}
