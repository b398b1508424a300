//! `JSON.stringify` (replacer function or list, indentation, `toJSON`, cycle
//! detection) and `JSON.parse` (with a reviver), following ECMA-262 §25.5.

use super::arg;
use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::string::Units;
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    let j = cx.new_plain_object();
    cx.global("JSON", Value::Object(j));
    cx.method(j, "stringify", stringify, 3);
    cx.method(j, "parse", parse, 2);
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("JSON");
    cx.define_value(j, tag, v, crate::object::CONFIGURABLE);
}

/// Appends a JSON-quoted string.
pub fn quote_json(units: &Units, out: &mut Vec<u16>) {
    out.push(b'"' as u16);
    // The common case: Latin-1 text with nothing to escape is copied as is.
    if let Units::Latin1(bytes) = units {
        if !bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\') {
            out.extend(bytes.iter().map(|&b| b as u16));
            out.push(b'"' as u16);
            return;
        }
    }
    let n = units.len();
    let mut i = 0;
    while i < n {
        let u = units.at(i).unwrap_or(0);
        let esc = |c: u8, out: &mut Vec<u16>| {
            out.push(b'\\' as u16);
            out.push(c as u16);
        };
        match u {
            0x22 => esc(b'"', out),
            0x5C => esc(b'\\', out),
            0x08 => esc(b'b', out),
            0x0C => esc(b'f', out),
            0x0A => esc(b'n', out),
            0x0D => esc(b'r', out),
            0x09 => esc(b't', out),
            0xD800..=0xDBFF
                if units
                    .at(i + 1)
                    .is_some_and(|l| (0xDC00..0xE000).contains(&l)) =>
            {
                out.push(u);
                out.push(units.at(i + 1).unwrap_or(0));
                i += 1;
            }
            c if c < 0x20 || (0xD800..0xE000).contains(&c) => {
                out.extend(format!("\\u{c:04x}").encode_utf16());
            }
            c => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

struct Stringifier {
    replacer: Option<Value>,
    allow: Option<Vec<PropKey>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The objects being serialised, outermost first, and the key each was
    /// reached by (for the message when one of them comes round again).
    stack: Vec<ObjRef>,
    keys: Vec<JsonKey>,
}

fn stringify(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let mut st = Stringifier {
        replacer: None,
        allow: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: Vec::new(),
        keys: Vec::new(),
    };
    let r = arg(args, 1);
    if cx.is_callable(r) {
        st.replacer = Some(r);
    } else if let Value::Object(ro) = r {
        if matches!(cx.obj(ro).kind, ObjectKind::Array(_)) {
            let items = crate::builtins::function::array_like_to_vec(cx, r)?;
            let mut keys = Vec::new();
            for item in items {
                let k = match item {
                    Value::String(_) | Value::Number(_) => Some(cx.to_property_key(item)?),
                    Value::Object(o)
                        if matches!(
                            cx.obj(o).kind,
                            ObjectKind::String(_) | ObjectKind::Number(_)
                        ) =>
                    {
                        let s = cx.to_string(item)?;
                        Some(PropKey::Str(cx.atom_of(s)))
                    }
                    _ => None,
                };
                if let Some(k) = k {
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                }
            }
            st.allow = Some(keys);
        }
    }
    let mut space = arg(args, 2);
    if let Value::Object(o) = space {
        match cx.obj(o).kind {
            ObjectKind::Number(_) => space = Value::Number(cx.to_number(space)?),
            ObjectKind::String(_) => space = Value::String(cx.to_string(space)?),
            _ => {}
        }
    }
    match space {
        Value::Number(n) => {
            let n = n.clamp(0.0, 10.0) as usize;
            st.gap = vec![b' ' as u16; n];
        }
        Value::String(s) => {
            let mut u = cx.str(s).units().to_vec16();
            u.truncate(10);
            st.gap = u;
        }
        _ => {}
    }
    let wrapper = cx.new_plain_object();
    cx.root(Value::Object(wrapper));
    let v = arg(args, 0);
    cx.create_data_property(wrapper, PropKey::Str(atoms::EMPTY), v)?;
    let mut out = Vec::new();
    if serialize_property(
        cx,
        &mut st,
        wrapper,
        JsonKey::Prop(PropKey::Str(atoms::EMPTY)),
        v,
        &mut out,
    )? {
        Ok(cx.new_str_value(Units::from_vec16(out)))
    } else {
        Ok(Value::Undefined)
    }
}

/// The key a value is serialised under. Array indices stay numbers until a
/// `toJSON` or replacer needs them as strings (most never do).
#[derive(Clone, Copy)]
enum JsonKey {
    Prop(PropKey),
    Index(usize),
}

impl JsonKey {
    fn value(self, cx: &mut Interpreter) -> Value {
        match self {
            JsonKey::Prop(k) => key_value(cx, k),
            JsonKey::Index(i) => {
                let k = cx.index_key(i as u32);
                key_value(cx, k)
            }
        }
    }
    fn text(self, cx: &Interpreter) -> String {
        match self {
            JsonKey::Prop(k) => cx.key_text(k),
            JsonKey::Index(i) => i.to_string(),
        }
    }
}

/// V8's message for a value that contains itself: the object the circle
/// starts at, each step of the way back to it (`property 'a'`, `index 0`, and
/// the object reached; only the first two and the last when there are more
/// than three), then the key that closes it.
fn circle_message(cx: &Interpreter, st: &Stringifier, start: usize, closing: JsonKey) -> String {
    let object = |o: ObjRef| {
        let ctor = cx.constructor_name(o).unwrap_or_else(|| "Object".into());
        format!("object with constructor '{ctor}'")
    };
    let step = |key: JsonKey| match key {
        JsonKey::Index(i) => format!("index {i}"),
        JsonKey::Prop(_) => format!("property '{}'", key.text(cx)),
    };
    let mut text = String::from("Converting circular structure to JSON");
    if let Some(&first) = st.stack.get(start) {
        text.push_str(&format!("\n    --> starting at {}", object(first)));
    }
    let steps: Vec<(ObjRef, JsonKey)> = st
        .stack
        .iter()
        .zip(&st.keys)
        .skip(start + 1)
        .map(|(&o, &k)| (o, k))
        .collect();
    let line = |(o, k): (ObjRef, JsonKey)| format!("\n    |     {} -> {}", step(k), object(o));
    if steps.len() > 3 {
        for &s in steps.iter().take(2) {
            text.push_str(&line(s));
        }
        text.push_str("\n    |     ...");
        if let Some(&last) = steps.last() {
            text.push_str(&line(last));
        }
    } else {
        for &s in &steps {
            text.push_str(&line(s));
        }
    }
    text.push_str(&format!("\n    --- {} closes the circle", step(closing)));
    text
}

/// Serialises one property value; returns false when it is omitted (undefined,
/// functions, symbols).
fn serialize_property(
    cx: &mut Interpreter,
    st: &mut Stringifier,
    holder: ObjRef,
    key: JsonKey,
    mut v: Value,
    out: &mut Vec<u16>,
) -> JsResult<bool> {
    let mark = cx.stack.len();
    if matches!(v, Value::Object(_)) {
        let to_json = cx.get_value(v, PropKey::Str(atoms::TO_JSON))?;
        if cx.is_callable(to_json) {
            let k = key.value(cx);
            v = cx.call(to_json, v, &[k])?;
        }
    }
    if let Some(r) = st.replacer {
        let k = key.value(cx);
        cx.root(v);
        v = cx.call(r, Value::Object(holder), &[k, v])?;
    }
    cx.root(v);
    if let Value::Object(o) = v {
        match cx.obj(o).kind {
            ObjectKind::Number(_) => v = Value::Number(cx.to_number(v)?),
            ObjectKind::String(_) => v = Value::String(cx.to_string(v)?),
            ObjectKind::Boolean(b) => v = Value::Bool(b),
            _ => {}
        }
    }
    let r = match v {
        Value::Null => {
            out.extend("null".encode_utf16());
            true
        }
        Value::Bool(b) => {
            out.extend(if b { "true" } else { "false" }.encode_utf16());
            true
        }
        Value::String(s) => {
            quote_json(cx.str(s).units(), out);
            true
        }
        Value::Number(n) => {
            let t = if n.is_finite() {
                crate::number::number_to_string(n)
            } else {
                "null".into()
            };
            out.extend(t.encode_utf16());
            true
        }
        Value::Object(o) if !cx.obj(o).is_callable() => {
            if let Some(start) = st.stack.iter().position(|&s| s == o) {
                let message = circle_message(cx, st, start, key);
                return Err(cx.type_error(&message));
            }
            if st.stack.len() >= crate::interp::MAX_DEPTH {
                return Err(cx.range_error("Maximum call stack size exceeded"));
            }
            st.stack.push(o);
            st.keys.push(key);
            let r = if matches!(cx.obj(o).kind, ObjectKind::Array(_)) {
                serialize_array(cx, st, o, out)
            } else {
                serialize_object(cx, st, o, out)
            };
            st.stack.pop();
            st.keys.pop();
            r?;
            true
        }
        _ => false,
    };
    cx.stack.truncate(mark);
    Ok(r)
}

fn key_value(cx: &Interpreter, k: PropKey) -> Value {
    match k {
        PropKey::Str(a) => cx.atom_value(a),
        PropKey::Sym(s) => Value::Symbol(s),
    }
}

/// Starts the next member of an object or array being written: a comma after
/// the first, then the newline and indentation when there is a gap.
fn member_start(st: &Stringifier, first: bool, out: &mut Vec<u16>) {
    if !first {
        out.push(b',' as u16);
    }
    if !st.gap.is_empty() {
        out.push(b'\n' as u16);
        out.extend_from_slice(&st.indent);
    }
}

/// Closes an object or array: with a gap and members, the closing bracket
/// goes on its own line at the outer indentation.
fn close_list(st: &Stringifier, stepback: &[u16], any: bool, close: u8, out: &mut Vec<u16>) {
    if any && !st.gap.is_empty() {
        out.push(b'\n' as u16);
        out.extend_from_slice(stepback);
    }
    out.push(close as u16);
}

/// Members are written straight into `out`; one that turns out to be omitted
/// (`undefined`, a function) is cut off again.
fn serialize_object(
    cx: &mut Interpreter,
    st: &mut Stringifier,
    o: ObjRef,
    out: &mut Vec<u16>,
) -> JsResult<()> {
    let stepback = st.indent.clone();
    st.indent.extend_from_slice(&st.gap.clone());
    let keys = match &st.allow {
        Some(k) => k.clone(),
        None => cx.own_enumerable_string_keys(o),
    };
    out.push(b'{' as u16);
    let mut any = false;
    for k in keys {
        let v = cx.get(o, k)?;
        let PropKey::Str(a) = k else { continue };
        let start = out.len();
        member_start(st, !any, out);
        let ks = cx.atom_str(a);
        quote_json(cx.str(ks).units(), out);
        out.push(b':' as u16);
        if !st.gap.is_empty() {
            out.push(b' ' as u16);
        }
        if serialize_property(cx, st, o, JsonKey::Prop(k), v, out)? {
            any = true;
        } else {
            out.truncate(start);
        }
    }
    close_list(st, &stepback, any, b'}', out);
    st.indent = stepback;
    Ok(())
}

fn serialize_array(
    cx: &mut Interpreter,
    st: &mut Stringifier,
    o: ObjRef,
    out: &mut Vec<u16>,
) -> JsResult<()> {
    let stepback = st.indent.clone();
    st.indent.extend_from_slice(&st.gap.clone());
    let n = crate::builtins::array::length_of(cx, o)?;
    out.push(b'[' as u16);
    for i in 0..n {
        let v = crate::builtins::array::get_index(cx, o, i)?;
        member_start(st, i == 0, out);
        let start = out.len();
        if !serialize_property(cx, st, o, JsonKey::Index(i), v, out)? {
            out.truncate(start);
            out.extend("null".encode_utf16());
        }
    }
    close_list(st, &stepback, n > 0, b']', out);
    st.indent = stepback;
    Ok(())
}

// ---------------------------------------------------------------------------
// JSON.parse
// ---------------------------------------------------------------------------

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
}

fn parse(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    let src = cx.str(s).units().to_vec16();
    let mut p = Parser { src: &src, pos: 0 };
    p.ws();
    let v = parse_value(cx, &mut p, 0)?;
    p.ws();
    if p.pos < src.len() {
        let at = p.pos;
        return Err(cx.syntax_error(&format!(
            "Unexpected non-whitespace character after JSON at position {at}"
        )));
    }
    let reviver = arg(args, 1);
    if cx.is_callable(reviver) {
        cx.root(v);
        let root = cx.new_plain_object();
        cx.root(Value::Object(root));
        cx.create_data_property(root, PropKey::Str(atoms::EMPTY), v)?;
        return revive(cx, root, PropKey::Str(atoms::EMPTY), reviver);
    }
    Ok(v)
}

fn revive(cx: &mut Interpreter, holder: ObjRef, key: PropKey, reviver: Value) -> JsResult<Value> {
    let v = cx.get(holder, key)?;
    cx.root(v);
    if let Value::Object(o) = v {
        let keys = if matches!(cx.obj(o).kind, ObjectKind::Array(_)) {
            let n = crate::builtins::array::length_of(cx, o)?;
            (0..n).map(|i| cx.index_key(i as u32)).collect()
        } else {
            cx.own_enumerable_string_keys(o)
        };
        for k in keys {
            let nv = revive(cx, o, k, reviver)?;
            if matches!(nv, Value::Undefined) {
                cx.delete(o, k);
            } else {
                cx.create_data_property(o, k, nv)?;
            }
        }
    }
    let k = key_value(cx, key);
    cx.call(reviver, Value::Object(holder), &[k, v])
}

/// A SyntaxError in V8's words, with the position where parsing stopped.
fn json_error(cx: &mut Interpreter, p: &Parser, what: &str) -> crate::interp::Exc {
    cx.syntax_error(&format!("{what} in JSON at position {}", p.pos))
}

/// "Unexpected token" with V8's excerpt of the source around it.
fn unexpected(cx: &mut Interpreter, p: &Parser) -> crate::interp::Exc {
    const CONTEXT: usize = 10;
    let Some(&u) = p.src.get(p.pos) else {
        return cx.syntax_error("Unexpected end of JSON input");
    };
    let text = String::from_utf16_lossy(p.src);
    if matches!(
        text.as_str(),
        "undefined" | "NaN" | "Infinity" | "[object Object]"
    ) {
        return cx.syntax_error(&format!("\"{text}\" is not valid JSON"));
    }
    let c = char::from_u32(u as u32).unwrap_or('\u{fffd}');
    let len = p.src.len();
    let part = |a: usize, b: usize| String::from_utf16_lossy(&p.src[a.min(len)..b.min(len)]);
    let shown = if len <= CONTEXT * 2 + 1 {
        format!("\"{text}\"")
    } else if p.pos < CONTEXT {
        format!("\"{}\"...", part(0, p.pos + CONTEXT))
    } else if p.pos < len - CONTEXT {
        format!("...\"{}\"...", part(p.pos - CONTEXT, p.pos + CONTEXT))
    } else {
        format!("...\"{}\"", part(p.pos - CONTEXT, len))
    };
    cx.syntax_error(&format!(
        "Unexpected token '{c}', {shown} is not valid JSON"
    ))
}

impl Parser<'_> {
    fn ws(&mut self) {
        while let Some(&u) = self.src.get(self.pos) {
            if u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D {
                self.pos += 1;
            } else {
                break;
            }
        }
    }
    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c as u16) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn digits(&mut self) -> usize {
        let s = self.pos;
        while self
            .peek()
            .is_some_and(|c| (b'0' as u16..=b'9' as u16).contains(&c))
        {
            self.pos += 1;
        }
        self.pos - s
    }
}

