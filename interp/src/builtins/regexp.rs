//! `RegExp` (ECMA-262 §22.2) on the `regress` engine, which implements
//! JavaScript's regular-expression semantics (backreferences, lookbehind, named
//! groups, the `u`/`v` modes) over UTF-16 text.
//!
//! This file holds the constructor, literals (the evaluator calls
//! [`regexp_literal`]), `exec` with `lastIndex`, the flag getters and the
//! `Symbol.match`/`matchAll`/`replace`/`search`/`split` protocol, plus the
//! `String.prototype` methods that dispatch through that protocol. Patterns are
//! checked when the object is created, so an invalid literal throws node's
//! SyntaxError when it is evaluated (node reports it before the script runs).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::arg;
use crate::gc::Tracer;
use crate::interp::{Interpreter, JsResult};
use crate::object::{ObjectKind, CONFIGURABLE, WRITABLE};
use crate::string::Units;
use crate::value::{Atom, ObjRef, PropKey, StrRef, Value};

const HAS_INDICES: u8 = 1;
const GLOBAL: u8 = 2;
const IGNORE_CASE: u8 = 4;
const MULTILINE: u8 = 8;
const DOT_ALL: u8 = 16;
const UNICODE: u8 = 32;
const UNICODE_SETS: u8 = 64;
const STICKY: u8 = 128;

/// The flags in the order `RegExp.prototype.flags` lists them.
const FLAG_CHARS: [(char, u8); 8] = [
    ('d', HAS_INDICES),
    ('g', GLOBAL),
    ('i', IGNORE_CASE),
    ('m', MULTILINE),
    ('s', DOT_ALL),
    ('u', UNICODE),
    ('v', UNICODE_SETS),
    ('y', STICKY),
];

/// A RegExp object's internal slots: `[[RegExpMatcher]]`, `[[OriginalSource]]`
/// and `[[OriginalFlags]]`.
pub struct RegExpData {
    pub matcher: Rc<regress::Regex>,
    pub source: StrRef,
    pub flags: u8,
}

/// The state of a `%RegExpStringIterator%` (what `matchAll` returns).
pub struct MatchAllState {
    matcher: Value,
    string: Value,
    global: bool,
    unicode: bool,
    done: bool,
}

impl MatchAllState {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.matcher);
        t.value(self.string);
    }
}

/// Compiled matchers by (pattern units, flag bits).
type MatcherCache = HashMap<(Vec<u16>, u8), Rc<regress::Regex>>;

thread_local! {
    /// Compiled patterns by (source, flags): a literal in a loop compiles once.
    static COMPILED: RefCell<MatcherCache> = RefCell::new(HashMap::new());
    /// The last subject string widened to UTF-16, so a global `replace` or a
    /// `matchAll` loop does not copy the whole text for every match.
    static LAST_INPUT: RefCell<Option<(StrRef, Rc<[u16]>)>> = const { RefCell::new(None) };
}

const CACHE_LIMIT: usize = 512;

pub fn install(cx: &mut Interpreter) {
    let proto = cx.realm.regexp_proto;
    let ctor = cx.constructor("RegExp", regexp_ctor, 2, proto);
    cx.realm.regexp_ctor = ctor;
    let species = cx.make_native("get [Symbol.species]", species_getter, 0, false);
    cx.define_accessor(
        ctor,
        PropKey::Sym(cx.realm.sym_species),
        Some(species),
        None,
        CONFIGURABLE,
    );
    let exec_fn = cx.method(proto, "exec", exec, 1);
    cx.realm.regexp_exec = exec_fn;
    cx.method(proto, "test", test, 1);
    cx.method(proto, "toString", to_string, 0);
    cx.method(proto, "compile", compile, 2);
    cx.getter(proto, "flags", flags_getter);
    cx.getter(proto, "source", source_getter);
    cx.getter(proto, "hasIndices", has_indices_getter);
    cx.getter(proto, "global", global_getter);
    cx.getter(proto, "ignoreCase", ignore_case_getter);
    cx.getter(proto, "multiline", multiline_getter);
    cx.getter(proto, "dotAll", dot_all_getter);
    cx.getter(proto, "unicode", unicode_getter);
    cx.getter(proto, "unicodeSets", unicode_sets_getter);
    cx.getter(proto, "sticky", sticky_getter);
    let symbols = [
        (
            cx.realm.sym_match,
            "[Symbol.match]",
            symbol_match as crate::object::NativeFn,
            1,
        ),
        (
            cx.realm.sym_match_all,
            "[Symbol.matchAll]",
            symbol_match_all,
            1,
        ),
        (cx.realm.sym_replace, "[Symbol.replace]", symbol_replace, 2),
        (cx.realm.sym_search, "[Symbol.search]", symbol_search, 1),
        (cx.realm.sym_split, "[Symbol.split]", symbol_split, 2),
    ];
    for (sym, name, f, len) in symbols {
        cx.symbol_method(proto, sym, name, f, len);
    }

    // The well-known symbols this file introduces, as `Symbol.match` etc.
    if let Some(crate::property::Own::Data(Value::Object(symbol_ctor), _)) = cx.get_own(
        cx.realm.symbol_proto,
        PropKey::Str(crate::atoms::CONSTRUCTOR),
    ) {
        for (name, s) in [
            ("match", cx.realm.sym_match),
            ("matchAll", cx.realm.sym_match_all),
            ("replace", cx.realm.sym_replace),
            ("search", cx.realm.sym_search),
            ("split", cx.realm.sym_split),
        ] {
            cx.constant(symbol_ctor, name, Value::Symbol(s));
        }
    }

    let iter_proto = cx.realm.regexp_string_iterator_proto;
    cx.method(iter_proto, "next", match_all_next, 0);
    let tag = PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("RegExp String Iterator");
    cx.define_value(iter_proto, tag, v, CONFIGURABLE);

    install_string_methods(cx);
}

/// `String.prototype.{match,matchAll,search,replace,replaceAll,split}`: they
/// dispatch to the argument's `Symbol.*` method. `replace`, `replaceAll` and
/// `split` keep the string-only versions of `string.rs` for plain patterns (the
/// wrapper holds the original function in its native data).
fn install_string_methods(cx: &mut Interpreter) {
    let proto = cx.realm.string_proto;
    cx.method(proto, "match", string_match, 1);
    cx.method(proto, "matchAll", string_match_all, 1);
    cx.method(proto, "search", string_search, 1);
    let wrapped: [(&str, crate::object::NativeFn, u32); 3] = [
        ("replace", string_replace, 2),
        ("replaceAll", string_replace_all, 2),
        ("split", string_split, 2),
    ];
    for (name, f, len) in wrapped {
        let key = PropKey::Str(cx.intern(name));
        let original = match cx.get_own(proto, key) {
            Some(crate::property::Own::Data(v, _)) => v,
            _ => Value::Undefined,
        };
        let func = cx.make_native_with_data(name, f, len, original);
        cx.define_value(proto, key, Value::Object(func), crate::object::HIDDEN);
    }
}

