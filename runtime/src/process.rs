//! The `process` global as scripts see it: `argv`, `env`, `exit`/`exitCode`,
//! `cwd`/`chdir`, `pid`, `platform`, `version(s)`, `hrtime`, `uptime`,
//! `memoryUsage`, and `stdout`/`stderr` with `write`. The event loop adds
//! `nextTick` to the same object. Installed once, before the main script runs.
//!
//! Once `require` exists, [`bootstrap`] runs `lib/internal/process/bootstrap.js`,
//! the JavaScript half: `process` becomes an EventEmitter, `process.exit` emits
//! 'exit', `stdout`/`stderr`/`stdin` become streams, and the loop gets the hooks
//! it calls for 'beforeExit', 'exit', 'uncaughtException' and
//! 'unhandledRejection' (see [`call_hook`]).

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use std::time::Instant;

use nodelet_interp::host_api::{CallError, JsResult, ObjRef};
use nodelet_interp::{Exc, Interpreter, Value};

/// The version nodelet reports in `process.version`: its own, not node's.
const VERSION: &str = concat!("v", env!("CARGO_PKG_VERSION"));

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Creates `process` (or completes it, if something made it already).
pub fn install(cx: &mut Interpreter, argv: &[String]) -> JsResult<()> {
    STARTED.get_or_init(Instant::now);
    let process = match cx.get_named(cx.realm.global, "process")? {
        Value::Object(o) => o,
        _ => {
            let o = cx.new_plain_object();
            cx.global("process", Value::Object(o));
            o
        }
    };
    cx.root(Value::Object(process));
    let args: Vec<Value> = argv.iter().map(|a| cx.string_value(a)).collect();
    let argv_array = cx.new_array(args);
    cx.set_named(process, "argv", Value::Object(argv_array))?;
    let env = cx.new_plain_object();
    cx.root(Value::Object(env));
    for (key, value) in std::env::vars() {
        let v = cx.string_value(&value);
        cx.set_named(env, &key, v)?;
    }
    cx.set_named(process, "env", Value::Object(env))?;
    let strings = [
        ("platform", std::env::consts::OS),
        (
            "arch",
            if cfg!(target_arch = "x86_64") {
                "x64"
            } else {
                std::env::consts::ARCH
            },
        ),
        ("version", VERSION),
        ("title", "nodelet"),
    ];
    for (name, text) in strings {
        let v = cx.string_value(text);
        cx.set_named(process, name, v)?;
    }
    let exec_path = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let v = cx.string_value(&exec_path);
    cx.set_named(process, "execPath", v)?;
    cx.set_named(process, "pid", Value::Number(f64::from(std::process::id())))?;
    cx.set_named(process, "exitCode", Value::Undefined)?;
    let versions = cx.new_plain_object();
    let v = cx.string_value(env!("CARGO_PKG_VERSION"));
    cx.set_named(versions, "nodelet", v)?;
    cx.set_named(process, "versions", Value::Object(versions))?;
    let methods: [(&str, nodelet_interp::host_api::HostFn, u32); 6] = [
        ("exit", exit, 1),
        ("cwd", cwd, 0),
        ("chdir", chdir, 1),
        ("uptime", uptime, 0),
        ("hrtime", hrtime, 1),
        ("memoryUsage", memory_usage, 0),
    ];
    for (name, f, len) in methods {
        cx.host_method(process, name, f, len);
    }
    for (name, f, fd) in [
        (
            "stdout",
            write_stdout as nodelet_interp::host_api::HostFn,
            1.0,
        ),
        ("stderr", write_stderr, 2.0),
    ] {
        let stream = cx.new_plain_object();
        cx.root(Value::Object(stream));
        cx.host_method(stream, "write", f, 1);
        let tty = if fd == 1.0 {
            std::io::stdout().is_terminal()
        } else {
            std::io::stderr().is_terminal()
        };
        cx.set_named(stream, "isTTY", Value::Bool(tty))?;
        cx.set_named(stream, "fd", Value::Number(fd))?;
        cx.set_named(process, name, Value::Object(stream))?;
    }
    Ok(())
}

/// The exit code when the program ends by itself: `process.exitCode`, else 0.
/// The setter lets through integers and strings that read as one (`'5'`).
pub fn exit_code(cx: &mut Interpreter) -> i32 {
    let Ok(Value::Object(process)) = cx.get_named(cx.realm.global, "process") else {
        return 0;
    };
    match cx.get_named(process, "exitCode") {
        Ok(Value::Undefined | Value::Null) | Err(_) => 0,
        Ok(v) => cx.to_number(v).map_or(0, to_int32),
    }
}

/// ECMAScript's ToInt32, as node stores an exit code in an `Int32Array`
/// (`2 ** 32 + 1` exits with 1); the system keeps the low 8 bits of that.
fn to_int32(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let wrapped = n.trunc().rem_euclid(4_294_967_296.0);
    // The remainder is below 2^32, so it fits a u32 exactly.
    wrapped as u32 as i32
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

/// `process.exit([code])`: stops at once; no `finally` runs (node's behaviour).
fn exit(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let code = match arg(args, 0) {
        Value::Undefined => exit_code(cx),
        v => to_int32(cx.to_number(v)?),
    };
    let _ = std::io::stdout().flush();
    Err(Exc::Exit(code))
}

fn cwd(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let dir = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Ok(cx.string_value(&dir))
}

fn chdir(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let dir = cx.to_rust_string(arg(args, 0))?;
    match std::env::set_current_dir(&dir) {
        Ok(()) => Ok(Value::Undefined),
        Err(e) => Err(cx.type_error(&format!(
            "ENOENT: {}, chdir '{}'",
            e.kind().to_string().to_lowercase(),
            dir
        ))),
    }
}

fn elapsed() -> std::time::Duration {
    STARTED.get_or_init(Instant::now).elapsed()
}

fn uptime(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Number(elapsed().as_secs_f64()))
}

