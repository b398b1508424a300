//! The native hooks the JavaScript module system and core modules call, as one
//! object (node calls these "bindings"): stat and read files, compile a file
//! into its module wrapper, format values, and the few facts about the machine
//! that `os` reports. Every hook checks its arguments and throws rather than
//! panicking; the JavaScript side gives the public functions their node shapes.

use std::path::Path;

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{HostFn, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use super::core_modules;

/// Creates the binding object.
pub(super) fn create(cx: &mut Interpreter) -> ObjRef {
    let binding = cx.new_plain_object();
    let hooks: [(&str, HostFn, u32); 14] = [
        ("stat", stat, 1),
        ("readFile", read_file, 1),
        ("realpath", realpath, 1),
        ("compile", compile, 2),
        ("coreSource", core_source, 1),
        ("cwd", cwd, 0),
        ("format", format, 0),
        ("inspect", inspect, 2),
        ("writeStderr", write_stderr, 1),
        ("env", env, 1),
        ("hostname", hostname, 0),
        ("cpuCount", cpu_count, 0),
        ("pid", pid, 0),
        ("eventsEmit", crate::events::make_emit, 1),
    ];
    for (name, f, len) in hooks {
        cx.host_method(binding, name, f, len);
    }
    crate::fs::binding::add_hooks(cx, binding);
    crate::net::binding::add_hooks(cx, binding);
    crate::http::add_hooks(cx, binding);
    let names: Vec<Value> = core_modules::public_names()
        .map(|n| cx.string_value(n))
        .collect();
    let ids = cx.new_array(names);
    cx.define_hidden(binding, "builtinIds", Value::Object(ids));
    let platform = cx.string_value(std::env::consts::OS);
    cx.define_hidden(binding, "platform", platform);
    binding
}

fn string_arg(cx: &mut Interpreter, args: &[Value], i: usize) -> JsResult<String> {
    cx.to_rust_string(arg(args, i))
}

/// `stat(path)`: 0 for a file, 1 for a directory, -1 when there is neither (node's
/// `internalModuleStat`). Symbolic links are followed.
fn stat(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let path = string_arg(cx, args, 0)?;
    let code = match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 1.0,
        Ok(_) => 0.0,
        Err(_) => -1.0,
    };
    Ok(Value::Number(code))
}

/// `readFile(path)`: the file as text (invalid UTF-8 replaced), or `undefined`
/// when it cannot be read.
fn read_file(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let path = string_arg(cx, args, 0)?;
    match std::fs::read(&path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok(cx.string_value(&text))
        }
        // The loader stats the file first; a file that still cannot be read
        // is reported by the JavaScript side.
        Err(_) => Ok(Value::Undefined),
    }
}

/// `realpath(path)`: the path with symbolic links resolved (the path itself if
/// that fails), as node names modules by their real path.
fn realpath(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let path = string_arg(cx, args, 0)?;
    let real = std::fs::canonicalize(Path::new(&path))
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or(path);
    Ok(cx.string_value(&real))
}

/// `compile(source, filename)`: the module wrapper function, or a SyntaxError.
fn compile(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let source = string_arg(cx, args, 0)?;
    let filename = string_arg(cx, args, 1)?;
    cx.compile_module(&source, &filename)
}

/// `coreSource(name)`: the JavaScript source of a core module, or `undefined`.
fn core_source(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let name = string_arg(cx, args, 0)?;
    Ok(match core_modules::source(&name) {
        Some(src) => cx.string_value(src),
        None => Value::Undefined,
    })
}

fn cwd(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let dir = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "/".into());
    Ok(cx.string_value(&dir))
}

/// `format(...args)`: `util.format`, shared with `console.log`.
fn format(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let text = cx.format_args(args)?;
    Ok(cx.string_value(&text))
}

/// `inspect(value, options)`: `util.inspect`, with the options `util.js` has
/// merged over `inspect.defaultOptions` (`depth`, `colors`, `compact`,
/// `breakLength`, `showHidden`, `sorted`, `maxArrayLength`).
fn inspect(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let options = cx.inspect_options_from(arg(args, 1))?;
    let text = cx.inspect_with(arg(args, 0), options);
    Ok(cx.string_value(&text))
}

/// `writeStderr(text)`: for process warnings.
fn write_stderr(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let text = string_arg(cx, args, 0)?;
    cx.host_mut().write(&text, true);
    Ok(Value::Undefined)
}

/// `env(name)`: an environment variable, or `undefined`.
fn env(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let name = string_arg(cx, args, 0)?;
    Ok(match std::env::var(&name) {
        Ok(v) => cx.string_value(&v),
        Err(_) => Value::Undefined,
    })
}

/// `hostname()`: the kernel's host name, as `gethostname(2)` reports it.
fn hostname(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "localhost".into());
    Ok(cx.string_value(&name))
}

/// `cpuCount()`: the number of CPUs the kernel lists (as `os.cpus()` does, not
/// the ones this process may use).
fn cpu_count(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let listed = std::fs::read_to_string("/proc/stat")
        .map(|stat| {
            stat.lines()
                .filter(|l| {
                    l.strip_prefix("cpu")
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                })
                .count()
        })
        .unwrap_or(0);
    let n = if listed > 0 {
        listed
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    Ok(Value::Number(n as f64))
}

fn pid(_: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    Ok(Value::Number(f64::from(std::process::id())))
}
