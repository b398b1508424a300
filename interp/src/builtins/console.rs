//! `console`: `log`/`info`/`debug` to stdout, `error`/`warn`/`trace` to stderr
//! through the host, formatted like node's `util.format` (`%s %d %i %f %j %o %O
//! %c %%`), plus `dir`, `assert`, `count`, `group`, `time`.

mod table;

use crate::atoms;
use crate::interp::{Interpreter, JsResult};
use crate::property::Own;
use crate::value::{ObjRef, PropKey, Value};

pub fn install(cx: &mut Interpreter) {
    let c = cx.new_plain_object();
    cx.global("console", Value::Object(c));
    // node's console methods are own, enumerable properties, in this order, and
    // the object is tagged `console` (`Object [console] { log: …, … }`).
    let methods: &[(&str, crate::object::NativeFn)] = &[
        ("log", log),
        ("warn", error),
        ("dir", dir),
        ("time", time),
        ("timeEnd", time_end),
        ("timeLog", time_log),
        ("trace", trace),
        ("assert", assert),
        ("clear", clear),
        ("count", count),
        ("countReset", count_reset),
        ("group", group),
        ("groupEnd", group_end),
        ("table", table::table),
        ("debug", log),
        ("info", log),
        ("dirxml", log),
        ("error", error),
        ("groupCollapsed", group),
        // Profiling needs an inspector; without one node's are no-ops too.
        ("profile", clear),
        ("profileEnd", clear),
        ("timeStamp", clear),
    ];
    for &(name, f) in methods {
        let func = cx.make_native(name, f, 0, false);
        let key = crate::value::PropKey::Str(cx.intern(name));
        cx.define_value(c, key, Value::Object(func), crate::object::DEFAULT_ATTRS);
    }
    let tag = crate::value::PropKey::Sym(cx.realm.sym_to_string_tag);
    let v = cx.string_value("console");
    cx.define_value(c, tag, v, crate::object::CONFIGURABLE);
    let _ = cx.console_counts.len();
}

/// `console.clear()`: clears a terminal; output that is not a terminal is
/// left alone, as node does (nodelet's console never writes to a terminal
/// directly, so there is nothing to clear).
fn clear(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Undefined)
}

