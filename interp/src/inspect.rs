//! `util.inspect` as node formats everyday values for `console.log`: quoting,
//! nesting to depth 2, `[Circular *1]`, class names, `[Function: f]`, maps and
//! sets, sparse arrays, and node's line-breaking rules (break past 80 columns,
//! at most 3 nested levels on one line, numeric arrays grouped into columns).
//! Follows node v20's lib/internal/util/inspect.js closely so outputs match.

use std::collections::HashMap;

use crate::atoms;
use crate::builtins::iterator::IterKind;
use crate::interp::Interpreter;
use crate::object::ObjectKind;
use crate::property::Own;
use crate::string::Units;
use crate::value::{ObjRef, PropKey, Value};

const BREAK_LENGTH: usize = 80;
const COMPACT: usize = 3;
const MAX_ARRAY_LENGTH: usize = 100;
/// Strings longer than this may be split at newlines (node's `kMinLineLength`).
const MIN_LINE_LENGTH: usize = 16;

/// The `util.inspect` options nodelet honours.
pub struct InspectOptions {
    /// How many levels of nesting to show; `-1` shows even the top-level
    /// object as `[Object]`, `i64::MAX` stands for `depth: null`.
    pub depth: i64,
    /// How many array, set and map entries to show before `... N more items`.
    pub max_array_length: usize,
    /// The line width past which containers break (`usize::MAX`: never).
    pub break_length: usize,
    /// Also list non-enumerable properties, as `[key]` (`%o`).
    pub show_hidden: bool,
    /// Style values with ANSI colors, as node's `inspect.styles` say.
    pub colors: bool,
    /// node's `compact`: how many inner levels may share a line (3 by
    /// default); 0 is `compact: false` (every property on its own line) and
    /// [`COMPACT_TRUE`] is `compact: true`.
    pub compact: usize,
    /// Sort object keys, map and set entries (`sorted: true`).
    pub sorted: bool,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            depth: 2,
            max_array_length: MAX_ARRAY_LENGTH,
            break_length: BREAK_LENGTH,
            show_hidden: false,
            colors: false,
            compact: COMPACT,
            sorted: false,
        }
    }
}

struct Ctx {
    opts_depth: i64,
    max_array_length: usize,
    break_length: usize,
    show_hidden: bool,
    colors: bool,
    compact: usize,
    sorted: bool,
    seen: Vec<ObjRef>,
    circular: HashMap<ObjRef, usize>,
    indentation: usize,
    current_depth: usize,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Extras {
    Object,
    Array,
}

impl Interpreter {
    /// Formats a value as `util.inspect(value)` does.
    pub fn inspect(&mut self, v: Value) -> String {
        self.inspect_with(v, InspectOptions::default())
    }

    pub fn inspect_with(&mut self, v: Value, opts: InspectOptions) -> String {
        let mut ctx = Ctx {
            opts_depth: opts.depth,
            max_array_length: opts.max_array_length,
            break_length: opts.break_length,
            show_hidden: opts.show_hidden,
            colors: opts.colors,
            compact: opts.compact,
            sorted: opts.sorted,
            seen: Vec::new(),
            circular: HashMap::new(),
            indentation: 0,
            current_depth: 0,
        };
        self.format_value(&mut ctx, v, 0, false)
    }

    /// Reads `util.inspect` options from an object (`{ depth, colors, compact,
    /// breakLength, showHidden, sorted, maxArrayLength }`); missing or
    /// `undefined` options keep their defaults. `depth: null` and `Infinity`
    /// mean no limit. Anything but an object gives the defaults.
    pub fn inspect_options_from(&mut self, options: Value) -> crate::JsResult<InspectOptions> {
        let mut opts = InspectOptions::default();
        let Value::Object(object) = options else {
            return Ok(opts);
        };
        let depth_key = PropKey::Str(self.intern("depth"));
        match self.get_str(options, "depth")? {
            // node compares `recurseTimes > undefined`, which is never true.
            Value::Undefined if self.get_own(object, depth_key).is_some() => opts.depth = i64::MAX,
            Value::Null => opts.depth = i64::MAX,
            Value::Number(n) if n.is_nan() => opts.depth = -1,
            Value::Number(n) => opts.depth = clamp_to_i64(n.floor()),
            _ => {}
        }
        let colors = self.get_str(options, "colors")?;
        if !matches!(colors, Value::Undefined) {
            opts.colors = self.to_boolean(colors);
        }
        match self.get_str(options, "compact")? {
            Value::Bool(true) => opts.compact = COMPACT_TRUE,
            Value::Bool(false) => opts.compact = 0,
            Value::Number(n) if n >= 1.0 => opts.compact = clamp_to_usize(n.floor()),
            Value::Number(_) => opts.compact = 0,
            _ => {}
        }
        if let Value::Number(n) = self.get_str(options, "breakLength")? {
            opts.break_length = if n.is_nan() { 0 } else { clamp_to_usize(n) };
        }
        let hidden = self.get_str(options, "showHidden")?;
        if !matches!(hidden, Value::Undefined) {
            opts.show_hidden = self.to_boolean(hidden);
        }
        let sorted = self.get_str(options, "sorted")?;
        if !matches!(sorted, Value::Undefined) {
            opts.sorted = self.to_boolean(sorted);
        }
        match self.get_str(options, "maxArrayLength")? {
            Value::Null => opts.max_array_length = usize::MAX,
            Value::Number(n) if !n.is_nan() => opts.max_array_length = clamp_to_usize(n),
            _ => {}
        }
        Ok(opts)
    }

    /// A short description of a value for error messages (`#<Object>`, `'str'`).
    pub fn inspect_brief(&mut self, v: Value) -> String {
        match v {
            Value::Object(o) => {
                if self.obj(o).is_callable() {
                    self.inspect(v)
                } else {
                    self.describe_object_brief(o)
                }
            }
            Value::String(s) => self.rust_string(s),
            _ => self.inspect(v),
        }
    }

