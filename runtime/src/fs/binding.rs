//! The native hooks of `fs`, added to the module system's binding object:
//! `fsInit(makeError)` registers fs.js's error builder, `fsSync(op, a, b, c)`
//! runs an operation on the script's thread and returns its result or throws,
//! and `fsAsync(op, a, b, c, callback)` sends it to the thread pool (with no
//! callback it returns a promise instead). fs.js checks and normalises the
//! arguments; these hooks only convert them.

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{HostFn, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use super::ops::Op;
use super::{error_value, output_value};
use crate::event_loop::state;

/// Adds the fs hooks to `binding`.
pub(crate) fn add_hooks(cx: &mut Interpreter, binding: ObjRef) {
    let hooks: [(&str, HostFn, u32); 3] = [
        ("fsInit", fs_init, 1),
        ("fsSync", fs_sync, 4),
        ("fsAsync", fs_async, 5),
    ];
    for (name, f, len) in hooks {
        cx.host_method(binding, name, f, len);
    }
}

fn fs_init(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let make = arg(args, 0);
    if let Some(s) = state(cx) {
        s.fs.make_error = Some(make);
    }
    Ok(Value::Undefined)
}

fn fs_sync(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let op = op_from(cx, args)?;
    match op.run() {
        Ok(out) => Ok(output_value(cx, out)),
        Err(e) => {
            let err = error_value(cx, &e, true)?;
            Err(cx.throw_value(err))
        }
    }
}

fn fs_async(cx: &mut Interpreter, _: Value, args: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let op = op_from(cx, args)?;
    let (target, returned) = match arg(args, 4) {
        Value::Undefined => {
            let p = Value::Object(cx.new_promise());
            (p, p)
        }
        callback => (callback, Value::Undefined),
    };
    match state(cx) {
        Some(s) => s.fs.submit(op, target),
        None => return Err(cx.plain_error("fs: the event loop is not running")),
    }
    Ok(returned)
}

/// The operation named by `args[0]`, with its operands from `args[1..4]`.
fn op_from(cx: &mut Interpreter, args: &[Value]) -> JsResult<Op> {
    let name = cx.to_rust_string(arg(args, 0))?;
    let flag = |i: usize| matches!(arg(args, i), Value::Bool(true));
    let number = |i: usize| match arg(args, i) {
        Value::Number(n) if n.is_finite() && n >= 0.0 => n as u32,
        _ => 0,
    };
    // A descriptor, and a file position (`null` or -1: the current one).
    let fd = |i: usize| match arg(args, i) {
        Value::Number(n) if n.is_finite() => n as i32,
        _ => -1,
    };
    let position = |i: usize| match arg(args, i) {
        Value::Number(n) if n.is_finite() && n >= 0.0 => Some(n as u64),
        _ => None,
    };
    let a = cx.to_rust_string(arg(args, 1))?;
    let text = |cx: &mut Interpreter, i: usize| cx.to_rust_string(arg(args, i));
    // Data to write: a Buffer's bytes, or a string as UTF-8.
    let bytes = |cx: &mut Interpreter, i: usize| match cx.buffer_bytes(arg(args, i)) {
        Some(b) => Ok(b),
        None => cx.to_rust_string(arg(args, i)).map(String::into_bytes),
    };
    Ok(match name.as_str() {
        "readFile" => Op::ReadFile { path: a },
        "writeFile" => Op::WriteFile {
            path: a,
            data: bytes(cx, 2)?,
            flag: text(cx, 3)?,
        },
        "open" => Op::Open {
            path: a,
            flags: text(cx, 2)?,
            mode: number(3),
        },
        "close" => Op::Close { fd: fd(1) },
        "read" => Op::Read {
            fd: fd(1),
            length: number(2) as usize,
            position: position(3),
        },
        "readAll" => Op::ReadAll {
            fd: fd(1),
            stat_first: flag(2),
        },
        "write" => Op::Write {
            fd: fd(1),
            data: bytes(cx, 2)?,
            position: position(3),
        },
        "fstat" => Op::Fstat { fd: fd(1) },
        "ftruncate" => Op::Ftruncate {
            fd: fd(1),
            len: position(2).unwrap_or(0),
        },
        "exists" => Op::Exists { path: a },
        "isDirectory" => Op::IsDirectory { path: a },
        "stat" => Op::Stat {
            path: a,
            follow: true,
        },
        "lstat" => Op::Stat {
            path: a,
            follow: false,
        },
        "mkdir" => Op::Mkdir {
            path: a,
            recursive: flag(2),
        },
        "readdir" => Op::Readdir {
            path: a,
            types: flag(2),
        },
        "unlink" => Op::Unlink { path: a },
        "rmdir" => Op::Rmdir {
            path: a,
            recursive: flag(2),
        },
        "rm" => Op::Rm {
            path: a,
            recursive: flag(2),
            force: flag(3),
        },
        "rename" => Op::Rename {
            from: a,
            to: text(cx, 2)?,
        },
        "mkdtemp" => Op::Mkdtemp { prefix: a },
        "realpath" => Op::Realpath { path: a },
        "copyFile" => Op::CopyFile {
            from: a,
            to: text(cx, 2)?,
            exclusive: number(3) & 1 != 0,
        },
        "access" => Op::Access {
            path: a,
            mode: number(2),
        },
        _ => return Err(cx.type_error(&format!("fs: unknown operation '{name}'"))),
    })
}