/// `process.hrtime([previous])`: `[seconds, nanoseconds]`, relative to `previous`.
fn hrtime(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let now = elapsed();
    let (mut secs, mut nanos) = (now.as_secs() as f64, f64::from(now.subsec_nanos()));
    if let Value::Object(prev) = arg(args, 0) {
        let s = cx.get_named(prev, "0")?;
        let n = cx.get_named(prev, "1")?;
        let (ps, pn) = (cx.to_number(s)?, cx.to_number(n)?);
        secs -= ps;
        nanos -= pn;
        if nanos < 0.0 {
            secs -= 1.0;
            nanos += 1e9;
        }
    }
    let pair = cx.new_array(vec![Value::Number(secs), Value::Number(nanos)]);
    Ok(Value::Object(pair))
}

/// `process.memoryUsage()`: the resident set size from /proc (Linux), and the
/// interpreter's heap as `heapUsed` is not tracked in bytes yet (reported as 0).
fn memory_usage(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let page = 4096.0;
    let rss = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|n| n.parse::<f64>().ok())
        })
        .map_or(0.0, |pages| pages * page);
    let o = cx.new_plain_object();
    cx.root(Value::Object(o));
    for (name, v) in [
        ("rss", rss),
        ("heapTotal", 0.0),
        ("heapUsed", 0.0),
        ("external", 0.0),
        ("arrayBuffers", 0.0),
    ] {
        cx.set_named(o, name, Value::Number(v))?;
    }
    Ok(Value::Object(o))
}

/// Writes a string as UTF-8, or a Buffer's bytes as they are.
fn write_to(cx: &mut Interpreter, args: &[Value], out: &mut dyn Write) -> JsResult<Value> {
    let value = arg(args, 0);
    let written = cx.with_buffer_bytes(value, |bytes| out.write_all(bytes));
    if written.is_none() {
        let text = cx.to_rust_string(value)?;
        let _ = out.write_all(text.as_bytes());
    }
    let _ = out.flush();
    Ok(Value::Bool(true))
}

/// The JavaScript half of `process` (see the module docs).
const BOOTSTRAP_SOURCE: &str = include_str!("modules/lib/internal/process/bootstrap.js");
const BOOTSTRAP_FILENAME: &str = "node:internal/bootstrap/node";

/// Runs the bootstrap with the main module's `require`, and the core
/// modules' (`internal_require`) among its native hooks. A failure is a bug
/// in the bootstrap; it is reported and `process` stays as `install` made it.
pub fn bootstrap(cx: &mut Interpreter, require: Value, internal_require: Value) {
    if let Err(message) = try_bootstrap(cx, require, internal_require) {
        crate::run::write_stderr(&format!("nodelet: cannot set up process: {message}\n"));
    }
}

fn try_bootstrap(
    cx: &mut Interpreter,
    require: Value,
    internal_require: Value,
) -> Result<(), String> {
    let wrapper = cx
        .compile_module(BOOTSTRAP_SOURCE, BOOTSTRAP_FILENAME)
        .map_err(|e| describe(cx.call_error(e)))?;
    cx.root(wrapper);
    let hooks = cx.new_plain_object();
    cx.root(Value::Object(hooks));
    cx.host_method(hooks, "inspect", inspect, 1);
    cx.define_hidden(hooks, "internalRequire", internal_require);
    crate::stdin::add_hooks(cx, hooks);
    let module = cx.new_plain_object();
    cx.root(Value::Object(module));
    cx.define_hidden(module, "exports", Value::Object(hooks));
    let filename = cx.string_value(BOOTSTRAP_FILENAME);
    let dirname = cx.string_value("");
    let args = [
        Value::Object(hooks),
        require,
        Value::Object(module),
        filename,
        dirname,
    ];
    cx.call_function(wrapper, Value::Object(hooks), &args)
        .map_err(describe)?;
    Ok(())
}

fn describe(e: CallError) -> String {
    match e {
        CallError::Exit(code) => format!("exit {code}"),
        CallError::Uncaught(u) => u.report,
    }
}

fn inspect(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let text = cx.inspect(arg(args, 0));
    Ok(cx.string_value(&text))
}

/// Calls the bootstrap's hidden hook `name` on `process` with `args`; `None`
/// when there is no such hook (the bootstrap did not run).
pub(crate) fn call_hook(
    cx: &mut Interpreter,
    name: &str,
    args: &[Value],
) -> Option<Result<Value, CallError>> {
    let Ok(Value::Object(process)) = cx.get_named(cx.realm.global, "process") else {
        return None;
    };
    let hook = cx.get_named(process, name).ok()?;
    if !cx.is_callable(hook) {
        return None;
    }
    Some(cx.call_function(hook, Value::Object(process), args))
}

fn write_stdout(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    write_to(cx, args, &mut std::io::stdout().lock())
}

fn write_stderr(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    write_to(cx, args, &mut std::io::stderr().lock())
}
