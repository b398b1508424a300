//! `String` and `String.prototype`, working on UTF-16 code units as the language
//! requires. Methods taking patterns accept strings only for now (RegExp is not
//! implemented yet).

use super::arg;
use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::string::{is_js_whitespace, Units};
use crate::value::{ObjRef, PropKey, StrRef, Value};

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.string_proto;
    let ctor = cx.constructor("String", string_ctor, 1, proto);
    cx.method(ctor, "fromCharCode", from_char_code, 1);
    cx.method(ctor, "fromCodePoint", from_code_point, 1);
    cx.method(ctor, "raw", raw, 1);
    let methods: &[(&str, crate::object::NativeFn, u32)] = &[
        ("charAt", char_at, 1),
        ("charCodeAt", char_code_at, 1),
        ("codePointAt", code_point_at, 1),
        ("at", at, 1),
        ("indexOf", index_of, 1),
        ("lastIndexOf", last_index_of, 1),
        ("includes", includes, 1),
        ("startsWith", starts_with, 1),
        ("endsWith", ends_with, 1),
        ("slice", slice, 2),
        ("substring", substring, 2),
        ("substr", substr, 2),
        ("toUpperCase", to_upper_case, 0),
        ("toLowerCase", to_lower_case, 0),
        ("toLocaleUpperCase", to_upper_case, 0),
        ("toLocaleLowerCase", to_lower_case, 0),
        ("trim", trim, 0),
        ("trimStart", trim_start, 0),
        ("trimEnd", trim_end, 0),
        ("padStart", pad_start, 1),
        ("padEnd", pad_end, 1),
        ("repeat", repeat, 1),
        ("split", split, 2),
        ("replace", replace, 2),
        ("replaceAll", replace_all, 2),
        ("concat", concat, 1),
        ("localeCompare", locale_compare, 1),
        ("normalize", normalize, 0),
        ("isWellFormed", is_well_formed, 0),
        ("toWellFormed", to_well_formed, 0),
        ("toString", to_string, 0),
        ("valueOf", to_string, 0),
    ];
    for &(name, f, len) in methods {
        cx.method(proto, name, f, len);
    }
    let sym = cx.realm.sym_iterator;
    cx.symbol_method(proto, sym, "[Symbol.iterator]", iterator, 0);
    // Annex B: `trimLeft`/`trimRight` are the very same functions as
    // `trimStart`/`trimEnd` (their `name` says so).
    for (alias, original) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
        let key = crate::value::PropKey::Str(cx.intern(original));
        if let Some(crate::property::Own::Data(f, _)) = cx.get_own(proto, key) {
            let alias = crate::value::PropKey::Str(cx.intern(alias));
            cx.define_value(proto, alias, f, crate::object::HIDDEN);
        }
    }
    for &(name, _, _, has_attr) in HTML_METHODS {
        cx.method(proto, name, html_method, u32::from(has_attr));
    }
}

/// Annex B's HTML methods: name, tag, attribute, whether it takes a value.
const HTML_METHODS: &[(&str, &str, &str, bool)] = &[
    ("anchor", "a", "name", true),
    ("big", "big", "", false),
    ("blink", "blink", "", false),
    ("bold", "b", "", false),
    ("fixed", "tt", "", false),
    ("fontcolor", "font", "color", true),
    ("fontsize", "font", "size", true),
    ("italics", "i", "", false),
    ("link", "a", "href", true),
    ("small", "small", "", false),
    ("strike", "strike", "", false),
    ("sub", "sub", "", false),
    ("sup", "sup", "", false),
];