    fn format_value(
        &mut self,
        ctx: &mut Ctx,
        v: Value,
        recurse: usize,
        in_container: bool,
    ) -> String {
        match v {
            Value::Undefined | Value::Hole => ctx.stylize("undefined", Style::Undefined),
            Value::Null => ctx.stylize("null", Style::Null),
            Value::Bool(b) => ctx.stylize(&b.to_string(), Style::Boolean),
            Value::Number(n) => ctx.stylize(&format_number(n), Style::Number),
            Value::String(s) => {
                let _ = in_container;
                let units = self.str(s).units();
                // Long strings are split after each newline into `'a\n' +` lines
                // (never with `compact: true`).
                let n = units.len();
                if ctx.compact != COMPACT_TRUE
                    && n > MIN_LINE_LENGTH
                    && n + ctx.indentation + 4 > ctx.break_length
                {
                    let text = units.to_vec16();
                    let pieces: Vec<String> = text
                        .split_inclusive(|&u| u == u16::from(b'\n'))
                        .map(|piece| {
                            ctx.stylize(&quote_string(&Units::from_u16(piece)), Style::String)
                        })
                        .collect();
                    let sep = format!(" +\n{}", " ".repeat(ctx.indentation + 2));
                    return pieces.join(&sep);
                }
                ctx.stylize(&quote_string(units), Style::String)
            }
            Value::Symbol(s) => {
                let text = crate::builtins::symbol::symbol_text(self, s);
                ctx.stylize(&text, Style::Symbol)
            }
            Value::Object(o) => {
                if let Some(text) = self.custom_inspect(ctx, o, recurse) {
                    return text;
                }
                if ctx.seen.contains(&o) {
                    let next = ctx.circular.len() + 1;
                    let idx = *ctx.circular.entry(o).or_insert(next);
                    return ctx.stylize(&format!("[Circular *{idx}]"), Style::Special);
                }
                self.format_raw(ctx, o, recurse)
            }
        }
    }

    /// node's `[util.inspect.custom](depth, options)`: an object may say how it
    /// is shown. A string result is shown as is; another value is inspected in
    /// its place; the object itself (or a throwing method) means the usual form.
    fn custom_inspect(&mut self, ctx: &mut Ctx, o: ObjRef, recurse: usize) -> Option<String> {
        let key = Units::from_str("nodejs.util.inspect.custom");
        let symbol = *self.symbol_registry.get(&key)?;
        let method = self.get(o, PropKey::Sym(symbol)).ok()?;
        let Value::Object(f) = method else {
            return None;
        };
        if !self.obj(f).is_callable() {
            return None;
        }
        // A prototype that defines the method is shown plainly, as in node.
        let this = Value::Object(o);
        if let Ok(Value::Object(c)) = self.get_str(this, "constructor") {
            if matches!(self.get_str(Value::Object(c), "prototype"), Ok(Value::Object(p)) if p == o)
            {
                return None;
            }
        }
        let depth = if ctx.opts_depth == i64::MAX {
            f64::INFINITY
        } else {
            (ctx.opts_depth - i64::try_from(recurse).unwrap_or(i64::MAX)) as f64
        };
        let options = self.custom_inspect_options(ctx);
        let mark = self.stack.len();
        self.stack.push(Value::Object(options));
        let result = self.call(
            method,
            this,
            &[Value::Number(depth), Value::Object(options)],
        );
        let text = match result {
            Ok(Value::Object(r)) if r == o => None,
            Ok(Value::String(text)) => {
                let text = self.rust_string(text);
                Some(text.replace('\n', &format!("\n{}", " ".repeat(ctx.indentation))))
            }
            Ok(other) => {
                self.stack.push(other);
                Some(self.format_value(ctx, other, recurse, true))
            }
            Err(_) => None,
        };
        self.stack.truncate(mark);
        text
    }

    /// The options object a custom inspect method receives, with `stylize`.
    fn custom_inspect_options(&mut self, ctx: &Ctx) -> ObjRef {
        let options = self.new_plain_object();
        let mark = self.stack.len();
        self.stack.push(Value::Object(options));
        let number = |n: usize| {
            if n == usize::MAX {
                Value::Number(f64::INFINITY)
            } else {
                Value::Number(n as f64)
            }
        };
        let depth = if ctx.opts_depth == i64::MAX {
            Value::Number(f64::INFINITY)
        } else {
            Value::Number(ctx.opts_depth as f64)
        };
        let compact = match ctx.compact {
            COMPACT_TRUE => Value::Bool(true),
            0 => Value::Bool(false),
            n => Value::Number(n as f64),
        };
        let entries = [
            ("showHidden", Value::Bool(ctx.show_hidden)),
            ("depth", depth),
            ("colors", Value::Bool(ctx.colors)),
            ("customInspect", Value::Bool(true)),
            ("showProxy", Value::Bool(false)),
            ("maxArrayLength", number(ctx.max_array_length)),
            ("maxStringLength", Value::Number(10_000.0)),
            ("breakLength", number(ctx.break_length)),
            ("compact", compact),
            ("sorted", Value::Bool(ctx.sorted)),
            ("getters", Value::Bool(false)),
            ("numericSeparator", Value::Bool(false)),
        ];
        for (name, value) in entries {
            let key = PropKey::Str(self.intern(name));
            let _ = self.create_data_property(options, key, value);
        }
        let stylize = self.make_native("stylize", stylize, 2, false);
        if let ObjectKind::Native(n) = &mut self.obj_mut(stylize).kind {
            n.data = Value::Bool(ctx.colors);
        }
        let key = PropKey::Str(self.intern("stylize"));
        let _ = self.create_data_property(options, key, Value::Object(stylize));
        self.stack.truncate(mark);
        options
    }

