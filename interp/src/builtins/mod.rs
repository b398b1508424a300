//! The built-in library, one file per global (`array.rs` is `Array`, …).
//!
//! How to add a built-in: write a native function with the [`NativeFn`]
//! signature `fn(cx, this, args, new_target) -> JsResult<Value>` in the file of
//! its global, and register it in that file's `install(cx)` with one of the
//! helpers below (`method`, `getter`, `constructor`, `global`). `install_all`
//! calls every file's `install` once, when the realm is created. Prototypes
//! already exist then (see `realm.rs`), so the order of installation does not
//! matter. Read arguments with [`arg`], which yields `undefined` past the end.

pub mod array;
pub mod async_generator;
pub mod boolean;
pub mod buffer;
pub mod console;
pub mod date;
pub mod error;
pub mod function;
pub mod global;
pub mod iterator;
pub mod json;
pub mod map;
pub mod math;
pub mod number;
pub mod object;
pub mod promise;
pub mod reflect;
pub mod regexp;
pub mod string;
pub mod structured_clone;
pub mod symbol;

use crate::interp::Interpreter;
use crate::object::{NativeFn, Property, CONFIGURABLE, HIDDEN};
use crate::value::{ObjRef, PropKey, Value};

/// The `i`-th argument, or `undefined`.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

pub(crate) fn install_all(cx: &mut Interpreter) {
    object::install(cx);
    function::install(cx);
    array::install(cx);
    string::install(cx);
    number::install(cx);
    boolean::install(cx);
    symbol::install(cx);
    error::install(cx);
    math::install(cx);
    json::install(cx);
    iterator::install(cx);
    map::install(cx);
    reflect::install(cx);
    // After `string`: it wraps String.prototype.replace/replaceAll/split.
    regexp::install(cx);
    date::install(cx);
    console::install(cx);
    global::install(cx);
    structured_clone::install(cx);
    promise::install(cx);
    // After `array`: Buffers borrow the generic Array methods.
    buffer::install(cx);
    crate::suspend::install(cx);
    async_generator::install(cx);
}

impl Interpreter {
    /// Adds a non-enumerable method to `target`.
    pub fn method(&mut self, target: ObjRef, name: &str, f: NativeFn, length: u32) -> ObjRef {
        let func = self.make_native(name, f, length, false);
        let key = PropKey::Str(self.intern(name));
        self.define(target, key, Property::data(Value::Object(func), HIDDEN));
        func
    }

    /// Adds a method keyed by a symbol (`[Symbol.iterator]`), named `[name]`.
    pub fn symbol_method(
        &mut self,
        target: ObjRef,
        sym: crate::value::SymRef,
        name: &str,
        f: NativeFn,
        length: u32,
    ) -> ObjRef {
        let func = self.make_native(name, f, length, false);
        self.define(
            target,
            PropKey::Sym(sym),
            Property::data(Value::Object(func), HIDDEN),
        );
        func
    }

    /// Adds an accessor with only a getter.
    pub fn getter(&mut self, target: ObjRef, name: &str, f: NativeFn) {
        let func = self.make_native(&format!("get {name}"), f, 0, false);
        let key = PropKey::Str(self.intern(name));
        self.define_accessor(target, key, Some(func), None, CONFIGURABLE);
    }

    /// Creates a constructor linked with its prototype and makes it a global.
    pub fn constructor(&mut self, name: &str, f: NativeFn, length: u32, proto: ObjRef) -> ObjRef {
        let c = self.make_native(name, f, length, true);
        self.define_value(
            c,
            PropKey::Str(crate::atoms::PROTOTYPE),
            Value::Object(proto),
            0,
        );
        self.define_value(
            proto,
            PropKey::Str(crate::atoms::CONSTRUCTOR),
            Value::Object(c),
            HIDDEN,
        );
        self.global(name, Value::Object(c));
        c
    }

    /// Defines a global binding (a non-enumerable property of the global object).
    pub fn global(&mut self, name: &str, v: Value) {
        let g = self.realm.global;
        let key = PropKey::Str(self.intern(name));
        self.define(g, key, Property::data(v, HIDDEN));
    }

    /// Defines a constant (non-writable) data property.
    pub fn constant(&mut self, target: ObjRef, name: &str, v: Value) {
        let key = PropKey::Str(self.intern(name));
        self.define(target, key, Property::data(v, 0));
    }

    /// `this` as an object, or a TypeError naming the method.
    pub fn this_object(&mut self, this: Value, method: &str) -> crate::interp::JsResult<ObjRef> {
        match this {
            Value::Undefined | Value::Null => {
                Err(self.type_error(&format!("{method} called on null or undefined")))
            }
            _ => self.to_object(this),
        }
    }
}