/// `"x".bold()` is `<b>x</b>`; `"x".link(u)` is `<a href="u">x</a>` with `"`
/// in the value escaped. One native serves all: it finds its entry by the
/// name of the function being called.
fn html_method(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let callee_name = match cx.cur_func {
        Some(f) => match cx.get_own(f, crate::value::PropKey::Str(crate::atoms::NAME)) {
            Some(crate::property::Own::Data(Value::String(n), _)) => cx.rust_string(n),
            _ => String::new(),
        },
        None => String::new(),
    };
    let Some(&(name, tag, attr, has_attr)) = HTML_METHODS.iter().find(|(n, ..)| *n == callee_name)
    else {
        return Err(cx.type_error("String.prototype HTML method called on the wrong function"));
    };
    let s = this_str(cx, this, name)?;
    let mut out: Vec<u16> = Vec::new();
    out.extend(format!("<{tag}").encode_utf16());
    if has_attr {
        let v = arg_units(cx, args, 0)?;
        out.extend(format!(" {attr}=\"").encode_utf16());
        for u in v.to_vec16() {
            if u == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(u);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    cx.str(s).units().push_to(&mut out);
    out.extend(format!("</{tag}>").encode_utf16());
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn string_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let s = match args.first() {
        None => cx.atom_str(crate::atoms::EMPTY),
        Some(&Value::Symbol(sym)) if nt.is_none() => {
            let d = cx
                .sym(sym)
                .description
                .map(|d| cx.rust_string(d))
                .unwrap_or_default();
            return Ok(cx.string_value(&format!("Symbol({d})")));
        }
        Some(&v) => cx.to_string(v)?,
    };
    match nt {
        None => Ok(Value::String(s)),
        Some(nt) => {
            let proto = cx.proto_from_constructor(nt, cx.realm.string_proto)?;
            Ok(Value::Object(
                cx.new_object(Some(proto), ObjectKind::String(s)),
            ))
        }
    }
}

/// `this` coerced to a string, as every String.prototype method starts.
fn this_str(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<StrRef> {
    match this {
        Value::String(s) => Ok(s),
        Value::Object(o) => {
            if let ObjectKind::String(s) = cx.obj(o).kind {
                return Ok(s);
            }
            cx.to_string(this)
        }
        Value::Undefined | Value::Null => Err(cx.type_error(&format!(
            "String.prototype.{method} called on null or undefined"
        ))),
        _ => cx.to_string(this),
    }
}

fn units(cx: &Interpreter, s: StrRef) -> Units {
    cx.str(s).units().clone()
}

fn arg_units(cx: &mut Interpreter, args: &[Value], i: usize) -> JsResult<Units> {
    let s = cx.to_string(arg(args, i))?;
    Ok(units(cx, s))
}

fn int_arg(cx: &mut Interpreter, args: &[Value], i: usize, default: f64) -> JsResult<f64> {
    match arg(args, i) {
        Value::Undefined => Ok(default),
        v => cx.to_integer(v),
    }
}

fn clamp_index(n: f64, len: usize) -> usize {
    n.clamp(0.0, len as f64) as usize
}

fn relative(n: f64, len: usize) -> usize {
    if n < 0.0 {
        (len as f64 + n).max(0.0) as usize
    } else {
        n.min(len as f64) as usize
    }
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    match this {
        Value::String(_) => Ok(this),
        Value::Object(o) => match cx.obj(o).kind {
            ObjectKind::String(s) => Ok(Value::String(s)),
            _ => Err(cx.type_error("String.prototype.toString requires that 'this' be a String")),
        },
        _ => Err(cx.type_error("String.prototype.toString requires that 'this' be a String")),
    }
}

fn char_at(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "charAt")?;
    let i = int_arg(cx, args, 0, 0.0)?;
    match (i >= 0.0)
        .then(|| cx.str(s).units().at(i as usize))
        .flatten()
    {
        Some(u) => Ok(cx.unit_string(u)),
        None => Ok(cx.atom_value(crate::atoms::EMPTY)),
    }
}

fn char_code_at(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "charCodeAt")?;
    let i = int_arg(cx, args, 0, 0.0)?;
    Ok(
        match (i >= 0.0)
            .then(|| cx.str(s).units().at(i as usize))
            .flatten()
        {
            Some(u) => Value::Number(u as f64),
            None => Value::Number(f64::NAN),
        },
    )
}

fn code_point_at(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "codePointAt")?;
    let i = int_arg(cx, args, 0, 0.0)?;
    if i < 0.0 {
        return Ok(Value::Undefined);
    }
    let u = &cx.str(s).units();
    let i = i as usize;
    Ok(match u.at(i) {
        None => Value::Undefined,
        Some(hi) if (0xD800..0xDC00).contains(&hi) => match u.at(i + 1) {
            Some(lo) if (0xDC00..0xE000).contains(&lo) => Value::Number(
                (((hi as u32 - 0xD800) << 10) + (lo as u32 - 0xDC00) + 0x10000) as f64,
            ),
            _ => Value::Number(hi as f64),
        },
        Some(c) => Value::Number(c as f64),
    })
}