    fn format_raw(&mut self, ctx: &mut Ctx, o: ObjRef, recurse: usize) -> String {
        // A Buffer shows its bytes in hex (node's `Buffer.prototype[inspect.custom]`).
        if let Some(text) = crate::builtins::buffer::inspect_text(self, o) {
            return text;
        }
        let constructor = self.constructor_name(o);
        let null_proto = self.obj(o).proto.is_none();
        let weak = self.is_weak_collection(o);
        // node shows `Symbol.toStringTag` (read like any property, getters
        // included) unless it is an own enumerable property, listed anyway.
        let tag_key = PropKey::Sym(self.realm.sym_to_string_tag);
        let tag = if self.is_enumerable_own(o, tag_key) == Some(true) && !ctx.show_hidden {
            None
        } else {
            match self.get(o, tag_key) {
                Ok(Value::String(t)) => {
                    let t = self.rust_string(t);
                    (!t.is_empty() && Some(&t) != constructor.as_ref()).then_some(t)
                }
                _ => None,
            }
        };
        let prefix_for = |name: &str, fallback: &str, size: Option<usize>| -> String {
            let base = match &constructor {
                Some(c) => c.clone(),
                None => format!("[{fallback}: null prototype]"),
            };
            let mut s = base;
            if let Some(n) = size {
                s.push_str(&format!("({n})"));
            }
            if let Some(t) = &tag {
                let _ = name;
                s.push_str(&format!(" [{t}]"));
            }
            s.push(' ');
            s
        };
        let mut keys = self.inspect_keys(o, ctx.show_hidden);
        let mut base = String::new();
        let mut extras = Extras::Object;
        let (mut braces, mut output): ([String; 2], Vec<String>);
        let kind_tag = match &self.obj(o).kind {
            // A Uint8Array (from TextEncoder) shows like an array: `Uint8Array(2) [ 104, 105 ]`.
            ObjectKind::Array(_) | ObjectKind::Bytes(_) => 1,
            ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => 2,
            ObjectKind::Error => 3,
            ObjectKind::Map(_) => 4,
            ObjectKind::Set(_) => 5,
            ObjectKind::Boolean(_)
            | ObjectKind::Number(_)
            | ObjectKind::String(_)
            | ObjectKind::Symbol(_) => 6,
            ObjectKind::Arguments(_) => 7,
            ObjectKind::RegExp(_) | ObjectKind::Date(_) => 8,
            ObjectKind::Iterator(s)
                if matches!(
                    s.kind,
                    IterKind::MapKeys
                        | IterKind::MapValues
                        | IterKind::MapEntries
                        | IterKind::SetValues
                        | IterKind::SetEntries
                ) =>
            {
                9
            }
            _ => 0,
        };
        // A RegExp or Date shows as its text (`/a/g`, an ISO date), at any depth.
        if kind_tag == 8 {
            let text = match crate::builtins::regexp::display_text(self, o) {
                Some(text) => ctx.stylize(&text, Style::RegExp),
                None => {
                    let text = crate::builtins::date::display_text(self, o).unwrap_or_default();
                    ctx.stylize(&text, Style::Date)
                }
            };
            base = match &constructor {
                Some(c) if c != "RegExp" && c != "Date" => format!("{c} {text}"),
                _ => text,
            };
            if keys.is_empty() {
                return base;
            }
        }
        // Past the depth limit a non-empty container shows as `[Name]`; node checks
        // this only after the early returns for empty containers (`{}`, `[]`).
        let too_deep = i64::try_from(recurse).unwrap_or(i64::MAX) > ctx.opts_depth;
        let marker = match (&constructor, &tag) {
            (Some(c), Some(t)) => format!("[{c} [{t}]]"),
            (Some(c), None) => format!("[{c}]"),
            (None, Some(t)) => format!("[Object: null prototype] [{t}]"),
            (None, None) => "[Object: null prototype]".to_string(),
        };
        let marker = ctx.stylize(&marker, Style::Special);
        match kind_tag {
            1 => {
                let len = match &self.obj(o).kind {
                    ObjectKind::Array(e) => e.len(),
                    ObjectKind::Bytes(v) => v.len,
                    _ => 0,
                };
                let prefix = if constructor.as_deref() == Some("Array") && tag.is_none() {
                    String::new()
                } else {
                    prefix_for("Array", "Array", Some(len))
                };
                braces = [format!("{prefix}["), "]".into()];
                extras = Extras::Array;
                keys.retain(|k| !matches!(k, PropKey::Str(a) if self.atom_index(*a).is_some()));
                if keys.is_empty() && len == 0 {
                    return format!("{}]", braces[0]);
                }
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                output = self.format_array(ctx, o, recurse);
            }
            2 => {
                base = self.function_base(o, constructor.as_deref());
                base = ctx.stylize(&base, Style::Special);
                keys.retain(|k| !matches!(k, PropKey::Str(a) if *a == atoms::PROTOTYPE));
                if keys.is_empty() {
                    return base;
                }
                braces = ["{".into(), "}".into()];
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                output = Vec::new();
            }
            3 => {
                base = self.error_base(ctx, o, constructor.as_deref(), tag.as_deref(), &mut keys);
                if keys.is_empty() {
                    return base;
                }
                braces = ["{".into(), "}".into()];
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                output = Vec::new();
            }
            4 | 5 => {
                let entries = match &self.obj(o).kind {
                    ObjectKind::Map(m) | ObjectKind::Set(m) => m.live_entries(),
                    _ => Vec::new(),
                };
                let is_map = kind_tag == 4;
                let name = match (is_map, weak) {
                    (true, false) => "Map",
                    (false, false) => "Set",
                    (true, true) => "WeakMap",
                    (false, true) => "WeakSet",
                };
                let size = if weak { None } else { Some(entries.len()) };
                let prefix = prefix_for(name, name, size);
                braces = [format!("{prefix}{{"), "}".into()];
                // Weak collections never list their entries, as in node.
                let entries = if weak { Vec::new() } else { entries };
                if entries.is_empty() && keys.is_empty() && !weak {
                    return format!("{}}}", braces[0]);
                }
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                ctx.indentation += 2;
                let items = entries
                    .into_iter()
                    .map(|(k, v)| (k, is_map.then_some(v)))
                    .collect();
                output = self.collection_lines(ctx, items, recurse, |k, v| format!("{k} => {v}"));
                ctx.indentation -= 2;
                if weak {
                    output.push(ctx.stylize("<items unknown>", Style::Special));
                }
            }
            6 => {
                let (label, inner, style) = match self.obj(o).kind {
                    ObjectKind::Boolean(b) => ("Boolean", b.to_string(), Style::Boolean),
                    ObjectKind::Number(n) => ("Number", format_number(n), Style::Number),
                    ObjectKind::String(s) => {
                        keys.retain(|k| !matches!(k, PropKey::Str(a) if self.atom_index(*a).is_some() || *a == atoms::LENGTH));
                        ("String", quote_string(self.str(s).units()), Style::String)
                    }
                    ObjectKind::Symbol(s) => (
                        "Symbol",
                        crate::builtins::symbol::symbol_text(self, s),
                        Style::Symbol,
                    ),
                    _ => ("Object", String::new(), Style::Special),
                };
                base = ctx.stylize(&format!("[{label}: {inner}]"), style);
                if keys.is_empty() {
                    return base;
                }
                braces = ["{".into(), "}".into()];
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                output = Vec::new();
            }
            8 => {
                braces = ["{".into(), "}".into()];
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                output = Vec::new();
            }
            9 => {
                // A Map or Set iterator lists what it has yet to give, without
                // giving it: `[Map Entries] { [ 1, 'a' ] }`, `[Set Iterator] { 1 }`.
                let (kind, target, mut index, done) = match &self.obj(o).kind {
                    ObjectKind::Iterator(s) => (s.kind, s.target, s.index, s.done),
                    _ => (IterKind::MapKeys, Value::Undefined, 0, true),
                };
                let mut items = Vec::new();
                if let (Value::Object(t), false) = (target, done) {
                    while let Some((i, k, v)) = match &self.obj(t).kind {
                        ObjectKind::Map(m) | ObjectKind::Set(m) => m.entry_from(index),
                        _ => None,
                    } {
                        items.push(match kind {
                            IterKind::MapKeys | IterKind::SetValues => (k, None),
                            IterKind::MapValues => (v, None),
                            IterKind::SetEntries => (k, Some(k)),
                            _ => (k, Some(v)),
                        });
                        index = i + 1;
                    }
                }
                let label = match kind {
                    IterKind::MapEntries => "[Map Entries]",
                    IterKind::SetEntries => "[Set Entries]",
                    IterKind::SetValues => "[Set Iterator]",
                    _ => "[Map Iterator]",
                };
                braces = [format!("{label} {{"), "}".into()];
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                ctx.indentation += 2;
                output = self.collection_lines(ctx, items, recurse, |a, b| format!("[ {a}, {b} ]"));
                ctx.indentation -= 2;
            }
            7 => {
                braces = ["[Arguments] [".into(), "]".into()];
                extras = Extras::Array;
                let n = match self.get_own(o, PropKey::Str(atoms::LENGTH)) {
                    Some(Own::Data(Value::Number(n), _)) => n as usize,
                    _ => 0,
                };
                keys.retain(|k| !matches!(k, PropKey::Str(a) if self.atom_index(*a).is_some_and(|i| (i as usize) < n)));
                if n == 0 && keys.is_empty() {
                    return "[Arguments] []".into();
                }
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                ctx.indentation += 2;
                output = (0..n)
                    .map(|i| {
                        let k = self.index_key(i as u32);
                        let v = match self.get_own(o, k) {
                            Some(Own::Data(v, _)) => v,
                            _ => Value::Undefined,
                        };
                        self.format_value(ctx, v, recurse + 1, true)
                    })
                    .collect();
                ctx.indentation -= 2;
            }
            _ => {
                let prefix = match (&constructor, null_proto) {
                    (Some(c), _) if c == "Object" => match &tag {
                        Some(t) => format!("Object [{t}] "),
                        None => String::new(),
                    },
                    (None, true) => {
                        let mut s = "[Object: null prototype] ".to_string();
                        if let Some(t) = &tag {
                            s = format!("[Object: null prototype] [{t}] ");
                        }
                        s
                    }
                    _ => prefix_for("Object", "Object", None),
                };
                braces = [format!("{prefix}{{"), "}".into()];
                // A promise shows its state first: `Promise { 42 }`, `{ <pending> }`.
                let promise_state = self.promise_state(Value::Object(o));
                if keys.is_empty() && promise_state.is_none() {
                    if matches!(self.obj(o).kind, ObjectKind::Iterator(_)) {
                        return format!("{}}}", braces[0]);
                    }
                    return format!("{}}}", braces[0]);
                }
                if too_deep {
                    return marker;
                }
                ctx.seen.push(o);
                ctx.current_depth = recurse;
                output = Vec::new();
                if let Some(state) = promise_state {
                    use crate::builtins::promise::PromiseState;
                    ctx.indentation += 2;
                    let entry = match state {
                        PromiseState::Pending => ctx.stylize("<pending>", Style::Special),
                        PromiseState::Fulfilled(v) => self.format_value(ctx, v, recurse + 1, true),
                        PromiseState::Rejected(v) => {
                            let shown = self.format_value(ctx, v, recurse + 1, true);
                            let label = ctx.stylize("<rejected>", Style::Special);
                            format!("{label} {shown}")
                        }
                    };
                    ctx.indentation -= 2;
                    output.push(entry);
                }
            }
        }
        let keys_len = keys.len();
        for k in keys {
            let s = self.format_property(ctx, o, k, recurse, extras);
            output.push(s);
        }
        ctx.seen.pop();
        if ctx.sorted {
            // node sorts the formatted entries (all of them for objects, maps
            // and sets; only the extra keys after an array's elements).
            let from = if extras == Extras::Object {
                0
            } else {
                output.len().saturating_sub(keys_len)
            };
            if let Some(tail) = output.get_mut(from..) {
                tail.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            }
        }
        if let Some(&idx) = ctx.circular.get(&o) {
            let r = ctx.stylize(&format!("<ref *{idx}>"), Style::Special);
            if base.is_empty() {
                braces[0] = format!("{r} {}", braces[0]);
            } else {
                base = format!("{r} {base}");
            }
        }
        self.reduce_to_single_string(ctx, output, &base, &braces, extras, recurse, o)
    }

