//! The JavaScript value: a 16-byte `Copy` enum whose heap variants are handles into
//! the garbage-collected arenas of `gc.rs`. Property keys (`PropKey`) live here too:
//! interned strings (`Atom`) or symbols.

use crate::gc::Handle;
use crate::object::JsObject;
use crate::string::JsString;

pub type ObjRef = Handle<JsObject>;
pub type StrRef = Handle<JsString>;
pub type SymRef = Handle<SymbolData>;

/// A JavaScript value. `Hole` is internal: it marks an uninitialised `let`/`const`
/// binding (the temporal dead zone) and a missing array element; it never reaches
/// script code.
///
/// `repr(u64)` gives the tag a whole word and puts every payload in the second
/// word, so copying a value (which the evaluator does at every step) is two
/// word moves. With the default layout the tag, a `Bool` and a handle sit at
/// different small offsets, and each copy moved them piece by piece: the
/// attribute alone took 4.5% off an HTTP request's instructions.
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(StrRef),
    Symbol(SymRef),
    Object(ObjRef),
    Hole,
}

impl Value {
    #[inline]
    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    #[inline]
    pub fn as_object(self) -> Option<ObjRef> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    /// Whether the value lives in the heap (and so must be rooted while Rust code
    /// holds it across a possible collection).
    #[inline]
    pub fn is_heap(self) -> bool {
        matches!(self, Value::String(_) | Value::Symbol(_) | Value::Object(_))
    }
    /// Identity comparison used by `===` for non-numbers and by SameValue.
    pub fn same_handle(self, other: Value) -> bool {
        match (self, other) {
            (Value::Object(a), Value::Object(b)) => a == b,
            (Value::Symbol(a), Value::Symbol(b)) => a == b,
            _ => false,
        }
    }
}

/// A symbol's payload: its description (`Symbol('x').description`).
pub struct SymbolData {
    pub description: Option<StrRef>,
    /// For `Symbol.for(key)` symbols, the registry key.
    pub registered: bool,
    /// A class's private name (`#x`): a key that reflection never lists.
    pub private: bool,
    /// For a private method or accessor: the class name its brand check names.
    pub method_of: Option<StrRef>,
}

/// An interned string: an index into the interpreter's atom table. Atoms are never
/// collected, so property names compare as integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Atom(pub u32);

/// A property key: an interned string or a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropKey {
    Str(Atom),
    Sym(SymRef),
}

#[cfg(test)]
mod tests {
    use super::Value;
    use crate::interp::JsResult;

    /// The layout promises of DESIGN-NOTES: a 16-byte value, and a result that
    /// still fits in two registers.
    #[test]
    fn values_are_compact() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<JsResult<Value>>(), 16);
    }
}