// ---------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------

/// Parses a flags string, or `None` if it has an unknown or repeated flag.
fn parse_flags(text: &Units) -> Option<u8> {
    let mut bits = 0u8;
    for i in 0..text.len() {
        let c = char::from_u32(text.at(i)? as u32)?;
        let (_, bit) = FLAG_CHARS.iter().find(|(f, _)| *f == c)?;
        if bits & bit != 0 {
            return None;
        }
        bits |= bit;
    }
    if bits & UNICODE != 0 && bits & UNICODE_SETS != 0 {
        return None;
    }
    Some(bits)
}

fn flags_text(bits: u8) -> String {
    FLAG_CHARS
        .iter()
        .filter(|(_, b)| bits & b != 0)
        .map(|(c, _)| *c)
        .collect()
}

/// The code points of a pattern: surrogate pairs are joined, lone surrogates
/// pass through as themselves (regress accepts them in non-`u` patterns).
fn code_points(units: &[u16]) -> Vec<u32> {
    char::decode_utf16(units.iter().copied())
        .map(|r| match r {
            Ok(c) => c as u32,
            Err(e) => e.unpaired_surrogate() as u32,
        })
        .collect()
}

/// Compiles `pattern` with `flags`, or returns node's message for a bad one.
fn compile_pattern(pattern: &[u16], flags: u8) -> Result<Rc<regress::Regex>, String> {
    let key = (pattern.to_vec(), flags);
    if let Some(r) = COMPILED.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    let reg_flags = regress::Flags {
        icase: flags & IGNORE_CASE != 0,
        multiline: flags & MULTILINE != 0,
        dot_all: flags & DOT_ALL != 0,
        unicode: flags & UNICODE != 0,
        unicode_sets: flags & UNICODE_SETS != 0,
        ..Default::default()
    };
    let cps = code_points(pattern);
    match regress::Regex::from_unicode(cps.into_iter(), reg_flags) {
        Ok(r) => {
            let r = Rc::new(r);
            COMPILED.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_LIMIT {
                    c.clear();
                }
                c.insert(key, r.clone());
            });
            Ok(r)
        }
        Err(e) => {
            let shown = String::from_utf16_lossy(pattern);
            Err(format!(
                "Invalid regular expression: /{shown}/{}: {}",
                flags_text(flags),
                v8_message(&e.text, pattern)
            ))
        }
    }
}

/// regress's error texts in V8's words (the common ones).
fn v8_message(text: &str, pattern: &[u16]) -> String {
    let msg = match text {
        "Unbalanced parenthesis" => {
            if has_unmatched_close(pattern) {
                "Unmatched ')'"
            } else {
                "Unterminated group"
            }
        }
        "Unbalanced bracket" => "Unterminated character class",
        "Incomplete escape" | "Unterminated escape" => "\\ at end of pattern",
        "Invalid character range" => "Range out of order in character class",
        other if other.starts_with("Range values reversed") => {
            "Range out of order in character class"
        }
        "Invalid quantifier" if has_reversed_braces(pattern) => {
            "numbers out of order in {} quantifier"
        }
        "Invalid braced quantifier" => "numbers out of order in {} quantifier",
        "Invalid atom character" | "Quantifier not allowed here" | "Invalid quantifier" => {
            "Nothing to repeat"
        }
        "Invalid token at named capture group identifier" => "Invalid capture group name",
        "Invalid unicode escape" => "Invalid Unicode escape",
        "Invalid character escape" => "Invalid escape",
        "Unexpected end of named backreference" => "Invalid named reference",
        other if other.contains("named capture group") || other.contains("named backreference") => {
            "Invalid named capture referenced"
        }
        other => other,
    };
    msg.to_string()
}

/// Whether the pattern has a `{n,m}` quantifier with `n > m`.
fn has_reversed_braces(pattern: &[u16]) -> bool {
    let text = String::from_utf16_lossy(pattern);
    text.split('{').skip(1).any(|rest| {
        let body = rest.split('}').next().unwrap_or("");
        let mut nums = body.split(',').map(|n| n.parse::<u64>().ok());
        matches!((nums.next(), nums.next()), (Some(Some(a)), Some(Some(b))) if a > b)
    })
}