impl Interpreter {
    /// `util.format(...args)`.
    pub fn format_args(&mut self, args: &[Value]) -> JsResult<String> {
        let mut out = String::new();
        let mut rest = args;
        if let Some(&Value::String(s)) = args.first() {
            let f = self.rust_string(s);
            if f.contains('%') && args.len() > 1 {
                let mut next = 1;
                let mut chars = f.chars().peekable();
                while let Some(c) = chars.next() {
                    if c != '%' {
                        out.push(c);
                        continue;
                    }
                    let Some(&d) = chars.peek() else {
                        out.push('%');
                        break;
                    };
                    if d == '%' {
                        chars.next();
                        out.push('%');
                        continue;
                    }
                    if !"sdifjoOc".contains(d) || next >= args.len() {
                        out.push('%');
                        continue;
                    }
                    chars.next();
                    let a = args[next];
                    next += 1;
                    let text = self.format_specifier(d, a)?;
                    out.push_str(&text);
                }
                rest = &args[next..];
                for &a in rest {
                    out.push(' ');
                    self.append_formatted(&mut out, a);
                }
                return Ok(out);
            }
        }
        for (i, &a) in rest.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            self.append_formatted(&mut out, a);
        }
        Ok(out)
    }

    /// One `%x` conversion of `util.format`, as node's `formatWithOptions` does it.
    fn format_specifier(&mut self, d: char, a: Value) -> JsResult<String> {
        Ok(match d {
            's' => match a {
                Value::String(s) => self.rust_string(s),
                Value::Number(_) => crate::inspect::format_number_or(self, a),
                Value::Object(o) if !self.obj(o).is_callable() && self.has_builtin_to_string(o) => {
                    let opts = crate::inspect::InspectOptions {
                        depth: 0,
                        ..Default::default()
                    };
                    self.inspect_with(a, opts)
                }
                Value::Symbol(_) => self.inspect(a),
                _ => self.to_rust_string(a)?,
            },
            'd' => {
                let n = match a {
                    Value::Symbol(_) => f64::NAN,
                    _ => self.to_number(a)?,
                };
                crate::inspect::format_number(n)
            }
            'i' | 'f' => {
                let n = match a {
                    Value::Symbol(_) => f64::NAN,
                    _ => {
                        let name = if d == 'i' { "parseInt" } else { "parseFloat" };
                        let global = Value::Object(self.realm.global);
                        let parse = self.get_str(global, name)?;
                        match self.call(parse, Value::Undefined, &[a])? {
                            Value::Number(n) => n,
                            _ => f64::NAN,
                        }
                    }
                };
                crate::inspect::format_number(n)
            }
            'j' => {
                let global = Value::Object(self.realm.global);
                let j = self.get_str(global, "JSON")?;
                let st = self.get_str(j, "stringify")?;
                match self.call(st, j, &[a]) {
                    Ok(r) => self.to_rust_string(r)?,
                    Err(e) => {
                        // node prints `[Circular]` for the one error it expects.
                        let thrown = self.pending_exception();
                        let circular = match thrown {
                            Value::Object(o) => {
                                let msg = self.get_str(Value::Object(o), "message");
                                matches!(msg, Ok(m @ Value::String(_))
                                    if self.primitive_text(m).starts_with("Converting circular structure"))
                            }
                            _ => false,
                        };
                        if !circular {
                            return Err(e);
                        }
                        "[Circular]".into()
                    }
                }
            }
            'o' => {
                let opts = crate::inspect::InspectOptions {
                    depth: 4,
                    show_hidden: true,
                    ..Default::default()
                };
                self.inspect_with(a, opts)
            }
            'O' => self.inspect(a),
            _ => String::new(),
        })
    }

    /// node's `hasBuiltInToString`: whether `%s` should inspect the object
    /// (its `toString` is a built-in one) rather than call its own `toString`.
    fn has_builtin_to_string(&mut self, o: ObjRef) -> bool {
        let key = PropKey::Str(self.intern("toString"));
        if self.get_own(o, key).is_some() {
            return false;
        }
        let mut cur = self.obj(o).proto;
        let mut hops = 0;
        while let Some(p) = cur {
            if self.get_own(p, key).is_some() {
                let ctor = match self.get_own(p, PropKey::Str(atoms::CONSTRUCTOR)) {
                    Some(Own::Data(Value::Object(c), _)) => c,
                    _ => return false,
                };
                let name = match self.get_own(ctor, PropKey::Str(atoms::NAME)) {
                    Some(Own::Data(Value::String(s), _)) => self.rust_string(s),
                    _ => return false,
                };
                let global = self.realm.global;
                let key = PropKey::Str(self.intern(&name));
                return name.starts_with(|c: char| c.is_ascii_uppercase())
                    && matches!(self.get_own(global, key), Some(Own::Data(Value::Object(g), _)) if g == ctor);
            }
            hops += 1;
            if hops > 10_000 {
                break;
            }
            cur = self.obj(p).proto;
        }
        // No `toString` anywhere counts as built-in.
        true
    }

    fn append_formatted(&mut self, out: &mut String, a: Value) {
        match a {
            Value::String(s) => out.push_str(&self.rust_string(s)),
            _ => out.push_str(&self.inspect(a)),
        }
    }

    fn console_write(&mut self, text: &str, to_stderr: bool) {
        let indent = " ".repeat(self.console_indent);
        let mut s = String::with_capacity(text.len() + 1);
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                s.push('\n');
            }
            s.push_str(&indent);
            s.push_str(line);
        }
        s.push('\n');
        self.host.write(&s, to_stderr);
    }
}

fn log(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.format_args(args)?;
    cx.console_write(&s, false);
    Ok(Value::Undefined)
}

fn error(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.format_args(args)?;
    cx.console_write(&s, true);
    Ok(Value::Undefined)
}

fn trace(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let msg = cx.format_args(args)?;
    let head = if msg.is_empty() {
        "Trace".to_string()
    } else {
        format!("Trace: {msg}")
    };
    let frames = cx.stack_trace();
    let s = if frames.is_empty() {
        head
    } else {
        format!("{head}\n{}", frames.trim_matches('\n'))
    };
    cx.console_write(&s, true);
    Ok(Value::Undefined)
}

/// `console.dir(value, options)`: inspect with `util.inspect`'s options
/// (`depth`, `colors`, `compact`…), without format specifiers.
fn dir(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let opts = cx.inspect_options_from(super::arg(args, 1))?;
    let s = cx.inspect_with(super::arg(args, 0), opts);
    cx.console_write(&s, false);
    Ok(Value::Undefined)
}