    /// Own enumerable keys (strings then symbols), private names excluded.
    fn inspect_keys(&mut self, o: ObjRef, show_hidden: bool) -> Vec<PropKey> {
        let keys = self.own_keys(o);
        keys.into_iter()
            .filter(|&k| {
                if matches!(self.obj(o).kind, ObjectKind::Array(_))
                    && k == PropKey::Str(atoms::LENGTH)
                {
                    return show_hidden;
                }
                // `showHidden` (`%o`) lists non-enumerable keys too, except on
                // functions, whose hidden `prototype` nodelet does not render.
                if show_hidden && !self.obj(o).is_callable() {
                    return true;
                }
                self.is_enumerable_own(o, k) == Some(true)
            })
            .collect()
    }

    fn format_array(&mut self, ctx: &mut Ctx, o: ObjRef, recurse: usize) -> Vec<String> {
        let elems = match &self.obj(o).kind {
            ObjectKind::Array(e) => e.clone(),
            ObjectKind::Bytes(v) => {
                v.with(|b| b.iter().map(|&x| Value::Number(f64::from(x))).collect())
            }
            _ => Vec::new(),
        };
        let mut output = Vec::new();
        let mut i = 0;
        let mut shown = 0;
        ctx.indentation += 2;
        while i < elems.len() && shown < ctx.max_array_length {
            if matches!(elems[i], Value::Hole) {
                let start = i;
                while i < elems.len() && matches!(elems[i], Value::Hole) {
                    i += 1;
                }
                let n = i - start;
                let text = format!("<{n} empty item{}>", if n == 1 { "" } else { "s" });
                output.push(ctx.stylize(&text, Style::Undefined));
            } else {
                let s = self.format_value(ctx, elems[i], recurse + 1, true);
                output.push(s);
                i += 1;
            }
            shown += 1;
        }
        ctx.indentation -= 2;
        output.extend(more_items(elems.len() - i));
        output
    }

