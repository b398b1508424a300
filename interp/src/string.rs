//! JavaScript strings with UTF-16 semantics. A string whose code units all fit in
//! a byte (ASCII and Latin-1, the common case) is stored one byte per unit; any other
//! string stores `u16` units. Length, indexing and comparison are always in UTF-16
//! code units, as the language requires (`'😀'.length === 2`).

use std::cell::{Cell, OnceCell};
use std::sync::OnceLock;

use crate::value::{Atom, StrRef};

/// The code units of a string, in the narrowest representation that holds them.
/// The representation is canonical (a string is `Latin1` iff every unit < 256), so
/// derived equality and hashing agree with JavaScript string equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Units {
    Latin1(Box<[u8]>),
    Utf16(Box<[u16]>),
}

/// A heap string: its units plus a cache of its atom, so a string used repeatedly
/// as a property key is interned once.
///
/// A long concatenation is a *rope*: it only records its two halves, so building
/// a string with `s += piece` in a loop costs O(1) per step instead of copying the
/// whole prefix each time. The units are computed on first use
/// (`Interpreter::str` flattens), then the halves are released.
pub struct JsString {
    flat: OnceCell<Units>,
    rope: Cell<Option<(StrRef, StrRef)>>,
    len: usize,
    pub atom: Cell<Option<Atom>>,
}

static EMPTY: OnceLock<Units> = OnceLock::new();

