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

/// The intern table: text to atom, and atom to its (permanent) heap string.
#[derive(Default)]
pub struct Atoms {
    map: HashMap<Units, Atom>,
    strings: Vec<StrRef>,
    /// The array index each atom spells, if any (`"3"` → 3).
    indices: Vec<Option<u32>>,
}

impl Atoms {
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
