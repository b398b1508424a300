//! `console`: `log`/`info`/`debug` to stdout, `error`/`warn`/`trace` to stderr
//! through the host, formatted like node's `util.format` (`%s %d %i %f %j %o %O
//! %c %%`), plus `dir`, `assert`, `count`, `group`, `time`.

use crate::interp::{Interpreter, JsResult};
use crate::value::{ObjRef, Value};

pub fn install(cx: &mut Interpreter) {
    let c = cx.new_plain_object();
    cx.global("console", Value::Object(c));
    let methods: &[(&str, crate::object::NativeFn)] = &[
        ("log", log),
        ("info", log),
        ("debug", log),
        ("error", error),
        ("warn", error),
        ("trace", error),
        ("dir", dir),
        ("assert", assert),
        ("count", count),
        ("countReset", count_reset),
        ("group", group),
        ("groupCollapsed", group),
        ("groupEnd", group_end),
        ("time", time),
        ("timeEnd", time_end),
        ("timeLog", time_end),
        ("table", log),
    ];
    for &(name, f) in methods {
        cx.method(c, name, f, 0);
    }
    let _ = cx.console_counts.len();
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
                    match d {
                        's' => match a {
                            Value::String(s) => out.push_str(&self.rust_string(s)),
                            Value::Object(_) => out.push_str(
                                &self.inspect_with(a, crate::inspect::InspectOptions { depth: 1 }),
                            ),
                            Value::Symbol(_) => out.push_str(&self.inspect(a)),
                            _ => out.push_str(&crate::inspect::format_number_or(self, a)),
                        },
                        'd' | 'i' => {
                            let n = match a {
                                Value::Object(_) => f64::NAN,
                                _ => self.to_number(a).unwrap_or(f64::NAN),
                            };
                            let n = if d == 'i' { n.trunc() } else { n };
                            out.push_str(&crate::inspect::format_number(n));
                        }
                        'f' => {
                            let n = match a {
                                Value::Symbol(_) => f64::NAN,
                                _ => self.to_number(a).unwrap_or(f64::NAN),
                            };
                            out.push_str(&crate::inspect::format_number(n));
                        }
                        'j' => {
                            let json = self.realm.global;
                            let j = self.get_str(Value::Object(json), "JSON")?;
                            let st = self.get_str(j, "stringify")?;
                            let r = self.call(st, j, &[a])?;
                            out.push_str(&self.to_rust_string(r)?);
                        }
                        'o' | 'O' => out.push_str(&self.inspect(a)),
                        _ => {}
                    }
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

fn dir(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let s = cx.inspect(super::arg(args, 0));
    cx.console_write(&s, false);
    Ok(Value::Undefined)
}

fn assert(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    if cx.to_boolean(super::arg(args, 0)) {
        return Ok(Value::Undefined);
    }
    let rest = if args.len() > 1 { &args[1..] } else { &[][..] };
    let msg = cx.format_args(rest)?;
    let s = if msg.is_empty() {
        "Assertion failed".to_string()
    } else {
        format!("Assertion failed: {msg}")
    };
    cx.console_write(&s, true);
    Ok(Value::Undefined)
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
    cx.console_counts.insert(l, 0);
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
    cx.console_timers.insert(l, std::time::Instant::now());
    Ok(Value::Undefined)
}

fn time_end(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let l = label(cx, args)?;
    if let Some(start) = cx.console_timers.get(&l) {
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        cx.console_write(&format!("{l}: {ms:.3}ms"), false);
    }
    Ok(Value::Undefined)
}
