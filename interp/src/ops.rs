//! Type conversions and operators as the specification defines them
//! (ECMA-262 §7.1 and §7.2, §13): ToPrimitive (with `Symbol.toPrimitive`,
//! `valueOf`, `toString`), ToNumber, ToString, ToPropertyKey, the equality
//! algorithms, `+`, relational comparison, `instanceof` and `typeof`.

use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::number::{number_to_string, string_to_number};
use crate::object::ObjectKind;
use crate::string::Units;
use crate::value::{ObjRef, PropKey, StrRef, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

impl Interpreter {
    pub fn to_boolean(&self, v: Value) -> bool {
        match v {
            Value::Undefined | Value::Null | Value::Hole => false,
            Value::Bool(b) => b,
            Value::Number(n) => !(n == 0.0 || n.is_nan()),
            Value::String(s) => !self.str(s).is_empty(),
            Value::Symbol(_) | Value::Object(_) => true,
        }
    }

    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Value::Object(o) = v else { return Ok(v) };
        let exotic = self.get(o, PropKey::Sym(self.realm.sym_to_primitive))?;
        if !exotic.is_nullish() {
            let h = match hint {
                Hint::Default => "default",
                Hint::Number => "number",
                Hint::String => "string",
            };
            let hv = self.string_value(h);
            let r = self.call_value(exotic, v, &[hv])?;
            if matches!(r, Value::Object(_)) {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(r);
        }
        let order = if hint == Hint::String {
            [atoms::TO_STRING, atoms::VALUE_OF]
        } else {
            [atoms::VALUE_OF, atoms::TO_STRING]
        };
        for name in order {
            let f = self.get(o, PropKey::Str(name))?;
            if self.is_callable(f) {
                let r = self.call_value(f, v, &[])?;
                if !matches!(r, Value::Object(_)) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        Ok(match v {
            Value::Number(n) => n,
            Value::Undefined | Value::Hole => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => b as u8 as f64,
            Value::String(s) => string_to_number(&self.rust_string(s)),
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a number"))
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::Number)?;
                return self.to_number(p);
            }
        })
    }

    pub fn to_integer(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_number(v)?;
        Ok(if n.is_nan() { 0.0 } else { n.trunc() + 0.0 })
    }

    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        Ok(match v {
            Value::Number(n) => f64_to_int32(n),
            _ => f64_to_int32(self.to_number(v)?),
        })
    }

    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        Ok(self.to_int32(v)? as u32)
    }

    /// ToString, returning a heap string.
    pub fn to_string(&mut self, v: Value) -> JsResult<StrRef> {
        Ok(match v {
            Value::String(s) => s,
            Value::Undefined | Value::Hole => self.atom_str(atoms::UNDEFINED),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                return self.to_string(p);
            }
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a string"))
            }
            // A number's text is a new heap string, not an atom: atoms live
            // as long as the program, and one that formats many different
            // numbers (counters, ids, times) would keep every text it ever
            // made. A property key made from it is interned when it is used
            // as one (`to_property_key`).
            Value::Number(n) => {
                let mut buf = [0u8; 24];
                if let Some(digits) = crate::number::integer_text(n, &mut buf) {
                    return Ok(self.new_string(Units::Latin1(digits.into())));
                }
                let text = number_to_string(n);
                self.new_string(Units::from_str(&text))
            }
            _ => {
                let text = self.primitive_text(v);
                let a = self.intern(&text);
                self.atom_str(a)
            }
        })
    }

    /// The text of a primitive other than a string or symbol.
    pub fn primitive_text(&self, v: Value) -> String {
        match v {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => number_to_string(n),
            Value::String(s) => self.rust_string(s),
            _ => "undefined".into(),
        }
    }

    /// ToString into a Rust `String` (lossy for lone surrogates).
    pub fn to_rust_string(&mut self, v: Value) -> JsResult<String> {
        let s = self.to_string(v)?;
        Ok(self.rust_string(s))
    }

    pub fn to_property_key(&mut self, v: Value) -> JsResult<PropKey> {
        match v {
            Value::String(s) => Ok(PropKey::Str(self.atom_of(s))),
            Value::Symbol(s) => Ok(PropKey::Sym(s)),
            Value::Number(n) if n >= 0.0 && n < u32::MAX as f64 && n.fract() == 0.0 => {
                Ok(self.index_key(n as u32))
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_property_key(p)
            }
            _ => {
                let s = self.to_string(v)?;
                Ok(PropKey::Str(self.atom_of(s)))
            }
        }
    }

    pub fn to_object(&mut self, v: Value) -> JsResult<ObjRef> {
        let (proto, kind) = match v {
            Value::Object(o) => return Ok(o),
            Value::Undefined | Value::Null | Value::Hole => {
                return Err(self.type_error("Cannot convert undefined or null to object"))
            }
            Value::Bool(b) => (self.realm.boolean_proto, ObjectKind::Boolean(b)),
            Value::Number(n) => (self.realm.number_proto, ObjectKind::Number(n)),
            Value::String(s) => (self.realm.string_proto, ObjectKind::String(s)),
            Value::Symbol(s) => (self.realm.symbol_proto, ObjectKind::Symbol(s)),
        };
        Ok(self.new_object(Some(proto), kind))
    }

    pub fn is_callable(&self, v: Value) -> bool {
        matches!(v, Value::Object(o) if self.obj(o).is_callable())
    }

    pub fn is_constructor(&self, v: Value) -> bool {
        let Value::Object(o) = v else { return false };
        match &self.obj(o).kind {
            ObjectKind::Function(c) => {
                matches!(
                    c.code.kind,
                    crate::ir::FnKind::Normal | crate::ir::FnKind::ClassConstructor { .. }
                ) && !c.code.is_generator
                    && !c.code.is_async
            }
            ObjectKind::Native(n) => n.constructor,
            ObjectKind::Bound(b) => self.is_constructor(Value::Object(b.target)),
            _ => false,
        }
    }

    pub fn typeof_str(&self, v: Value) -> &'static str {
        match v {
            Value::Undefined | Value::Hole => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Symbol(_) => "symbol",
            Value::Object(o) => {
                if self.obj(o).is_callable() {
                    "function"
                } else {
                    "object"
                }
            }
        }
    }

    /// `typeof v` as an atom (the answers are well-known atoms, so no lookup).
    pub fn typeof_atom(&self, v: Value) -> crate::value::Atom {
        match v {
            Value::Undefined | Value::Hole => atoms::UNDEFINED,
            Value::Null => atoms::OBJECT,
            Value::Bool(_) => atoms::BOOLEAN,
            Value::Number(_) => atoms::NUMBER,
            Value::String(_) => atoms::STRING,
            Value::Symbol(_) => atoms::SYMBOL,
            Value::Object(o) => {
                if self.obj(o).is_callable() {
                    atoms::FUNCTION
                } else {
                    atoms::OBJECT
                }
            }
        }
    }

    pub fn strings_equal(&self, a: StrRef, b: StrRef) -> bool {
        a == b || self.str(a).units() == self.str(b).units()
    }

    pub fn strict_equals(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y,
            (Value::String(x), Value::String(y)) => self.strings_equal(x, y),
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            _ => a.same_handle(b),
        }
    }

    pub fn same_value_zero(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
            _ => self.strict_equals(a, b),
        }
    }

    pub fn same_value(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                (x == y && x.is_sign_negative() == y.is_sign_negative())
                    || (x.is_nan() && y.is_nan())
            }
            _ => self.strict_equals(a, b),
        }
    }

    /// The `==` algorithm (IsLooselyEqual).
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        use Value::*;
        Ok(match (a, b) {
            (Undefined | Null, Undefined | Null) => true,
            (Undefined | Null, _) | (_, Undefined | Null) => false,
            (Number(_), Number(_))
            | (String(_), String(_))
            | (Bool(_), Bool(_))
            | (Symbol(_), Symbol(_)) => self.strict_equals(a, b),
            (Object(x), Object(y)) => x == y,
            (Number(x), String(_)) => x == self.to_number(b)?,
            (String(_), Number(y)) => self.to_number(a)? == y,
            (Bool(x), _) => return self.loose_equals(Number(x as u8 as f64), b),
            (_, Bool(y)) => return self.loose_equals(a, Number(y as u8 as f64)),
            (Object(_), Number(_) | String(_) | Symbol(_)) => {
                let p = self.to_primitive(a, Hint::Default)?;
                return self.loose_equals(p, b);
            }
            (Number(_) | String(_) | Symbol(_), Object(_)) => {
                let p = self.to_primitive(b, Hint::Default)?;
                return self.loose_equals(a, p);
            }
            _ => false,
        })
    }

    pub fn concat_strings(&mut self, a: StrRef, b: StrRef) -> Value {
        if self.strings.get(b).is_empty() {
            return Value::String(a);
        }
        if self.strings.get(a).is_empty() {
            return Value::String(b);
        }
        Value::String(self.concat_strings_raw(a, b))
    }

    /// `string + integer` or `integer + string` for a short result, built in
    /// one piece: the number's text never becomes a string of its own.
    fn concat_integer(&mut self, a: Value, b: Value) -> Option<Value> {
        const SHORT: usize = 200;
        let mut buf = [0u8; 24];
        let (s, digits, digits_first) = match (a, b) {
            (Value::String(s), Value::Number(n)) => {
                (s, crate::number::integer_text(n, &mut buf)?, false)
            }
            (Value::Number(n), Value::String(s)) => {
                (s, crate::number::integer_text(n, &mut buf)?, true)
            }
            _ => return None,
        };
        if self.strings.get(s).len() > SHORT {
            return None;
        }
        let units = match self.str(s).units() {
            Units::Latin1(text) => {
                let mut v = Vec::with_capacity(text.len() + digits.len());
                if digits_first {
                    v.extend_from_slice(digits);
                    v.extend_from_slice(text);
                } else {
                    v.extend_from_slice(text);
                    v.extend_from_slice(digits);
                }
                Units::Latin1(v.into_boxed_slice())
            }
            Units::Utf16(text) => {
                let mut v = Vec::with_capacity(text.len() + digits.len());
                let d = digits.iter().map(|&c| u16::from(c));
                if digits_first {
                    v.extend(d);
                    v.extend_from_slice(text);
                } else {
                    v.extend_from_slice(text);
                    v.extend(d);
                }
                Units::Utf16(v.into_boxed_slice())
            }
        };
        Some(Value::String(self.new_string(units)))
    }

    /// The `+` operator.
    pub fn add(&mut self, a: Value, b: Value) -> JsResult<Value> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            return Ok(Value::Number(x + y));
        }
        if let (Value::String(x), Value::String(y)) = (a, b) {
            return Ok(self.concat_strings(x, y));
        }
        if let Some(v) = self.concat_integer(a, b) {
            return Ok(v);
        }
        let pa = self.to_primitive(a, Hint::Default)?;
        self.root(pa);
        let pb = self.to_primitive(b, Hint::Default)?;
        if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
            let sa = self.to_string(pa)?;
            self.root(Value::String(sa));
            let sb = self.to_string(pb)?;
            return Ok(self.concat_strings(sa, sb));
        }
        Ok(Value::Number(self.to_number(pa)? + self.to_number(pb)?))
    }

    /// Abstract relational comparison `a < b`; `None` means undefined (NaN).
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number)?;
            self.root(pa);
            (pa, self.to_primitive(b, Hint::Number)?)
        } else {
            let pb = self.to_primitive(b, Hint::Number)?;
            self.root(pb);
            (self.to_primitive(a, Hint::Number)?, pb)
        };
        if let (Value::String(x), Value::String(y)) = (pa, pb) {
            return Ok(Some(
                self.str(x).units().cmp_units(self.str(y).units()) == std::cmp::Ordering::Less,
            ));
        }
        let (x, y) = (self.to_number(pa)?, self.to_number(pb)?);
        if x.is_nan() || y.is_nan() {
            return Ok(None);
        }
        Ok(Some(x < y))
    }

    /// `v instanceof target`.
    pub fn instance_of(&mut self, v: Value, target: Value) -> JsResult<bool> {
        let Value::Object(t) = target else {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        };
        let h = self.get(t, PropKey::Sym(self.realm.sym_has_instance))?;
        if !h.is_nullish() && !self.is_default_has_instance(h) {
            let r = self.call_value(h, target, &[v])?;
            return Ok(self.to_boolean(r));
        }
        if !self.is_callable(target) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(t, v)
    }

    fn is_default_has_instance(&self, h: Value) -> bool {
        matches!(h, Value::Object(o) if matches!(&self.obj(o).kind, ObjectKind::Native(n) if n.f as *const () == crate::builtins::function::has_instance as *const ()))
    }

    /// Whether `proto` is on `o`'s prototype chain.
    pub fn instance_proto_is(&self, o: ObjRef, proto: ObjRef) -> bool {
        let mut cur = self.obj(o).proto;
        while let Some(p) = cur {
            if p == proto {
                return true;
            }
            cur = self.obj(p).proto;
        }
        false
    }

    pub fn ordinary_has_instance(&mut self, t: ObjRef, v: Value) -> JsResult<bool> {
        if let ObjectKind::Bound(b) = &self.obj(t).kind {
            let target = b.target;
            return self.instance_of(v, Value::Object(target));
        }
        let Value::Object(mut o) = v else {
            return Ok(false);
        };
        let proto = self.get(t, PropKey::Str(atoms::PROTOTYPE))?;
        let Value::Object(proto) = proto else {
            return Err(self
                .type_error("Function has non-object prototype 'undefined' in instanceof check"));
        };
        while let Some(p) = self.obj(o).proto {
            if p == proto {
                return Ok(true);
            }
            o = p;
        }
        Ok(false)
    }

    pub fn new_str_value(&mut self, units: Units) -> Value {
        Value::String(self.new_string(units))
    }
}

/// ToInt32 on a number (ECMA-262 §7.1.6).
pub fn f64_to_int32(n: f64) -> i32 {
    if n.is_finite() && n.abs() < 2147483648.0 {
        return n as i32;
    }
    if !n.is_finite() {
        return 0;
    }
    let m = n.trunc().rem_euclid(4294967296.0);
    m as u32 as i32
}