    /// Up to `maxArrayLength` entries of a Map, a Set or one of their
    /// iterators, each a value or a pair (written by `pair`), then how many
    /// were left out.
    fn collection_lines(
        &mut self,
        ctx: &mut Ctx,
        items: Vec<(Value, Option<Value>)>,
        recurse: usize,
        pair: fn(&str, &str) -> String,
    ) -> Vec<String> {
        let remaining = items.len().saturating_sub(ctx.max_array_length);
        let mut output: Vec<String> = items
            .into_iter()
            .take(ctx.max_array_length)
            .map(|(a, b)| {
                let a = self.format_value(ctx, a, recurse + 1, true);
                match b {
                    Some(b) => pair(&a, &self.format_value(ctx, b, recurse + 1, true)),
                    None => a,
                }
            })
            .collect();
        output.extend(more_items(remaining));
        output
    }

    fn format_property(
        &mut self,
        ctx: &mut Ctx,
        o: ObjRef,
        k: PropKey,
        recurse: usize,
        _extras: Extras,
    ) -> String {
        let name = match k {
            PropKey::Sym(s) => {
                let text = escape_symbol_key(&crate::builtins::symbol::symbol_text(self, s));
                format!("[{}]", ctx.stylize(&text, Style::Symbol))
            }
            PropKey::Str(a) => {
                let t = self.atom_text(a);
                // An own property named `__proto__` is shown so that it cannot
                // be read as the prototype-setting form of a literal (node's
                // formatProperty tests this first).
                if t == "__proto__" {
                    "['__proto__']".to_string()
                } else if self.is_enumerable_own(o, k) == Some(false) {
                    format!("[{t}]")
                } else if is_identifier(&t) {
                    t
                } else {
                    let s = self.atom_str(a);
                    let quoted = quote_string(self.str(s).units());
                    ctx.stylize(&quoted, Style::String)
                }
            }
        };
        // With `compact: true` a value goes on the next line when it is
        // wider than the line (node's `extraLn`), indented 3 instead of 2.
        let diff = if ctx.compact == COMPACT_TRUE && _extras == Extras::Object {
            3
        } else {
            2
        };
        let mut extra_line = String::new();
        let value = match self.get_own(o, k) {
            Some(Own::Data(v, _)) => {
                let v = match (&self.obj(o).kind, v) {
                    (ObjectKind::String(_), _) => self.get(o, k).unwrap_or(Value::Undefined),
                    _ => v,
                };
                ctx.indentation += diff;
                let s = self.format_value(ctx, v, recurse + 1, true);
                if diff == 3 && ctx.break_length < ctx.width(&s) {
                    extra_line = format!("\n{}", " ".repeat(ctx.indentation));
                }
                ctx.indentation -= diff;
                s
            }
            Some(Own::Accessor(g, s, _)) => match (g, s) {
                (Some(_), Some(_)) => ctx.stylize("[Getter/Setter]", Style::Special),
                (Some(_), None) => ctx.stylize("[Getter]", Style::Special),
                (None, Some(_)) => ctx.stylize("[Setter]", Style::Special),
                (None, None) => ctx.stylize("undefined", Style::Undefined),
            },
            None => ctx.stylize("undefined", Style::Undefined),
        };
        format!(
            "{name}:{}{value}",
            if extra_line.is_empty() {
                " "
            } else {
                &extra_line
            }
        )
    }

    fn function_base(&mut self, o: ObjRef, constructor: Option<&str>) -> String {
        let name = match self.get_own(o, PropKey::Str(atoms::NAME)) {
            Some(Own::Data(Value::String(s), _)) => self.rust_string(s),
            _ => String::new(),
        };
        if let ObjectKind::Function(c) = &self.obj(o).kind {
            if let crate::ir::FnKind::ClassConstructor { derived } = c.code.kind {
                let mut s = if name.is_empty() {
                    "[class (anonymous)".to_string()
                } else {
                    format!("[class {name}")
                };
                if derived {
                    let parent = self.obj(o).proto.and_then(|p| {
                        match self.get_own(p, PropKey::Str(atoms::NAME)) {
                            Some(Own::Data(Value::String(s), _)) => Some(self.rust_string(s)),
                            _ => None,
                        }
                    });
                    // node names a parent only when it has a name (not for
                    // `extends null`, whose parent is Function.prototype).
                    if let Some(p) = parent.filter(|p| !p.is_empty()) {
                        s.push_str(&format!(" extends {p}"));
                    }
                }
                s.push(']');
                return s;
            }
        }
        let kind = match &self.obj(o).kind {
            ObjectKind::Function(c) if c.code.is_generator && c.code.is_async => {
                "AsyncGeneratorFunction"
            }
            ObjectKind::Function(c) if c.code.is_generator => "GeneratorFunction",
            ObjectKind::Function(c) if c.code.is_async => "AsyncFunction",
            _ => "Function",
        };
        let mut s = if name.is_empty() {
            format!("[{kind} (anonymous)]")
        } else {
            format!("[{kind}: {name}]")
        };
        if constructor.is_none() {
            s = format!("[{kind}: null prototype] {s}");
        }
        s
    }