fn at(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "at")?;
    let len = cx.str(s).len();
    let i = int_arg(cx, args, 0, 0.0)?;
    let k = if i < 0.0 { len as f64 + i } else { i };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    match cx.str(s).units().at(k as usize) {
        Some(u) => Ok(cx.unit_string(u)),
        None => Ok(Value::Undefined),
    }
}

fn index_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "indexOf")?;
    let needle = arg_units(cx, args, 0)?;
    let len = cx.str(s).len();
    let from = clamp_index(int_arg(cx, args, 1, 0.0)?, len);
    Ok(Value::Number(
        cx.str(s)
            .units()
            .find(&needle, from)
            .map_or(-1.0, |i| i as f64),
    ))
}

fn last_index_of(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "lastIndexOf")?;
    let needle = arg_units(cx, args, 0)?;
    let len = cx.str(s).len();
    let pos = match arg(args, 1) {
        Value::Undefined => len as f64,
        v => {
            let n = cx.to_number(v)?;
            if n.is_nan() {
                len as f64
            } else {
                n.trunc()
            }
        }
    };
    let from = clamp_index(pos, len);
    Ok(Value::Number(
        cx.str(s)
            .units()
            .rfind(&needle, from)
            .map_or(-1.0, |i| i as f64),
    ))
}

fn includes(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "includes")?;
    let needle = arg_units(cx, args, 0)?;
    let len = cx.str(s).len();
    let from = clamp_index(int_arg(cx, args, 1, 0.0)?, len);
    Ok(Value::Bool(cx.str(s).units().find(&needle, from).is_some()))
}

fn starts_with(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "startsWith")?;
    let needle = arg_units(cx, args, 0)?;
    let len = cx.str(s).len();
    let from = clamp_index(int_arg(cx, args, 1, 0.0)?, len);
    let hay = &cx.str(s).units();
    Ok(Value::Bool(
        from + needle.len() <= len && hay.slice(from, from + needle.len()) == needle,
    ))
}

fn ends_with(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "endsWith")?;
    let needle = arg_units(cx, args, 0)?;
    let len = cx.str(s).len();
    let end = clamp_index(int_arg(cx, args, 1, len as f64)?, len);
    let hay = &cx.str(s).units();
    Ok(Value::Bool(
        needle.len() <= end && hay.slice(end - needle.len(), end) == needle,
    ))
}

fn substring_value(cx: &mut Interpreter, s: StrRef, start: usize, end: usize) -> Value {
    if start == 0 && end >= cx.str(s).len() {
        return Value::String(s);
    }
    let part = cx.str(s).units().slice(start, end);
    cx.new_str_value(part)
}

fn slice(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "slice")?;
    let len = cx.str(s).len();
    let start = relative(int_arg(cx, args, 0, 0.0)?, len);
    let end = relative(int_arg(cx, args, 1, len as f64)?, len);
    Ok(substring_value(cx, s, start, end.max(start)))
}

fn substring(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "substring")?;
    let len = cx.str(s).len();
    let a = clamp_index(int_arg(cx, args, 0, 0.0)?, len);
    let b = clamp_index(int_arg(cx, args, 1, len as f64)?, len);
    Ok(substring_value(cx, s, a.min(b), a.max(b)))
}

fn substr(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "substr")?;
    let len = cx.str(s).len();
    let start = relative(int_arg(cx, args, 0, 0.0)?, len);
    let n = int_arg(cx, args, 1, len as f64)?.max(0.0) as usize;
    Ok(substring_value(cx, s, start, (start + n).min(len)))
}

fn map_text(
    cx: &mut Interpreter,
    this: Value,
    method: &str,
    f: fn(&str) -> String,
) -> JsResult<Value> {
    let s = this_str(cx, this, method)?;
    if let Units::Latin1(b) = &cx.str(s).units() {
        if b.is_ascii() {
            let text = std::str::from_utf8(b).unwrap_or_default();
            let out = f(text);
            return Ok(cx.string_value(&out));
        }
    }
    let text = cx.rust_string(s);
    Ok(cx.string_value(&f(&text)))
}