/// Whether a `)` closes nothing (outside classes and escapes).
fn has_unmatched_close(pattern: &[u16]) -> bool {
    let (mut depth, mut in_class, mut i) = (0i32, false, 0);
    while let Some(&u) = pattern.get(i) {
        match u {
            0x5C => i += 1,
            0x5B => in_class = true,
            0x5D => in_class = false,
            0x28 if !in_class => depth += 1,
            0x29 if !in_class => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// Allocates a RegExp object with `proto`, checking the pattern and flags.
fn regexp_alloc(
    cx: &mut Interpreter,
    proto: ObjRef,
    source: StrRef,
    flags: StrRef,
    literal: bool,
) -> JsResult<ObjRef> {
    let flag_units = cx.str(flags).units().clone();
    let Some(bits) = parse_flags(&flag_units) else {
        if literal {
            return Err(cx.syntax_error("Invalid regular expression flags"));
        }
        let shown = flag_units.to_rust_string();
        return Err(cx.syntax_error(&format!(
            "Invalid flags supplied to RegExp constructor '{shown}'"
        )));
    };
    let pattern = cx.str(source).units().to_vec16();
    let matcher = match compile_pattern(&pattern, bits) {
        Ok(m) => m,
        Err(msg) => return Err(cx.syntax_error(&msg)),
    };
    Ok(regexp_object(cx, proto, matcher, source, bits))
}

/// A RegExp object for an already compiled pattern.
fn regexp_object(
    cx: &mut Interpreter,
    proto: ObjRef,
    matcher: Rc<regress::Regex>,
    source: StrRef,
    bits: u8,
) -> ObjRef {
    let o = cx.new_object(
        Some(proto),
        ObjectKind::RegExp(Box::new(RegExpData {
            matcher,
            source,
            flags: bits,
        })),
    );
    let key = last_index_key(cx);
    cx.define_value(o, key, Value::Number(0.0), WRITABLE);
    o
}

/// The value of a regular expression literal `/pattern/flags`: a new object
/// each time it is evaluated, sharing the compiled matcher.
pub fn regexp_literal(cx: &mut Interpreter, pattern: Atom, flags: Atom) -> JsResult<Value> {
    let proto = cx.realm.regexp_proto;
    let (p, f) = (cx.atom_str(pattern), cx.atom_str(flags));
    // A literal evaluated again (in a function called per request) finds its
    // matcher by the atoms of its text, without copying or hashing the pattern.
    if let Some((matcher, bits)) = cx.regexp_literals.get(&(pattern, flags)).cloned() {
        return Ok(Value::Object(regexp_object(cx, proto, matcher, p, bits)));
    }
    let o = regexp_alloc(cx, proto, p, f, true)?;
    if let ObjectKind::RegExp(d) = &cx.obj(o).kind {
        let compiled = (d.matcher.clone(), d.flags);
        if cx.regexp_literals.len() >= CACHE_LIMIT {
            cx.regexp_literals.clear();
        }
        cx.regexp_literals.insert((pattern, flags), compiled);
    }
    Ok(Value::Object(o))
}

/// `RegExpCreate(pattern, flags)` for the String methods.
fn regexp_create(cx: &mut Interpreter, pattern: Value, flags: &str) -> JsResult<ObjRef> {
    let p = match pattern {
        Value::Undefined => cx.atom_str(crate::atoms::EMPTY),
        v => cx.to_string(v)?,
    };
    cx.root(Value::String(p));
    let f = cx.new_string(Units::from_str(flags));
    cx.root(Value::String(f));
    let proto = cx.realm.regexp_proto;
    regexp_alloc(cx, proto, p, f, false)
}

fn regexp_data(cx: &Interpreter, v: Value) -> Option<(Rc<regress::Regex>, StrRef, u8)> {
    match v {
        Value::Object(o) => match &cx.obj(o).kind {
            ObjectKind::RegExp(d) => Some((d.matcher.clone(), d.source, d.flags)),
            _ => None,
        },
        _ => None,
    }
}

fn last_index_key(_cx: &mut Interpreter) -> PropKey {
    PropKey::Str(crate::atoms::LAST_INDEX)
}

/// `IsRegExp`: an object whose `Symbol.match` is truthy, or a RegExp when it
/// has none.
fn is_regexp(cx: &mut Interpreter, v: Value) -> JsResult<bool> {
    let Value::Object(o) = v else {
        return Ok(false);
    };
    let m = cx.get(o, PropKey::Sym(cx.realm.sym_match))?;
    if !matches!(m, Value::Undefined) {
        return Ok(cx.to_boolean(m));
    }
    Ok(matches!(cx.obj(o).kind, ObjectKind::RegExp(_)))
}

fn regexp_ctor(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let pattern_is_regexp = is_regexp(cx, pattern)?;
    let ctor = cx.realm.regexp_ctor;
    let nt = match nt {
        Some(nt) => nt,
        None => {
            if pattern_is_regexp && matches!(flags, Value::Undefined) {
                if let Value::Object(p) = pattern {
                    let c = cx.get(p, PropKey::Str(crate::atoms::CONSTRUCTOR))?;
                    if matches!(c, Value::Object(c) if c == ctor) {
                        return Ok(pattern);
                    }
                }
            }
            ctor
        }
    };
    let (p, f) = if let Some((_, source, bits)) = regexp_data(cx, pattern) {
        let f = match flags {
            Value::Undefined => Value::String(cx.new_string(Units::from_str(&flags_text(bits)))),
            v => v,
        };
        (Value::String(source), f)
    } else if pattern_is_regexp {
        let Value::Object(po) = pattern else {
            return Ok(Value::Undefined);
        };
        let src = cx.get_str(Value::Object(po), "source")?;
        cx.root(src);
        let f = match flags {
            Value::Undefined => cx.get_str(Value::Object(po), "flags")?,
            v => v,
        };
        (src, f)
    } else {
        (pattern, flags)
    };
    cx.root(p);
    cx.root(f);
    let p = match p {
        Value::Undefined => cx.atom_str(crate::atoms::EMPTY),
        v => cx.to_string(v)?,
    };
    cx.root(Value::String(p));
    let f = match f {
        Value::Undefined => cx.atom_str(crate::atoms::EMPTY),
        v => cx.to_string(v)?,
    };
    cx.root(Value::String(f));
    let fallback = cx.realm.regexp_proto;
    let proto = cx.proto_from_constructor(nt, fallback)?;
    Ok(Value::Object(regexp_alloc(cx, proto, p, f, false)?))
}

fn species_getter(
    _: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    Ok(this)
}

/// `RegExp.prototype.compile(pattern, flags)` (Annex B): recompiles in place.
fn compile(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(cx.type_error("RegExp.prototype.compile called on incompatible receiver"));
    };
    if regexp_data(cx, this).is_none() {
        return Err(cx.type_error("RegExp.prototype.compile called on incompatible receiver"));
    }
    let proto = cx.realm.regexp_proto;
    let fresh = regexp_ctor(cx, Value::Undefined, args, Some(cx.realm.regexp_ctor))?;
    let _ = proto;
    if let Value::Object(f) = fresh {
        let data = match &cx.obj(f).kind {
            ObjectKind::RegExp(d) => Some((d.matcher.clone(), d.source, d.flags)),
            _ => None,
        };
        if let (Some((matcher, source, flags)), ObjectKind::RegExp(d)) =
            (data, &mut cx.obj_mut(o).kind)
        {
            d.matcher = matcher;
            d.source = source;
            d.flags = flags;
        }
    }
    set_last_index(cx, o, 0.0)?;
    Ok(this)
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/// The subject string as UTF-16 (cached for the last string seen).
fn input_units(cx: &Interpreter, s: StrRef) -> Rc<[u16]> {
    if let Some(u) = LAST_INPUT.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|(k, u)| (*k == s).then(|| u.clone()))
    }) {
        return u;
    }
    let units: Rc<[u16]> = cx.str(s).units().to_vec16().into();
    LAST_INPUT.with(|c| *c.borrow_mut() = Some((s, units.clone())));
    units
}

/// The first match at or after `start` (exactly at `start` when `sticky`).
fn find_at(
    matcher: &regress::Regex,
    text: &[u16],
    start: usize,
    flags: u8,
) -> Option<regress::Match> {
    let m = if flags & (UNICODE | UNICODE_SETS) != 0 {
        matcher.find_from_utf16(text, start).next()
    } else {
        matcher.find_from_ucs2(text, start).next()
    }?;
    if flags & STICKY != 0 && m.start() != start {
        return None;
    }
    Some(m)
}