    /// Whether `o` is a `WeakMap` or `WeakSet` (they share the map storage).
    fn is_weak_collection(&self, o: ObjRef) -> bool {
        let weak = [self.realm.weak_map_proto, self.realm.weak_set_proto];
        let mut cur = self.obj(o).proto;
        let mut hops = 0;
        while let Some(p) = cur {
            if weak.contains(&p) {
                return true;
            }
            hops += 1;
            if hops > 10_000 {
                break;
            }
            cur = self.obj(p).proto;
        }
        false
    }

    /// Whether `o` is a `WeakMap` or `WeakSet`, for `console.table`.
    pub(crate) fn is_weak_collection_pub(&self, o: ObjRef) -> bool {
        self.is_weak_collection(o)
    }

    /// Own enumerable string keys, as `Object.keys` lists them.
    pub(crate) fn enumerable_string_keys(&mut self, o: ObjRef) -> Vec<PropKey> {
        let keys = self.own_keys(o);
        keys.into_iter()
            .filter(|&k| matches!(k, PropKey::Str(_)) && self.is_enumerable_own(o, k) == Some(true))
            .collect()
    }

    /// A string-valued property read without running getters.
    fn own_or_inherited_string(&mut self, o: ObjRef, key: PropKey) -> Option<String> {
        let mut cur = Some(o);
        let mut hops = 0;
        while let Some(c) = cur {
            match self.get_own(c, key) {
                Some(Own::Data(Value::String(s), _)) => return Some(self.rust_string(s)),
                Some(_) => return None,
                None => {}
            }
            hops += 1;
            if hops > 10_000 {
                break;
            }
            cur = self.obj(c).proto;
        }
        None
    }

    /// node's `formatError`: the stack (or `[Name: message]` when it has no
    /// frames), renamed after the constructor when a subclass kept the name
    /// `Error`, indented to the current level; `cause` and `errors` are shown
    /// like own properties, and `name`/`message` only when the stack lacks them.
    fn error_base(
        &mut self,
        ctx: &Ctx,
        o: ObjRef,
        constructor: Option<&str>,
        tag: Option<&str>,
        keys: &mut Vec<PropKey>,
    ) -> String {
        if let Some(Own::Accessor(..)) = self.get_own(o, PropKey::Str(atoms::STACK)) {
            self.materialize_stack(o);
        }
        let name = self
            .own_or_inherited_string(o, PropKey::Str(atoms::NAME))
            .unwrap_or_else(|| "Error".into());
        let message = self.own_or_inherited_string(o, PropKey::Str(atoms::MESSAGE));
        let stack = match self.get_own(o, PropKey::Str(atoms::STACK)) {
            Some(Own::Data(Value::String(s), _)) if !self.str(s).units().is_empty() => {
                self.rust_string(s)
            }
            _ => self.error_header(o),
        };
        for key in [atoms::NAME, atoms::MESSAGE, atoms::STACK] {
            let k = PropKey::Str(key);
            if let Some(pos) = keys.iter().position(|x| *x == k) {
                if let Some(Own::Data(Value::String(v), _)) = self.get_own(o, k) {
                    let v = self.rust_string(v);
                    if stack.contains(&v) {
                        keys.remove(pos);
                    }
                }
            }
        }
        let cause = PropKey::Str(self.intern("cause"));
        if self.has_property_no_getters(o, cause) && !keys.contains(&cause) {
            keys.push(cause);
        }
        let errors = PropKey::Str(self.intern("errors"));
        let errors_is_array = matches!(
            self.get_own(o, errors),
            Some(Own::Data(Value::Object(a), _)) if matches!(self.obj(a).kind, ObjectKind::Array(_))
        );
        if errors_is_array && !keys.contains(&errors) {
            keys.push(errors);
        }
        let mut stack = improve_stack(stack, constructor, &name, tag);
        let mut pos = match &message {
            Some(m) if !m.is_empty() => stack.find(m.as_str()).map(|p| p + m.len()),
            _ => None,
        }
        .unwrap_or(0);
        if pos > stack.len() || !stack.is_char_boundary(pos) {
            pos = 0;
        }
        if !stack[pos..].contains("\n    at") {
            stack = format!("[{stack}]");
        }
        if ctx.indentation != 0 {
            let indentation = " ".repeat(ctx.indentation);
            stack = stack.replace('\n', &format!("\n{indentation}"));
        }
        stack
    }

    /// `key in o` for data and accessor properties, without running anything.
    fn has_property_no_getters(&self, o: ObjRef, key: PropKey) -> bool {
        let mut cur = Some(o);
        let mut hops = 0;
        while let Some(c) = cur {
            if self.get_own(c, key).is_some() {
                return true;
            }
            hops += 1;
            if hops > 10_000 {
                break;
            }
            cur = self.obj(c).proto;
        }
        false
    }

    #[allow(clippy::too_many_arguments)]
    fn reduce_to_single_string(
        &mut self,
        ctx: &mut Ctx,
        mut output: Vec<String>,
        base: &str,
        braces: &[String; 2],
        extras: Extras,
        recurse: usize,
        o: ObjRef,
    ) -> String {
        let compact = ctx.compact;
        if compact == COMPACT_TRUE {
            return reduce_compact_true(ctx, &output, base, braces);
        }
        let entries = output.len();
        if compact >= 1 && extras == Extras::Array && entries > 6 {
            output = self.group_array_elements(ctx, output, o);
        }
        if compact >= 1 && ctx.current_depth - recurse < compact && entries == output.len() {
            let start = output.len()
                + ctx.indentation
                + braces[0].chars().count()
                + base.chars().count()
                + 10;
            if is_below_break_length(ctx, &output, start, base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    let b = if base.is_empty() {
                        String::new()
                    } else {
                        format!("{base} ")
                    };
                    return format!("{b}{} {joined} {}", braces[0], braces[1]);
                }
            }
        }
        let indentation = format!("\n{}", " ".repeat(ctx.indentation));
        let b = if base.is_empty() {
            String::new()
        } else {
            format!("{base} ")
        };
        format!(
            "{b}{}{indentation}  {}{indentation}{}",
            braces[0],
            output.join(&format!(",{indentation}  ")),
            braces[1]
        )
    }