fn to_upper_case(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    map_text(cx, this, "toUpperCase", |s| s.to_uppercase())
}

fn to_lower_case(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    map_text(cx, this, "toLowerCase", |s| s.to_lowercase())
}

fn trim_generic(cx: &mut Interpreter, this: Value, start: bool, end: bool) -> JsResult<Value> {
    let s = this_str(cx, this, "trim")?;
    let u = &cx.str(s).units();
    let len = u.len();
    let mut a = 0;
    let mut b = len;
    if start {
        while a < len && u.at(a).is_some_and(is_js_whitespace) {
            a += 1;
        }
    }
    if end {
        while b > a && u.at(b - 1).is_some_and(is_js_whitespace) {
            b -= 1;
        }
    }
    Ok(substring_value(cx, s, a, b))
}

fn trim(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    trim_generic(cx, this, true, true)
}
fn trim_start(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    trim_generic(cx, this, true, false)
}
fn trim_end(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    trim_generic(cx, this, false, true)
}

fn pad(cx: &mut Interpreter, this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let s = this_str(cx, this, "padStart")?;
    let target = int_arg(cx, args, 0, 0.0)?;
    let filler: Vec<u16> = match arg(args, 1) {
        Value::Undefined => vec![b' ' as u16],
        v => {
            let f = cx.to_string(v)?;
            cx.str(f).units().to_vec16()
        }
    };
    let len = cx.str(s).len();
    if target <= len as f64 || filler.is_empty() {
        return Ok(Value::String(s));
    }
    let fill_len = target as usize - len;
    let fill: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
    let mut out = Vec::with_capacity(target as usize);
    let own = cx.str(s).units().to_vec16();
    if at_start {
        out.extend(fill);
        out.extend(own);
    } else {
        out.extend(own);
        out.extend(fill);
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn pad_start(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    pad(cx, this, args, true)
}
fn pad_end(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    pad(cx, this, args, false)
}

fn repeat(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "repeat")?;
    let n = int_arg(cx, args, 0, 0.0)?;
    if n < 0.0 || n.is_infinite() {
        let t = crate::number::number_to_string(n);
        return Err(cx.range_error(&format!("Invalid count value: {t}")));
    }
    let len = cx.str(s).len();
    if len as f64 * n > (1u64 << 29) as f64 {
        return Err(cx.range_error("Invalid string length"));
    }
    let u = cx.str(s).units().to_vec16();
    let out: Vec<u16> = u.iter().copied().cycle().take(len * n as usize).collect();
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn split(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "split")?;
    cx.root(Value::String(s));
    let limit = match arg(args, 1) {
        Value::Undefined => u32::MAX as usize,
        v => cx.to_uint32(v)? as usize,
    };
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    if limit == 0 {
        return Ok(Value::Object(out));
    }
    if matches!(arg(args, 0), Value::Undefined) {
        cx.array_push(out, Value::String(s));
        return Ok(Value::Object(out));
    }
    let sep = arg_units(cx, args, 0)?;
    let hay = units(cx, s);
    let len = hay.len();
    if sep.is_empty() {
        for i in 0..len.min(limit) {
            let u = hay.at(i).unwrap_or(0);
            let v = cx.unit_string(u);
            cx.array_push(out, v);
        }
        return Ok(Value::Object(out));
    }
    let mut start = 0;
    let mut count = 0;
    while let Some(i) = hay.find(&sep, start) {
        if count >= limit {
            return Ok(Value::Object(out));
        }
        let part = cx.new_str_value(hay.slice(start, i));
        cx.array_push(out, part);
        count += 1;
        start = i + sep.len();
    }
    if count < limit {
        let part = cx.new_str_value(hay.slice(start, len));
        cx.array_push(out, part);
    }
    Ok(Value::Object(out))
}

/// Expands `$&`, `$$`, `` $` `` and `$'` in a replacement string.
fn expand_replacement(rep: &[u16], matched: &[u16], before: &[u16], after: &[u16]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < rep.len() {
        if rep[i] == b'$' as u16 && i + 1 < rep.len() {
            match rep[i + 1] {
                c if c == b'$' as u16 => out.push(b'$' as u16),
                c if c == b'&' as u16 => out.extend_from_slice(matched),
                c if c == b'`' as u16 => out.extend_from_slice(before),
                c if c == b'\'' as u16 => out.extend_from_slice(after),
                _ => {
                    out.push(rep[i]);
                    i += 1;
                    continue;
                }
            }
            i += 2;
        } else {
            out.push(rep[i]);
            i += 1;
        }
    }
    out
}

fn replace_generic(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    all: bool,
) -> JsResult<Value> {
    let s = this_str(cx, this, "replace")?;
    cx.root(Value::String(s));
    if let Value::Object(o) = arg(args, 0) {
        let _ = o;
        return Err(cx.type_error("nodelet: regular expressions are not supported yet"));
    }
    let pattern = arg_units(cx, args, 0)?;
    let replacer = arg(args, 1);
    let functional = cx.is_callable(replacer);
    let rep_units = if functional {
        Vec::new()
    } else {
        let r = cx.to_string(replacer)?;
        cx.str(r).units().to_vec16()
    };
    let hay = units(cx, s).to_vec16();
    let pat = pattern.to_vec16();
    let hay_units = Units::from_u16(&hay);
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(i) = hay_units.find(&pattern, from) {
        positions.push(i);
        if !all {
            break;
        }
        from = i + pat.len().max(1);
        if from > hay.len() {
            break;
        }
    }
    let mut out = Vec::new();
    let mut last = 0;
    for &i in &positions {
        out.extend_from_slice(&hay[last..i]);
        if functional {
            let m = cx.new_str_value(Units::from_u16(&pat));
            let whole = Value::String(s);
            let r = cx.call(
                replacer,
                Value::Undefined,
                &[m, Value::Number(i as f64), whole],
            )?;
            let rs = cx.to_string(r)?;
            cx.str(rs).units().push_to(&mut out);
        } else {
            out.extend(expand_replacement(
                &rep_units,
                &pat,
                &hay[..i],
                &hay[(i + pat.len()).min(hay.len())..],
            ));
        }
        last = i + pat.len();
    }
    if positions.is_empty() {
        return Ok(Value::String(s));
    }
    out.extend_from_slice(&hay[last.min(hay.len())..]);
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn replace(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    replace_generic(cx, this, args, false)
}
fn replace_all(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    replace_generic(cx, this, args, true)
}

fn concat(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "concat")?;
    let mut out = cx.str(s).units().to_vec16();
    for &a in args {
        let x = cx.to_string(a)?;
        cx.str(x).units().push_to(&mut out);
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn locale_compare(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "localeCompare")?;
    let a = cx.rust_string(s);
    let bs = cx.to_string(arg(args, 0))?;
    let b = cx.rust_string(bs);
    // An approximation of ICU's root collation: letters compare by base letter
    // first (accents and case ignored), then by accents, then lower case first.
    let ord = base_key(&a)
        .cmp(&base_key(&b))
        .then_with(|| a.to_lowercase().cmp(&b.to_lowercase()))
        .then_with(|| b.cmp(&a));
    Ok(Value::Number(match ord {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

/// A string's letters without accents, lower-cased (the primary collation key).
fn base_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let base = match c {
            'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' => "a",
            'æ' | 'Æ' => "ae",
            'ç' | 'Ç' | 'č' | 'Č' => "c",
            'è'..='ë' | 'È'..='Ë' | 'ē' | 'ę' | 'ě' => "e",
            'ì'..='ï' | 'Ì'..='Ï' => "i",
            'ñ' | 'Ñ' | 'ń' => "n",
            'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' | 'ő' => "o",
            'œ' | 'Œ' => "oe",
            'ß' => "ss",
            'ù'..='ü' | 'Ù'..='Ü' | 'ű' => "u",
            'ý' | 'ÿ' | 'Ý' => "y",
            'š' | 'Š' | 'ś' => "s",
            'ž' | 'Ž' | 'ź' | 'ż' => "z",
            _ => {
                out.extend(c.to_lowercase());
                continue;
            }
        };
        out.push_str(base);
    }
    out
}

/// The four Unicode normalization forms `normalize` accepts.
#[derive(Clone, Copy)]
enum NormalForm {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

fn normalize(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "normalize")?;
    let form = match arg(args, 0) {
        Value::Undefined => NormalForm::Nfc,
        v => {
            let name = cx.to_rust_string(v)?;
            match name.as_str() {
                "NFC" => NormalForm::Nfc,
                "NFD" => NormalForm::Nfd,
                "NFKC" => NormalForm::Nfkc,
                "NFKD" => NormalForm::Nfkd,
                _ => {
                    return Err(cx.range_error(
                        "The normalization form should be one of NFC, NFD, NFKC, NFKD.",
                    ))
                }
            }
        }
    };
    let text = units(cx, s);
    // ASCII is the same in every form: skip the work for the common case.
    if let Units::Latin1(bytes) = &text {
        if bytes.is_ascii() {
            return Ok(Value::String(s));
        }
    }
    let out = normalize_units(&text.to_vec16(), form);
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

/// Normalizes UTF-16 text. A lone surrogate is not a character: like V8, keep
/// it where it is and normalize the well-formed runs on either side.
fn normalize_units(text: &[u16], form: NormalForm) -> Vec<u16> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let normalized: String = match form {
            NormalForm::Nfc => run.nfc().collect(),
            NormalForm::Nfd => run.nfd().collect(),
            NormalForm::Nfkc => run.nfkc().collect(),
            NormalForm::Nfkd => run.nfkd().collect(),
        };
        out.extend(normalized.encode_utf16());
        run.clear();
    };
    for unit in char::decode_utf16(text.iter().copied()) {
        match unit {
            Ok(c) => run.push(c),
            Err(lone) => {
                flush(&mut run, &mut out);
                out.push(lone.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Whether UTF-16 text has no lone surrogates.
fn is_well_formed_units(text: &Units) -> bool {
    match text {
        Units::Latin1(_) => true,
        Units::Utf16(w) => char::decode_utf16(w.iter().copied()).all(|c| c.is_ok()),
    }
}

fn is_well_formed(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "isWellFormed")?;
    Ok(Value::Bool(is_well_formed_units(cx.str(s).units())))
}

fn to_well_formed(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let s = this_str(cx, this, "toWellFormed")?;
    let text = units(cx, s);
    if is_well_formed_units(&text) {
        return Ok(Value::String(s));
    }
    let fixed: Vec<u16> = char::decode_utf16(text.to_vec16())
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .flat_map(|c| {
            let mut buf = [0u16; 2];
            c.encode_utf16(&mut buf).to_vec()
        })
        .collect();
    Ok(cx.new_str_value(Units::from_vec16(fixed)))
}

fn iterator(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = this_str(cx, this, "[Symbol.iterator]")?;
    Ok(crate::builtins::iterator::string_iterator(
        cx,
        Value::String(s),
    ))
}

fn from_char_code(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(cx.to_uint32(a)? as u16);
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn from_code_point(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let mut out = Vec::new();
    for &a in args {
        let n = cx.to_number(a)?;
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            let t = crate::number::number_to_string(n);
            return Err(cx.range_error(&format!("Invalid code point {t}")));
        }
        let c = n as u32;
        if c >= 0x10000 {
            let c = c - 0x10000;
            out.push(0xD800 + (c >> 10) as u16);
            out.push(0xDC00 + (c & 0x3FF) as u16);
        } else {
            out.push(c as u16);
        }
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn raw(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let strings = cx.to_object(arg(args, 0))?;
    let raw = cx.get(strings, PropKey::Str(crate::atoms::RAW))?;
    let raw = cx.to_object(raw)?;
    cx.root(Value::Object(raw));
    let n = crate::builtins::array::length_of(cx, raw)?;
    let mut out = Vec::new();
    for i in 0..n {
        let part = crate::builtins::array::get_index(cx, raw, i)?;
        let s = cx.to_string(part)?;
        cx.str(s).units().push_to(&mut out);
        if i + 1 < n {
            if let Some(&sub) = args.get(i + 1) {
                let s = cx.to_string(sub)?;
                cx.str(s).units().push_to(&mut out);
            }
        }
    }
    Ok(cx.new_str_value(Units::from_vec16(out)))
}