fn to_length(cx: &mut Interpreter, v: Value) -> JsResult<f64> {
    let n = cx.to_integer(v)?;
    Ok(n.clamp(0.0, 9007199254740991.0))
}

/// `Set(R, "lastIndex", n, true)`.
fn set_last_index(cx: &mut Interpreter, r: ObjRef, n: f64) -> JsResult<()> {
    let key = last_index_key(cx);
    if !cx.set_to(r, key, Value::Number(n), Value::Object(r))? {
        let d = cx.describe_object_brief(r);
        return Err(cx.type_error(&format!(
            "Cannot assign to read only property 'lastIndex' of object '{d}'"
        )));
    }
    Ok(())
}

fn slice_value(cx: &mut Interpreter, text: &[u16], r: std::ops::Range<usize>) -> Value {
    let part = text.get(r).unwrap_or(&[]);
    cx.new_str_value(Units::from_u16(part))
}

/// A successful match: the match, the subject's UTF-16 units and the flags.
type Found = (regress::Match, Rc<[u16]>, u8);

/// The matching half of `RegExpBuiltinExec(R, S)`: reads and updates
/// `lastIndex` and returns the match with the subject's units, without building
/// the match array (`test` needs only whether there was one).
fn builtin_match(cx: &mut Interpreter, r: ObjRef, s: StrRef) -> JsResult<Option<Found>> {
    let Some((matcher, _, flags)) = regexp_data(cx, Value::Object(r)) else {
        return Ok(None);
    };
    let key = last_index_key(cx);
    let li = cx.get(r, key)?;
    let mut last_index = to_length(cx, li)?;
    let global_or_sticky = flags & (GLOBAL | STICKY) != 0;
    if !global_or_sticky {
        last_index = 0.0;
    }
    let text = input_units(cx, s);
    let found = if last_index > text.len() as f64 {
        None
    } else {
        find_at(&matcher, &text, last_index as usize, flags)
    };
    let Some(m) = found else {
        if global_or_sticky {
            set_last_index(cx, r, 0.0)?;
        }
        return Ok(None);
    };
    if global_or_sticky {
        set_last_index(cx, r, m.end() as f64)?;
    }
    Ok(Some((m, text, flags)))
}

/// `RegExpBuiltinExec(R, S)`: the match array, or null.
fn builtin_exec(cx: &mut Interpreter, r: ObjRef, s: StrRef) -> JsResult<Value> {
    let Some((m, text, flags)) = builtin_match(cx, r, s)? else {
        return Ok(Value::Null);
    };
    let mut elems = Vec::with_capacity(m.captures.len() + 1);
    for g in m.groups() {
        elems.push(match g {
            Some(range) => slice_value(cx, &text, range),
            None => Value::Undefined,
        });
    }
    let arr = cx.new_array(elems);
    cx.root(Value::Object(arr));
    let k = PropKey::Str(crate::atoms::INDEX);
    cx.create_data_property(arr, k, Value::Number(m.start() as f64))?;
    let k = PropKey::Str(crate::atoms::INPUT);
    cx.create_data_property(arr, k, Value::String(s))?;
    let named: Vec<(String, Option<std::ops::Range<usize>>)> =
        m.named_groups().map(|(n, r)| (n.to_string(), r)).collect();
    let groups = if named.is_empty() {
        Value::Undefined
    } else {
        let g = cx.new_object(None, ObjectKind::Ordinary);
        for (name, range) in &named {
            let v = match range {
                Some(range) => slice_value(cx, &text, range.clone()),
                None => Value::Undefined,
            };
            let k = PropKey::Str(cx.intern(name));
            cx.create_data_property(g, k, v)?;
        }
        Value::Object(g)
    };
    let groups_key = PropKey::Str(crate::atoms::GROUPS);
    cx.create_data_property(arr, groups_key, groups)?;
    if flags & HAS_INDICES != 0 {
        let pair = |cx: &mut Interpreter, r: &Option<std::ops::Range<usize>>| match r {
            Some(r) => Value::Object(cx.new_array(vec![
                Value::Number(r.start as f64),
                Value::Number(r.end as f64),
            ])),
            None => Value::Undefined,
        };
        let ranges: Vec<Option<std::ops::Range<usize>>> = m.groups().collect();
        let list: Vec<Value> = ranges.iter().map(|r| pair(cx, r)).collect();
        let indices = cx.new_array(list);
        cx.root(Value::Object(indices));
        let igroups = if named.is_empty() {
            Value::Undefined
        } else {
            let g = cx.new_object(None, ObjectKind::Ordinary);
            for (name, range) in &named {
                let v = pair(cx, range);
                let k = PropKey::Str(cx.intern(name));
                cx.create_data_property(g, k, v)?;
            }
            Value::Object(g)
        };
        cx.create_data_property(indices, groups_key, igroups)?;
        let k = PropKey::Str(cx.intern("indices"));
        cx.create_data_property(arr, k, Value::Object(indices))?;
    }
    Ok(Value::Object(arr))
}

/// `RegExpExec(R, S)`: a user-defined `exec` wins over the built-in one.
fn regexp_exec(cx: &mut Interpreter, r: ObjRef, s: StrRef) -> JsResult<Value> {
    let exec_fn = cx.get(r, PropKey::Str(crate::atoms::EXEC))?;
    regexp_exec_with(cx, r, s, exec_fn)
}

/// `RegExpExec(R, S)` once `R.exec` has been read.
fn regexp_exec_with(cx: &mut Interpreter, r: ObjRef, s: StrRef, exec_fn: Value) -> JsResult<Value> {
    if matches!(exec_fn, Value::Object(f) if f == cx.realm.regexp_exec) {
        return builtin_exec(cx, r, s);
    }
    if cx.is_callable(exec_fn) {
        let res = cx.call(exec_fn, Value::Object(r), &[Value::String(s)])?;
        if !matches!(res, Value::Object(_) | Value::Null) {
            return Err(cx.type_error("object null is not a function"));
        }
        return Ok(res);
    }
    if regexp_data(cx, Value::Object(r)).is_none() {
        return Err(cx.type_error("RegExp.prototype.exec called on incompatible receiver"));
    }
    builtin_exec(cx, r, s)
}