    fn group_array_elements(&mut self, ctx: &Ctx, output: Vec<String>, o: ObjRef) -> Vec<String> {
        let mut total_length = 0;
        let mut max_length = 0;
        let mut output_length = output.len();
        if output
            .last()
            .is_some_and(|s| s.starts_with("... ") && s.contains(" more item"))
        {
            output_length -= 1;
        }
        let separator_space = 2;
        let data_len: Vec<usize> = output
            .iter()
            .take(output_length)
            .map(|s| ctx.width(s))
            .collect();
        for &len in &data_len {
            total_length += len + separator_space;
            if max_length < len {
                max_length = len;
            }
        }
        let actual_max = max_length + separator_space;
        if actual_max * 3 + ctx.indentation < ctx.break_length
            && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
        {
            let approx_char_heights = 2.5;
            let average_bias =
                (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
            let columns = ((approx_char_heights * biased_max * output_length as f64).sqrt()
                / biased_max)
                .round()
                .min(
                    (ctx.break_length.saturating_sub(ctx.indentation) as f64 / actual_max as f64)
                        .floor(),
                )
                .min(ctx.compact.saturating_mul(4) as f64)
                .min(15.0) as usize;
            if columns <= 1 {
                return output;
            }
            let mut max_line_length = Vec::new();
            for i in 0..columns {
                let mut line_length = 0;
                let mut j = i;
                while j < output_length {
                    line_length = line_length.max(data_len[j]);
                    j += columns;
                }
                max_line_length.push(line_length + separator_space);
            }
            // Numbers are right-aligned, everything else left-aligned.
            let all_numbers = match &self.obj(o).kind {
                ObjectKind::Array(elems) => elems
                    .iter()
                    .take(output.len())
                    .all(|v| matches!(v, Value::Number(_))),
                ObjectKind::Bytes(_) => true,
                _ => false,
            };
            let mut tmp = Vec::new();
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut s = String::new();
                let mut j = i;
                while j < max - 1 {
                    let cell = format!("{}, ", output[j]);
                    let pad = max_line_length[j - i];
                    s.push_str(&pad_cell(&cell, pad, all_numbers));
                    j += 1;
                }
                if all_numbers {
                    let pad = max_line_length[j - i] - separator_space;
                    s.push_str(&pad_cell(&output[j], pad, true));
                } else {
                    s.push_str(&output[j]);
                }
                tmp.push(s);
                i += columns;
            }
            if output_length < output.len() {
                if let Some(last) = output.last() {
                    tmp.push(last.clone());
                }
            }
            return tmp;
        }
        output
    }
}

/// node's `improveStack`: a subclass of `Error` that kept the inherited name
/// shows its constructor's name (`MyError: msg`, or `Foo [TypeError]: msg`).
fn improve_stack(
    stack: String,
    constructor: Option<&str>,
    name: &str,
    tag: Option<&str>,
) -> String {
    let mut len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if constructor.is_some() && !looks_normal {
        return stack;
    }
    let mut fallback = "Error".to_string();
    if constructor.is_none() {
        let start = null_proto_error_name(&stack);
        len = start.len();
        if !start.is_empty() {
            fallback = start;
        }
    }
    let prefix = match (constructor, tag) {
        (None, Some(t)) if t != fallback => format!("[{fallback}: null prototype] [{t}]"),
        (None, _) => format!("[{fallback}: null prototype]"),
        (Some(c), Some(t)) if c != t => format!("{c} [{t}]"),
        (Some(c), _) => c.to_string(),
    };
    if name == prefix {
        return stack;
    }
    let rest = stack.get(len..).unwrap_or("");
    if prefix.contains(name) {
        if len == 0 {
            format!("{prefix}: {stack}")
        } else {
            format!("{prefix}{rest}")
        }
    } else {
        format!("{prefix} [{name}]{rest}")
    }
}