fn parse_value(cx: &mut Interpreter, p: &mut Parser, depth: usize) -> JsResult<Value> {
    if depth > 5000 {
        return Err(cx.range_error("Maximum call stack size exceeded"));
    }
    match p.peek() {
        Some(0x7B) => {
            p.pos += 1;
            let o = cx.new_plain_object();
            cx.root(Value::Object(o));
            p.ws();
            if p.eat(b'}') {
                return Ok(Value::Object(o));
            }
            let mut first = true;
            loop {
                p.ws();
                if p.peek() != Some(b'"' as u16) {
                    let what = if first {
                        "Expected property name or '}'"
                    } else {
                        "Expected double-quoted property name"
                    };
                    return Err(json_error(cx, p, what));
                }
                first = false;
                let k = parse_string(cx, p)?;
                p.ws();
                if !p.eat(b':') {
                    return Err(json_error(cx, p, "Expected ':' after property name"));
                }
                p.ws();
                let v = parse_value(cx, p, depth + 1)?;
                let key = cx.atom_of(k);
                cx.create_data_property(o, PropKey::Str(key), v)?;
                p.ws();
                if p.eat(b',') {
                    continue;
                }
                if p.eat(b'}') {
                    return Ok(Value::Object(o));
                }
                return Err(json_error(
                    cx,
                    p,
                    "Expected ',' or '}' after property value",
                ));
            }
        }
        Some(0x5B) => {
            p.pos += 1;
            let a = cx.new_array(Vec::new());
            cx.root(Value::Object(a));
            p.ws();
            if p.eat(b']') {
                return Ok(Value::Object(a));
            }
            loop {
                p.ws();
                let v = parse_value(cx, p, depth + 1)?;
                cx.array_push(a, v);
                p.ws();
                if p.eat(b',') {
                    continue;
                }
                if p.eat(b']') {
                    return Ok(Value::Object(a));
                }
                return Err(json_error(cx, p, "Expected ',' or ']' after array element"));
            }
        }
        Some(0x22) => Ok(Value::String(parse_string(cx, p)?)),
        Some(c) if c == b'-' as u16 || (b'0' as u16..=b'9' as u16).contains(&c) => {
            let start = p.pos;
            if p.eat(b'-') && p.digits() == 0 {
                return Err(json_error(cx, p, "No number after minus sign"));
            }
            if p.pos == start {
                p.digits();
            }
            if p.src.get(start + usize::from(p.src[start] == b'-' as u16)) == Some(&(b'0' as u16))
                && p.pos - start > 1 + usize::from(p.src[start] == b'-' as u16)
            {
                p.pos = start + 1 + usize::from(p.src[start] == b'-' as u16);
                return Err(json_error(cx, p, "Unexpected number"));
            }
            if p.eat(b'.') && p.digits() == 0 {
                return Err(json_error(cx, p, "Unterminated fractional number"));
            }
            if p.eat(b'e') || p.eat(b'E') {
                if !p.eat(b'+') {
                    p.eat(b'-');
                }
                if p.digits() == 0 {
                    return Err(json_error(cx, p, "Exponent part is missing a number"));
                }
            }
            let text = String::from_utf16_lossy(&p.src[start..p.pos]);
            Ok(Value::Number(text.parse::<f64>().unwrap_or(f64::NAN)))
        }
        _ => {
            for (word, v) in [
                ("true", Value::Bool(true)),
                ("false", Value::Bool(false)),
                ("null", Value::Null),
            ] {
                let w: Vec<u16> = word.encode_utf16().collect();
                if p.src.get(p.pos) == w.first() {
                    for (i, &c) in w.iter().enumerate() {
                        match p.src.get(p.pos + i) {
                            Some(&x) if x == c => {}
                            Some(_) => {
                                p.pos += i;
                                return Err(unexpected(cx, p));
                            }
                            None => return Err(cx.syntax_error("Unexpected end of JSON input")),
                        }
                    }
                    p.pos += w.len();
                    return Ok(v);
                }
            }
            Err(unexpected(cx, p))
        }
    }
}