/// `console.assert(cond, ...data)`: node prefixes the first datum with
/// `Assertion failed: ` and passes everything to `console.warn`.
fn assert(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    if cx.to_boolean(super::arg(args, 0)) {
        return Ok(Value::Undefined);
    }
    let mut rest: Vec<Value> = args.iter().skip(1).copied().collect();
    let head = match rest.first() {
        None => "Assertion failed".to_string(),
        Some(&first) => format!("Assertion failed: {}", cx.to_rust_string(first)?),
    };
    let head = cx.string_value(&head);
    match rest.first_mut() {
        Some(first) => *first = head,
        None => rest.push(head),
    }
    error(cx, this, &rest, nt)
}

/// A node-style process warning on stderr (`(node:PID) Warning: …`).
fn warn(cx: &mut Interpreter, text: &str) {
    let pid = std::process::id();
    cx.host
        .write(&format!("(node:{pid}) Warning: {text}\n"), true);
}

fn label(cx: &mut Interpreter, args: &[Value]) -> JsResult<String> {
    match super::arg(args, 0) {
        Value::Undefined => Ok("default".into()),
        v => cx.to_rust_string(v),
    }
}

fn count(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let l = label(cx, args)?;
    let n = {
        let e = cx.console_counts.entry(l.clone()).or_insert(0);
        *e += 1;
        *e
    };
    cx.console_write(&format!("{l}: {n}"), false);
    Ok(Value::Undefined)
}

fn count_reset(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let l = label(cx, args)?;
    if cx.console_counts.remove(&l).is_none() {
        warn(cx, &format!("Count for '{l}' does not exist"));
    }
    Ok(Value::Undefined)
}

fn group(cx: &mut Interpreter, this: Value, args: &[Value], nt: Option<ObjRef>) -> JsResult<Value> {
    if !args.is_empty() {
        log(cx, this, args, nt)?;
    }
    cx.console_indent += 2;
    Ok(Value::Undefined)
}

fn group_end(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    cx.console_indent = cx.console_indent.saturating_sub(2);
    Ok(Value::Undefined)
}

fn time(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let l = label(cx, args)?;
    if cx.console_timers.contains_key(&l) {
        warn(
            cx,
            &format!("Label '{l}' already exists for console.time()"),
        );
        return Ok(Value::Undefined);
    }
    cx.console_timers.insert(l, std::time::Instant::now());
    Ok(Value::Undefined)
}

fn time_end(cx: &mut Interpreter, t: Value, args: &[Value], nt: Option<ObjRef>) -> JsResult<Value> {
    time_report(cx, t, args, nt, "timeEnd")
}

fn time_log(cx: &mut Interpreter, t: Value, args: &[Value], nt: Option<ObjRef>) -> JsResult<Value> {
    time_report(cx, t, args, nt, "timeLog")
}

/// `timeEnd`/`timeLog`: `label: 1.234ms` (extra data appended for `timeLog`).
fn time_report(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
    method: &str,
) -> JsResult<Value> {
    let l = label(cx, args)?;
    let Some(&start) = cx.console_timers.get(&l) else {
        warn(cx, &format!("No such label '{l}' for console.{method}()"));
        return Ok(Value::Undefined);
    };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let mut line = format!("{l}: {}", format_time(ms));
    if method == "timeEnd" {
        cx.console_timers.remove(&l);
    } else if args.len() > 1 {
        for &a in &args[1..] {
            line.push(' ');
            cx.append_formatted(&mut line, a);
        }
    }
    cx.console_write(&line, false);
    Ok(Value::Undefined)
}

/// node's `formatTime`: `1.234ms`, `1.500s`, `1:02.345 (m:ss.mmm)`.
fn format_time(ms: f64) -> String {
    if ms < 1000.0 {
        let rounded = (ms * 1000.0).round() / 1000.0;
        return format!("{}ms", crate::inspect::format_number(rounded));
    }
    if ms < 60_000.0 {
        return format!("{:.3}s", ms / 1000.0);
    }
    let total_minutes = (ms / 60_000.0).floor();
    let hours = (total_minutes / 60.0).floor();
    let minutes = total_minutes - hours * 60.0;
    let seconds = (ms - total_minutes * 60_000.0) / 1000.0;
    let secs = format!("{seconds:06.3}");
    if hours > 0.0 {
        format!("{hours}:{minutes:02}:{secs} (h:mm:ss.mmm)")
    } else {
        format!("{minutes}:{secs} (m:ss.mmm)")
    }
}