/// The error name at the start of a stack, as node's
/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/` or `/^([a-z_A-Z0-9-]*Error)$/` find it.
fn null_proto_error_name(stack: &str) -> String {
    let bytes = stack.as_bytes();
    if bytes.first().is_some_and(|b| b.is_ascii_uppercase()) {
        let allowed = |b: u8| b.is_ascii_alphanumeric() || b"_ []()-".contains(&b);
        let mut end = 1;
        while end < bytes.len() && allowed(bytes[end]) {
            end += 1;
        }
        // The regex backtracks, so any shorter run followed by a terminator counts;
        // the terminator is never in the run, so checking the longest one suffices.
        let after = &stack[end..];
        let at_follows = after.starts_with('\n')
            && after[1..].trim_start().starts_with("at")
            && after[1..].starts_with(char::is_whitespace);
        if end > 1 && (after.starts_with(':') || at_follows) {
            return stack[..end].to_string();
        }
    }
    let whole = stack
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if whole && stack.ends_with("Error") {
        return stack.to_string();
    }
    String::new()
}

/// A count from a JavaScript number: negative is 0, `Infinity` is the most.
fn clamp_to_usize(n: f64) -> usize {
    if n >= usize::MAX as f64 {
        usize::MAX
    } else if n > 0.0 {
        n as usize
    } else {
        0
    }
}

/// A depth from a JavaScript number: `Infinity` is no limit.
fn clamp_to_i64(n: f64) -> i64 {
    if n >= i64::MAX as f64 {
        i64::MAX
    } else if n <= -1.0 {
        -1
    } else {
        n as i64
    }
}

fn pad_cell(s: &str, width: usize, start: bool) -> String {
    let n = visible_width(s);
    if n >= width {
        return s.to_string();
    }
    let pad = " ".repeat(width - n);
    if start {
        format!("{pad}{s}")
    } else {
        format!("{s}{pad}")
    }
}

fn is_below_break_length(ctx: &Ctx, output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len().saturating_add(start);
    if total.saturating_add(output.len()) > ctx.break_length {
        return false;
    }
    for s in output {
        total = total.saturating_add(ctx.width(s));
        if total > ctx.break_length {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// node's `reduceToSingleString` for `compact: true`: entries run on as long
/// as they fit, then continue on lines indented under the opening brace.
fn reduce_compact_true(ctx: &Ctx, output: &[String], base: &str, braces: &[String; 2]) -> String {
    let with_base = if base.is_empty() {
        String::new()
    } else {
        format!(" {base}")
    };
    if is_below_break_length(ctx, output, 0, base) {
        return format!(
            "{}{with_base} {} {}",
            braces[0],
            output.join(", "),
            braces[1]
        );
    }
    let indentation = " ".repeat(ctx.indentation);
    let line = if base.is_empty() && braces[0].chars().count() == 1 {
        " ".to_string()
    } else {
        format!("{with_base}\n{indentation}  ")
    };
    format!(
        "{}{line}{} {}",
        braces[0],
        output.join(&format!(",\n{indentation}  ")),
        braces[1]
    )
}

/// `options.stylize(text, styleName)` for custom inspect methods: the text in
/// the named style of `util.inspect.styles` when colors are on.
fn stylize(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> crate::JsResult<Value> {
    let text = cx.to_rust_string(crate::builtins::arg(args, 0))?;
    let colors = matches!(cx.native_data(), Value::Bool(true));
    let style = match crate::builtins::arg(args, 1) {
        Value::String(s) => cx.rust_string(s),
        _ => String::new(),
    };
    let codes = match style.as_str() {
        "special" => Some((36, 39)),
        "number" | "bigint" | "boolean" => Some((33, 39)),
        "undefined" => Some((90, 39)),
        "null" => Some((1, 22)),
        "string" | "symbol" => Some((32, 39)),
        "date" => Some((35, 39)),
        "regexp" => Some((31, 39)),
        "module" => Some((4, 24)),
        _ => None,
    };
    let shown = match (colors, codes) {
        (true, Some((open, close))) => format!("\u{1b}[{open}m{text}\u{1b}[{close}m"),
        _ => text,
    };
    Ok(cx.string_value(&shown))
}

/// `compact: true` in [`InspectOptions::compact`] (any level count this large
/// stands for it).
pub const COMPACT_TRUE: usize = usize::MAX;

/// The styles of node's `util.inspect.styles`, as ANSI codes.
#[derive(Clone, Copy)]
enum Style {
    /// Functions, classes, `[Getter]`, `[Circular *1]`, `[Object]`: cyan.
    Special,
    Number,
    Boolean,
    /// Grey.
    Undefined,
    /// Bold.
    Null,
    String,
    Symbol,
    /// Magenta.
    Date,
    /// Red.
    RegExp,
}

impl Style {
    /// The escape codes that open and close the style.
    fn codes(self) -> (u8, u8) {
        match self {
            Style::Special => (36, 39),
            Style::Number | Style::Boolean => (33, 39),
            Style::Undefined => (90, 39),
            Style::Null => (1, 22),
            Style::String | Style::Symbol => (32, 39),
            Style::Date => (35, 39),
            Style::RegExp => (31, 39),
        }
    }
}

impl Ctx {
    /// `text` in `style` when colors are on (node's `stylizeWithColor`).
    fn stylize(&self, text: &str, style: Style) -> String {
        if !self.colors {
            return text.to_string();
        }
        let (open, close) = style.codes();
        format!("\u{1b}[{open}m{text}\u{1b}[{close}m")
    }

    /// How wide `text` shows: escape codes take no room.
    fn width(&self, text: &str) -> usize {
        if self.colors {
            visible_width(text)
        } else {
            text.chars().count()
        }
    }
}

/// The characters of `text` outside ANSI escape sequences (`ESC [ … m`).
fn visible_width(text: &str) -> usize {
    let mut width = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            width += 1;
        }
    }
    width
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        crate::number::number_to_string(n)
    }
}

/// Quotes a string as node does: single quotes unless the string contains them
/// (then double quotes, then backticks), with control characters escaped.
pub fn quote_string(units: &Units) -> String {
    let s = units.to_rust_string();
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    let n = units.len();
    let mut i = 0;
    while i < n {
        let u = units.at(i).unwrap_or(0);
        i += 1;
        // Surrogate pairs become their character; lone surrogates stay escaped.
        let c = if (0xD800..0xDC00).contains(&u) {
            match units.at(i) {
                Some(lo) if (0xDC00..0xE000).contains(&lo) => {
                    i += 1;
                    char::from_u32(0x10000 + ((u as u32 - 0xD800) << 10) + (lo as u32 - 0xDC00))
                }
                _ => None,
            }
        } else {
            char::from_u32(u as u32)
        };
        let Some(c) = c else {
            out.push_str(&format!("\\u{u:04x}"));
            continue;
        };
        push_escaped(&mut out, c, quote);
    }
    out.push(quote);
    out
}

/// Appends `c` as node's inspect writes it between `quote`s: control
/// characters, backslashes and the quote itself escaped.
fn push_escaped(out: &mut String, c: char, quote: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
            out.push_str(&format!("\\x{:02X}", c as u32))
        }
        c => out.push(c),
    }
}

/// `... 3 more items` after the entries shown, if any were left out.
fn more_items(remaining: usize) -> Option<String> {
    (remaining > 0).then(|| {
        format!(
            "... {remaining} more item{}",
            if remaining == 1 { "" } else { "s" }
        )
    })
}

/// A symbol used as a key, as node writes it between brackets: its
/// description with quotes, backslashes and control characters escaped
/// (`[Symbol(it\'s)]`), though it stands unquoted.
fn escape_symbol_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped(&mut out, c, '\'');
    }
    out
}

/// `%s` formatting of a primitive: like `String(v)`, except `-0`.
pub fn format_number_or(cx: &Interpreter, v: Value) -> String {
    match v {
        Value::Number(n) => format_number(n),
        _ => cx.primitive_text(v),
    }
}