impl JsString {
    pub fn new(units: Units) -> JsString {
        JsString {
            len: units.len(),
            flat: OnceCell::from(units),
            rope: Cell::new(None),
            atom: Cell::new(None),
        }
    }
    /// A rope joining `left` and `right` (total length `len`).
    pub fn concat(left: StrRef, right: StrRef, len: usize) -> JsString {
        JsString {
            len,
            flat: OnceCell::new(),
            rope: Cell::new(Some((left, right))),
            atom: Cell::new(None),
        }
    }
    /// The code units. Strings reached through `Interpreter::str` are always flat.
    #[inline]
    pub fn units(&self) -> &Units {
        match self.flat.get() {
            Some(u) => u,
            None => EMPTY.get_or_init(|| Units::Latin1(Box::new([]))),
        }
    }
    pub(crate) fn is_flat(&self) -> bool {
        self.flat.get().is_some()
    }
    pub(crate) fn rope(&self) -> Option<(StrRef, StrRef)> {
        self.rope.get()
    }
    /// Stores the flattened units and lets go of the halves.
    pub(crate) fn set_flat(&self, units: Units) {
        let _ = self.flat.set(units);
        self.rope.set(None);
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Units {
    pub fn from_str(s: &str) -> Units {
        if s.is_ascii() {
            Units::Latin1(s.as_bytes().into())
        } else {
            Units::from_u16(&s.encode_utf16().collect::<Vec<_>>())
        }
    }

    /// Builds units from UTF-16, narrowing when every unit fits in a byte.
    pub fn from_u16(units: &[u16]) -> Units {
        if units.iter().all(|&u| u < 256) {
            Units::Latin1(units.iter().map(|&u| u as u8).collect())
        } else {
            Units::Utf16(units.into())
        }
    }

    pub fn from_vec16(units: Vec<u16>) -> Units {
        if units.iter().all(|&u| u < 256) {
            Units::Latin1(units.iter().map(|&u| u as u8).collect())
        } else {
            Units::Utf16(units.into_boxed_slice())
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(w) => w.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn at(&self, i: usize) -> Option<u16> {
        match self {
            Units::Latin1(b) => b.get(i).map(|&u| u as u16),
            Units::Utf16(w) => w.get(i).copied(),
        }
    }

    pub fn to_vec16(&self) -> Vec<u16> {
        match self {
            Units::Latin1(b) => b.iter().map(|&u| u as u16).collect(),
            Units::Utf16(w) => w.to_vec(),
        }
    }

    pub fn push_to(&self, out: &mut Vec<u16>) {
        match self {
            Units::Latin1(b) => out.extend(b.iter().map(|&u| u as u16)),
            Units::Utf16(w) => out.extend_from_slice(w),
        }
    }

    pub fn slice(&self, start: usize, end: usize) -> Units {
        let end = end.min(self.len());
        let start = start.min(end);
        match self {
            Units::Latin1(b) => Units::Latin1(b[start..end].into()),
            Units::Utf16(w) => Units::from_u16(&w[start..end]),
        }
    }

    pub fn concat(&self, other: &Units) -> Units {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => {
                let mut v = Vec::with_capacity(a.len() + b.len());
                v.extend_from_slice(a);
                v.extend_from_slice(b);
                Units::Latin1(v.into_boxed_slice())
            }
            _ => {
                let mut v = Vec::with_capacity(self.len() + other.len());
                self.push_to(&mut v);
                other.push_to(&mut v);
                Units::Utf16(v.into_boxed_slice())
            }
        }
    }

    /// Lossy conversion for printing: lone surrogates become U+FFFD, as node does
    /// when writing to stdout.
    pub fn to_rust_string(&self) -> String {
        match self {
            Units::Latin1(b) => b.iter().map(|&u| u as char).collect(),
            Units::Utf16(w) => String::from_utf16_lossy(w),
        }
    }

    /// Whether these units spell `s` (ASCII only; used for fast comparisons).
    pub fn eq_ascii(&self, s: &str) -> bool {
        match self {
            Units::Latin1(b) => &**b == s.as_bytes(),
            Units::Utf16(_) => false,
        }
    }

    /// Lexicographic comparison by code units (the `<` operator on strings).
    pub fn cmp_units(&self, other: &Units) -> std::cmp::Ordering {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => a.cmp(b),
            _ => {
                let n = self.len().min(other.len());
                for i in 0..n {
                    let (x, y) = (self.at(i).unwrap_or(0), other.at(i).unwrap_or(0));
                    if x != y {
                        return x.cmp(&y);
                    }
                }
                self.len().cmp(&other.len())
            }
        }
    }

    /// First index of `needle` at or after `from`, in code units.
    pub fn find(&self, needle: &Units, from: usize) -> Option<usize> {
        let (n, m) = (self.len(), needle.len());
        if m == 0 {
            return if from <= n { Some(from) } else { Some(n) };
        }
        if m > n {
            return None;
        }
        if let (Units::Latin1(h), Units::Latin1(nd)) = (self, needle) {
            return h
                .get(from..)?
                .windows(m)
                .position(|w| w == &**nd)
                .map(|p| p + from);
        }
        (from..=n - m).find(|&i| (0..m).all(|j| self.at(i + j) == needle.at(j)))
    }

    /// Last index of `needle` at or before `from`.
    pub fn rfind(&self, needle: &Units, from: usize) -> Option<usize> {
        let (n, m) = (self.len(), needle.len());
        if m > n {
            return None;
        }
        let start = from.min(n - m);
        (0..=start)
            .rev()
            .find(|&i| (0..m).all(|j| self.at(i + j) == needle.at(j)))
    }

    /// The canonical array index this string spells (`"0"`, `"42"`, not `"01"`),
    /// below 2^32 - 1.
    pub fn as_index(&self) -> Option<u32> {
        let n = self.len();
        if n == 0 || n > 10 {
            return None;
        }
        let mut acc: u64 = 0;
        for i in 0..n {
            let u = self.at(i)?;
            if !(b'0' as u16..=b'9' as u16).contains(&u) {
                return None;
            }
            if i == 0 && u == b'0' as u16 && n > 1 {
                return None;
            }
            acc = acc * 10 + (u - b'0' as u16) as u64;
        }
        if acc < u32::MAX as u64 {
            Some(acc as u32)
        } else {
            None
        }
    }
}

/// Whether a code unit is JavaScript white space or a line terminator (for `trim`).
pub fn is_js_whitespace(u: u16) -> bool {
    matches!(
        u,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}