fn parse_string(cx: &mut Interpreter, p: &mut Parser) -> JsResult<crate::value::StrRef> {
    p.pos += 1;
    let mut out = Vec::new();
    loop {
        let Some(u) = p.peek() else {
            return Err(cx.syntax_error(&format!(
                "Unterminated string in JSON at position {}",
                p.pos
            )));
        };
        p.pos += 1;
        match u {
            0x22 => break,
            0x5C => {
                let Some(e) = p.peek() else {
                    return Err(cx.syntax_error(&format!(
                        "Unterminated string in JSON at position {}",
                        p.pos
                    )));
                };
                p.pos += 1;
                let c = match e {
                    0x22 => 0x22,
                    0x5C => 0x5C,
                    0x2F => 0x2F,
                    0x62 => 0x08,
                    0x66 => 0x0C,
                    0x6E => 0x0A,
                    0x72 => 0x0D,
                    0x74 => 0x09,
                    0x75 => {
                        let hex = p.src.get(p.pos..p.pos + 4).map(String::from_utf16_lossy);
                        match hex.and_then(|h| u16::from_str_radix(&h, 16).ok()) {
                            Some(v) => {
                                p.pos += 4;
                                v
                            }
                            None => return Err(json_error(cx, p, "Bad Unicode escape")),
                        }
                    }
                    _ => {
                        p.pos -= 1;
                        return Err(json_error(cx, p, "Bad escaped character"));
                    }
                };
                out.push(c);
            }
            c if c < 0x20 => {
                p.pos -= 1;
                return Err(json_error(cx, p, "Bad control character in string literal"));
            }
            c => out.push(c),
        }
    }
    Ok(cx.new_string(Units::from_vec16(out)))
}