fn this_regexp(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<ObjRef> {
    match this {
        Value::Object(o) if matches!(cx.obj(o).kind, ObjectKind::RegExp(_)) => Ok(o),
        _ => {
            let d = cx.inspect_brief(this);
            Err(cx.type_error(&format!(
                "Method RegExp.prototype.{method} called on incompatible receiver {d}"
            )))
        }
    }
}

fn this_object(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<ObjRef> {
    match this {
        Value::Object(o) => Ok(o),
        _ => {
            let d = cx.inspect_brief(this);
            Err(cx.type_error(&format!(
                "Method RegExp.prototype.{method} called on incompatible receiver {d}"
            )))
        }
    }
}

fn exec(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let r = this_regexp(cx, this, "exec")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    builtin_exec(cx, r, s)
}

fn test(cx: &mut Interpreter, this: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let r = this_object(cx, this, "test")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    // With the built-in `exec`, only whether there is a match matters: skip
    // building the match array.
    let exec_fn = cx.get(r, PropKey::Str(crate::atoms::EXEC))?;
    if matches!(exec_fn, Value::Object(f) if f == cx.realm.regexp_exec)
        && regexp_data(cx, Value::Object(r)).is_some()
    {
        return Ok(Value::Bool(builtin_match(cx, r, s)?.is_some()));
    }
    cx.root(exec_fn);
    let m = regexp_exec_with(cx, r, s, exec_fn)?;
    Ok(Value::Bool(!matches!(m, Value::Null)))
}

fn to_string(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let r = this_object(cx, this, "toString")?;
    let source = cx.get_str(Value::Object(r), "source")?;
    let source = cx.to_rust_string(source)?;
    let flags = cx.get_str(Value::Object(r), "flags")?;
    let flags = cx.to_rust_string(flags)?;
    Ok(cx.string_value(&format!("/{source}/{flags}")))
}

/// The text `console.log` shows for a RegExp object (`/ab+c/gi`).
pub fn display_text(cx: &Interpreter, o: ObjRef) -> Option<String> {
    match &cx.obj(o).kind {
        ObjectKind::RegExp(d) => {
            let src = escape_source(&cx.str(d.source).units().to_vec16());
            Some(format!(
                "/{}/{}",
                String::from_utf16_lossy(&src),
                flags_text(d.flags)
            ))
        }
        _ => None,
    }
}

/// `EscapeRegExpPattern`: the `source` text, which could be put back between
/// slashes (`/` escaped outside classes, line terminators escaped).
fn escape_source(units: &[u16]) -> Vec<u16> {
    if units.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(units.len());
    let (mut in_class, mut i) = (false, 0);
    while let Some(&u) = units.get(i) {
        match u {
            0x5C => {
                out.push(u);
                if let Some(&next) = units.get(i + 1) {
                    out.push(next);
                }
                i += 2;
                continue;
            }
            0x2F if !in_class => out.extend_from_slice(&[0x5C, 0x2F]),
            0x5B => {
                in_class = true;
                out.push(u);
            }
            0x5D => {
                in_class = false;
                out.push(u);
            }
            0x0A => out.extend("\\n".encode_utf16()),
            0x0D => out.extend("\\r".encode_utf16()),
            0x2028 => out.extend("\\u2028".encode_utf16()),
            0x2029 => out.extend("\\u2029".encode_utf16()),
            _ => out.push(u),
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------
// Accessors
// ---------------------------------------------------------------------------

fn source_getter(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    if let Some((_, source, _)) = regexp_data(cx, this) {
        let units = escape_source(&cx.str(source).units().to_vec16());
        return Ok(cx.new_str_value(Units::from_vec16(units)));
    }
    if matches!(this, Value::Object(o) if o == cx.realm.regexp_proto) {
        return Ok(cx.string_value("(?:)"));
    }
    let d = cx.inspect_brief(this);
    Err(cx.type_error(&format!(
        "RegExp.prototype.source getter called on non-RegExp object {d}"
    )))
}

fn flags_getter(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Object(_) = this else {
        let d = cx.inspect_brief(this);
        return Err(cx.type_error(&format!(
            "RegExp.prototype.flags getter called on non-object {d}"
        )));
    };
    let mut out = String::new();
    for (c, name) in [
        ('d', "hasIndices"),
        ('g', "global"),
        ('i', "ignoreCase"),
        ('m', "multiline"),
        ('s', "dotAll"),
        ('u', "unicode"),
        ('v', "unicodeSets"),
        ('y', "sticky"),
    ] {
        let v = cx.get_str(this, name)?;
        if cx.to_boolean(v) {
            out.push(c);
        }
    }
    Ok(cx.string_value(&out))
}

/// One flag's getter: the flag of a RegExp, `undefined` on the prototype.
fn flag_getter(cx: &mut Interpreter, this: Value, bit: u8, name: &str) -> JsResult<Value> {
    if let Some((_, _, flags)) = regexp_data(cx, this) {
        return Ok(Value::Bool(flags & bit != 0));
    }
    if matches!(this, Value::Object(o) if o == cx.realm.regexp_proto) {
        return Ok(Value::Undefined);
    }
    let d = cx.inspect_brief(this);
    Err(cx.type_error(&format!(
        "RegExp.prototype.{name} getter called on non-RegExp object {d}"
    )))
}

macro_rules! flag_getters {
    ($($f:ident => $bit:ident, $name:literal;)*) => {
        $(
            fn $f(cx: &mut Interpreter, this: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
                flag_getter(cx, this, $bit, $name)
            }
        )*
    };
}

flag_getters! {
    has_indices_getter => HAS_INDICES, "hasIndices";
    global_getter => GLOBAL, "global";
    ignore_case_getter => IGNORE_CASE, "ignoreCase";
    multiline_getter => MULTILINE, "multiline";
    dot_all_getter => DOT_ALL, "dotAll";
    unicode_getter => UNICODE, "unicode";
    unicode_sets_getter => UNICODE_SETS, "unicodeSets";
    sticky_getter => STICKY, "sticky";
}

// ---------------------------------------------------------------------------
// The Symbol.* protocol
// ---------------------------------------------------------------------------

/// `AdvanceStringIndex`: one code unit, or a whole surrogate pair in `u` mode.
fn advance(text: &[u16], index: usize, unicode: bool) -> usize {
    if !unicode {
        return index + 1;
    }
    match (text.get(index), text.get(index + 1)) {
        (Some(0xD800..=0xDBFF), Some(0xDC00..=0xDFFF)) => index + 2,
        _ => index + 1,
    }
}

fn flags_of(cx: &mut Interpreter, r: ObjRef) -> JsResult<String> {
    let f = cx.get_str(Value::Object(r), "flags")?;
    cx.to_rust_string(f)
}

fn match_string(cx: &mut Interpreter, result: Value) -> JsResult<StrRef> {
    let key = PropKey::Str(cx.intern("0"));
    let m = cx.get_value(result, key)?;
    cx.to_string(m)
}

/// After an empty match in a global loop, step `lastIndex` past it.
fn step_past_empty(cx: &mut Interpreter, r: ObjRef, s: StrRef, unicode: bool) -> JsResult<()> {
    let key = last_index_key(cx);
    let li = cx.get(r, key)?;
    let this_index = to_length(cx, li)? as usize;
    let text = input_units(cx, s);
    set_last_index(cx, r, advance(&text, this_index, unicode) as f64)
}

fn symbol_match(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let r = this_object(cx, this, "[Symbol.match]")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    let flags = flags_of(cx, r)?;
    if !flags.contains('g') {
        return regexp_exec(cx, r, s);
    }
    let unicode = flags.contains('u') || flags.contains('v');
    set_last_index(cx, r, 0.0)?;
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    let mut n = 0;
    loop {
        let result = regexp_exec(cx, r, s)?;
        if matches!(result, Value::Null) {
            return Ok(if n == 0 {
                Value::Null
            } else {
                Value::Object(out)
            });
        }
        cx.root(result);
        let m = match_string(cx, result)?;
        cx.array_push(out, Value::String(m));
        n += 1;
        if cx.str(m).is_empty() {
            step_past_empty(cx, r, s, unicode)?;
        }
    }
}

/// `SpeciesConstructor(rx, %RegExp%)`.
fn species_constructor(cx: &mut Interpreter, r: ObjRef) -> JsResult<Value> {
    let default = Value::Object(cx.realm.regexp_ctor);
    let c = cx.get(r, PropKey::Str(crate::atoms::CONSTRUCTOR))?;
    let Value::Object(c) = c else {
        if matches!(c, Value::Undefined) {
            return Ok(default);
        }
        return Err(cx.type_error("The .constructor property is not an object"));
    };
    let s = cx.get(c, PropKey::Sym(cx.realm.sym_species))?;
    if s.is_nullish() {
        return Ok(default);
    }
    if !cx.is_constructor(s) {
        return Err(cx.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    Ok(s)
}

fn symbol_match_all(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let r = this_object(cx, this, "[Symbol.matchAll]")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    let c = species_constructor(cx, r)?;
    cx.root(c);
    let flags = flags_of(cx, r)?;
    let fv = cx.string_value(&flags);
    cx.root(fv);
    let matcher = cx.construct(c, &[this, fv], c.as_object())?;
    cx.root(matcher);
    let key = last_index_key(cx);
    let li = cx.get(r, key)?;
    let li = to_length(cx, li)?;
    if let Value::Object(m) = matcher {
        set_last_index(cx, m, li)?;
    }
    let proto = cx.realm.regexp_string_iterator_proto;
    let it = cx.new_object(
        Some(proto),
        ObjectKind::RegExpStringIterator(Box::new(MatchAllState {
            matcher,
            string: Value::String(s),
            global: flags.contains('g'),
            unicode: flags.contains('u') || flags.contains('v'),
            done: false,
        })),
    );
    Ok(Value::Object(it))
}

fn match_all_next(
    cx: &mut Interpreter,
    this: Value,
    _: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let state = match this {
        Value::Object(o) => match &cx.obj(o).kind {
            ObjectKind::RegExpStringIterator(st) => {
                Some((o, st.matcher, st.string, st.global, st.unicode, st.done))
            }
            _ => None,
        },
        _ => None,
    };
    let Some((it, matcher, string, global, unicode, done)) = state else {
        let d = cx.inspect_brief(this);
        return Err(cx.type_error(&format!(
            "Method %RegExpStringIterator%.prototype.next called on incompatible receiver {d}"
        )));
    };
    let finish = |cx: &mut Interpreter| {
        if let ObjectKind::RegExpStringIterator(st) = &mut cx.obj_mut(it).kind {
            st.done = true;
        }
        Ok(super::iterator::iter_result(cx, Value::Undefined, true))
    };
    if done {
        return finish(cx);
    }
    let (Value::Object(r), Value::String(s)) = (matcher, string) else {
        return finish(cx);
    };
    let result = regexp_exec(cx, r, s)?;
    if matches!(result, Value::Null) {
        return finish(cx);
    }
    cx.root(result);
    if global {
        let m = match_string(cx, result)?;
        if cx.str(m).is_empty() {
            step_past_empty(cx, r, s, unicode)?;
        }
    } else if let ObjectKind::RegExpStringIterator(st) = &mut cx.obj_mut(it).kind {
        st.done = true;
    }
    Ok(super::iterator::iter_result(cx, result, false))
}

/// `GetSubstitution`: expands `$$ $& $\` $' $n $nn $<name>` in a replacement.
#[allow(clippy::too_many_arguments)]
fn get_substitution(
    cx: &mut Interpreter,
    matched: &[u16],
    text: &[u16],
    position: usize,
    captures: &[Value],
    named: Value,
    template: &[u16],
    out: &mut Vec<u16>,
) -> JsResult<()> {
    let m = captures.len();
    let tail = (position + matched.len()).min(text.len());
    let mut i = 0;
    let push_capture = |cx: &mut Interpreter, out: &mut Vec<u16>, v: Value| {
        if let Value::String(s) = v {
            cx.str(s).units().push_to(out);
        }
    };
    while let Some(&u) = template.get(i) {
        if u != u16::from(b'$') {
            out.push(u);
            i += 1;
            continue;
        }
        let next = template.get(i + 1).copied();
        let digit = |x: Option<u16>| {
            x.filter(|d| (0x30..=0x39).contains(d))
                .map(|d| (d - 0x30) as usize)
        };
        match next {
            Some(0x24) => {
                out.push(0x24);
                i += 2;
            }
            Some(0x26) => {
                out.extend_from_slice(matched);
                i += 2;
            }
            Some(0x60) => {
                out.extend_from_slice(text.get(..position).unwrap_or(&[]));
                i += 2;
            }
            Some(0x27) => {
                out.extend_from_slice(text.get(tail..).unwrap_or(&[]));
                i += 2;
            }
            Some(_) if digit(next).is_some() => {
                let d1 = digit(next).unwrap_or(0);
                let d2 = digit(template.get(i + 2).copied());
                if let Some(d2) = d2.filter(|d2| {
                    let nn = d1 * 10 + d2;
                    nn >= 1 && nn <= m
                }) {
                    let v = captures
                        .get(d1 * 10 + d2 - 1)
                        .copied()
                        .unwrap_or(Value::Undefined);
                    push_capture(cx, out, v);
                    i += 3;
                } else if d1 >= 1 && d1 <= m {
                    let v = captures.get(d1 - 1).copied().unwrap_or(Value::Undefined);
                    push_capture(cx, out, v);
                    i += 2;
                } else {
                    out.push(0x24);
                    i += 1;
                }
            }
            Some(0x3C) if !matches!(named, Value::Undefined) => {
                let rest = template.get(i + 2..).unwrap_or(&[]);
                match rest.iter().position(|&c| c == 0x3E) {
                    None => {
                        out.extend_from_slice(&[0x24, 0x3C]);
                        i += 2;
                    }
                    Some(close) => {
                        let name = &rest[..close];
                        let key = PropKey::Str(cx.intern_units(name));
                        let v = cx.get_value(named, key)?;
                        if !matches!(v, Value::Undefined) {
                            let s = cx.to_string(v)?;
                            cx.str(s).units().push_to(out);
                        }
                        i += 2 + close + 1;
                    }
                }
            }
            _ => {
                out.push(0x24);
                i += 1;
            }
        }
    }
    Ok(())
}

fn symbol_replace(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let r = this_object(cx, this, "[Symbol.replace]")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    let mut replace_value = arg(args, 1);
    let functional = cx.is_callable(replace_value);
    if !functional {
        replace_value = Value::String(cx.to_string(replace_value)?);
        cx.root(replace_value);
    }
    let flags = flags_of(cx, r)?;
    let global = flags.contains('g');
    let unicode = flags.contains('u') || flags.contains('v');
    if global {
        set_last_index(cx, r, 0.0)?;
    }
    let mut results = Vec::new();
    loop {
        let result = regexp_exec(cx, r, s)?;
        if matches!(result, Value::Null) {
            break;
        }
        cx.root(result);
        results.push(result);
        if !global {
            break;
        }
        let m = match_string(cx, result)?;
        if cx.str(m).is_empty() {
            step_past_empty(cx, r, s, unicode)?;
        }
    }
    let text = input_units(cx, s);
    let template: Vec<u16> = match replace_value {
        Value::String(t) if !functional => cx.str(t).units().to_vec16(),
        _ => Vec::new(),
    };
    let mut out: Vec<u16> = Vec::with_capacity(text.len());
    let mut next_position = 0usize;
    for result in results {
        let Value::Object(res) = result else { continue };
        let n_captures = super::array::length_of(cx, res)?.saturating_sub(1);
        let matched = match_string(cx, result)?;
        cx.root(Value::String(matched));
        let matched_units = cx.str(matched).units().to_vec16();
        let pos = cx.get_str(result, "index")?;
        let pos = cx.to_integer(pos)?.clamp(0.0, text.len() as f64) as usize;
        let mut captures = Vec::with_capacity(n_captures);
        for n in 1..=n_captures {
            let c = super::array::get_index(cx, res, n)?;
            let c = match c {
                Value::Undefined => Value::Undefined,
                v => Value::String(cx.to_string(v)?),
            };
            cx.root(c);
            captures.push(c);
        }
        let named = cx.get_str(result, "groups")?;
        cx.root(named);
        let mut replacement = Vec::new();
        if functional {
            let mut call_args = Vec::with_capacity(n_captures + 4);
            call_args.push(Value::String(matched));
            call_args.extend_from_slice(&captures);
            call_args.push(Value::Number(pos as f64));
            call_args.push(Value::String(s));
            if !matches!(named, Value::Undefined) {
                call_args.push(named);
            }
            let v = cx.call(replace_value, Value::Undefined, &call_args)?;
            let rs = cx.to_string(v)?;
            cx.str(rs).units().push_to(&mut replacement);
        } else {
            let named = match named {
                Value::Undefined => Value::Undefined,
                v => Value::Object(cx.to_object(v)?),
            };
            get_substitution(
                cx,
                &matched_units,
                &text,
                pos,
                &captures,
                named,
                &template,
                &mut replacement,
            )?;
        }
        if pos >= next_position {
            out.extend_from_slice(text.get(next_position..pos).unwrap_or(&[]));
            out.extend_from_slice(&replacement);
            next_position = pos + matched_units.len();
        }
    }
    if next_position >= text.len() {
        return Ok(cx.new_str_value(Units::from_vec16(out)));
    }
    out.extend_from_slice(text.get(next_position..).unwrap_or(&[]));
    Ok(cx.new_str_value(Units::from_vec16(out)))
}

fn symbol_search(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let r = this_object(cx, this, "[Symbol.search]")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    let key = last_index_key(cx);
    let previous = cx.get(r, key)?;
    cx.root(previous);
    if !cx.same_value(previous, Value::Number(0.0)) {
        set_last_index(cx, r, 0.0)?;
    }
    let result = regexp_exec(cx, r, s)?;
    cx.root(result);
    let current = cx.get(r, key)?;
    if !cx.same_value(current, previous) && !cx.set_to(r, key, previous, Value::Object(r))? {
        return Err(cx.type_error("Cannot assign to read only property 'lastIndex'"));
    }
    if matches!(result, Value::Null) {
        return Ok(Value::Number(-1.0));
    }
    cx.get_str(result, "index")
}

fn symbol_split(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let r = this_object(cx, this, "[Symbol.split]")?;
    let s = cx.to_string(arg(args, 0))?;
    cx.root(Value::String(s));
    let c = species_constructor(cx, r)?;
    cx.root(c);
    let flags = flags_of(cx, r)?;
    let unicode = flags.contains('u') || flags.contains('v');
    let new_flags = if flags.contains('y') {
        flags.clone()
    } else {
        format!("{flags}y")
    };
    let fv = cx.string_value(&new_flags);
    cx.root(fv);
    let splitter = cx.construct(c, &[this, fv], c.as_object())?;
    cx.root(splitter);
    let Value::Object(splitter) = splitter else {
        return Err(cx.type_error("RegExp species constructor returned a non-object"));
    };
    let out = cx.new_array(Vec::new());
    cx.root(Value::Object(out));
    let lim = match arg(args, 1) {
        Value::Undefined => u32::MAX,
        v => cx.to_uint32(v)?,
    } as usize;
    if lim == 0 {
        return Ok(Value::Object(out));
    }
    let text = input_units(cx, s);
    let size = text.len();
    if size == 0 {
        let z = regexp_exec(cx, splitter, s)?;
        if matches!(z, Value::Null) {
            cx.array_push(out, Value::String(s));
        }
        return Ok(Value::Object(out));
    }
    // Fast path: a plain RegExp splitter with the built-in `exec` can search
    // forward instead of trying a sticky match at every position (the same
    // result, without the quadratic cost).
    let exec_fn = cx.get_str(Value::Object(splitter), "exec")?;
    let builtin = matches!(exec_fn, Value::Object(f) if f == cx.realm.regexp_exec)
        && regexp_data(cx, Value::Object(splitter)).is_some();
    let mut count = 0usize;
    let (mut p, mut q) = (0usize, 0usize);
    while q < size {
        let (z, e) = if builtin {
            let Some((matcher, _, bits)) = regexp_data(cx, Value::Object(splitter)) else {
                break;
            };
            match find_at(&matcher, &text, q, bits & !STICKY) {
                None => break,
                Some(m) => {
                    q = m.start();
                    if q >= size {
                        break;
                    }
                    set_last_index(cx, splitter, q as f64)?;
                    let z = builtin_exec(cx, splitter, s)?;
                    let li = cx.get_str(Value::Object(splitter), "lastIndex")?;
                    (z, to_length(cx, li)? as usize)
                }
            }
        } else {
            set_last_index(cx, splitter, q as f64)?;
            let z = regexp_exec(cx, splitter, s)?;
            let li = cx.get_str(Value::Object(splitter), "lastIndex")?;
            (z, to_length(cx, li)? as usize)
        };
        let Value::Object(zo) = z else {
            q = advance(&text, q, unicode);
            continue;
        };
        cx.root(z);
        let e = e.min(size);
        if e == p {
            q = advance(&text, q, unicode);
            continue;
        }
        let part = slice_value(cx, &text, p..q);
        cx.array_push(out, part);
        count += 1;
        if count == lim {
            return Ok(Value::Object(out));
        }
        p = e;
        let n_captures = super::array::length_of(cx, zo)?.saturating_sub(1);
        for i in 1..=n_captures {
            let v = super::array::get_index(cx, zo, i)?;
            cx.array_push(out, v);
            count += 1;
            if count == lim {
                return Ok(Value::Object(out));
            }
        }
        q = p;
    }
    let part = slice_value(cx, &text, p..size);
    cx.array_push(out, part);
    Ok(Value::Object(out))
}

// ---------------------------------------------------------------------------
// String.prototype methods that take a pattern
// ---------------------------------------------------------------------------

/// `RequireObjectCoercible(this)` with V8's message for `method`.
fn coercible_this(cx: &mut Interpreter, this: Value, method: &str) -> JsResult<()> {
    if this.is_nullish() {
        return Err(cx.type_error(&format!(
            "String.prototype.{method} called on null or undefined"
        )));
    }
    Ok(())
}

/// Calls `pattern[sym](this, ...rest)` when the pattern has that method.
fn dispatch(
    cx: &mut Interpreter,
    pattern: Value,
    sym: crate::value::SymRef,
    this: Value,
    rest: &[Value],
) -> JsResult<Option<Value>> {
    if pattern.is_nullish() {
        return Ok(None);
    }
    let f = cx.get_value(pattern, PropKey::Sym(sym))?;
    if f.is_nullish() {
        return Ok(None);
    }
    if !cx.is_callable(f) {
        let d = cx.inspect_brief(f);
        return Err(cx.type_error(&format!("{d} is not a function")));
    }
    let mut call_args = vec![this];
    call_args.extend_from_slice(rest);
    cx.call(f, pattern, &call_args).map(Some)
}

/// `match`, `search`: dispatch, else build a RegExp from the argument.
fn match_like(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    method: &str,
    sym: crate::value::SymRef,
    flags: &str,
) -> JsResult<Value> {
    coercible_this(cx, this, method)?;
    let pattern = arg(args, 0);
    if let Some(v) = dispatch(cx, pattern, sym, this, &[])? {
        return Ok(v);
    }
    let s = cx.to_string(this)?;
    cx.root(Value::String(s));
    let rx = regexp_create(cx, pattern, flags)?;
    cx.root(Value::Object(rx));
    let f = cx.get(rx, PropKey::Sym(sym))?;
    cx.call(f, Value::Object(rx), &[Value::String(s)])
}

fn string_match(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let sym = cx.realm.sym_match;
    match_like(cx, this, args, "match", sym, "")
}

fn string_search(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let sym = cx.realm.sym_search;
    match_like(cx, this, args, "search", sym, "")
}

/// `matchAll` and `replaceAll` refuse a RegExp without the `g` flag.
fn require_global(cx: &mut Interpreter, pattern: Value, message: &str) -> JsResult<()> {
    if is_regexp(cx, pattern)? {
        let f = cx.get_str(pattern, "flags")?;
        if f.is_nullish() {
            return Err(
                cx.type_error("String.prototype.matchAll called with a non-global RegExp argument")
            );
        }
        let f = cx.to_rust_string(f)?;
        if !f.contains('g') {
            return Err(cx.type_error(message));
        }
    }
    Ok(())
}

fn string_match_all(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    coercible_this(cx, this, "matchAll")?;
    let pattern = arg(args, 0);
    if !pattern.is_nullish() {
        require_global(
            cx,
            pattern,
            "String.prototype.matchAll called with a non-global RegExp argument",
        )?;
    }
    let sym = cx.realm.sym_match_all;
    match_like(cx, this, args, "matchAll", sym, "g")
}

/// `replace`, `replaceAll`, `split`: dispatch, else the string-only version.
fn string_fallback(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    method: &str,
    sym: crate::value::SymRef,
) -> JsResult<Value> {
    coercible_this(cx, this, method)?;
    let pattern = arg(args, 0);
    if let Some(v) = dispatch(cx, pattern, sym, this, args.get(1..).unwrap_or(&[]))? {
        return Ok(v);
    }
    let original = cx.native_data();
    cx.root(original);
    let mut rest = args.to_vec();
    if let Some(first @ Value::Object(_)) = rest.first_mut() {
        let s = cx.to_string(*first)?;
        *first = Value::String(s);
        cx.root(*first);
    }
    cx.call(original, this, &rest)
}

fn string_replace(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let sym = cx.realm.sym_replace;
    string_fallback(cx, this, args, "replace", sym)
}

fn string_replace_all(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let pattern = arg(args, 0);
    if !pattern.is_nullish() {
        require_global(
            cx,
            pattern,
            "String.prototype.replaceAll called with a non-global RegExp argument",
        )?;
    }
    let sym = cx.realm.sym_replace;
    string_fallback(cx, this, args, "replaceAll", sym)
}

fn string_split(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let sym = cx.realm.sym_split;
    string_fallback(cx, this, args, "split", sym)
}
