//! Phase 4, files: node's `fs` on a worker thread pool. The JavaScript surface
//! is `modules/lib/fs.js`; it calls the native hooks in `binding.rs`, which turn
//! each call into an [`ops::Op`]. A `*Sync` call runs the op on the script's
//! thread; a callback or `fs.promises` call sends it to the [`pool`], whose
//! workers wake the event loop through a `mio::Waker` when done. The loop's poll
//! phase then hands each completion to [`complete`], which runs the callback
//! (or settles the promise) on the loop thread; every request in flight keeps
//! the loop alive.

pub(crate) mod binding;
mod errors;
mod ops;
mod pool;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use nodelet_interp::host_api::{CallError, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

use crate::event_loop::state;
use errors::FsError;
use ops::{Op, OpResult, Output};
pub(crate) use pool::Completion;
use pool::Pool;

/// The token the pool's waker is registered with on the loop's `mio::Poll`.
pub(crate) const WAKE_TOKEN: mio::Token = mio::Token(usize::MAX - 1);

/// The loop's file state: the pool (started on first use), the requests in
/// flight with their callbacks or promises, and completions not yet run.
#[derive(Default)]
pub(crate) struct FsState {
    pool: Option<Pool>,
    waker: Arc<OnceLock<mio::Waker>>,
    /// Request id → its callback function, or the promise to settle.
    pending: HashMap<u64, Value>,
    next_id: u64,
    ready: VecDeque<Completion>,
    /// The completion [`finish`] is about to deliver.
    current: Option<(Value, OpResult)>,
    /// fs.js's function that builds node's error object (see `fsInit`).
    make_error: Option<Value>,
    /// The internal native the loop calls to deliver a completion.
    finisher: Option<ObjRef>,
}

impl FsState {
    /// Requests submitted whose callbacks have not run yet.
    pub fn in_flight(&self) -> usize {
        self.pending.len()
    }

    /// Registers the pool's waker on the loop's poll (once).
    pub fn attach_waker(&mut self, registry: &mio::Registry) {
        if self.waker.get().is_none() {
            if let Ok(w) = mio::Waker::new(registry, WAKE_TOKEN) {
                let _ = self.waker.set(w);
            }
        }
    }

    /// Every JavaScript value the state holds (GC roots).
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        let current = self.current.as_ref().map(|c| c.0);
        self.pending
            .values()
            .copied()
            .chain(current)
            .chain(self.make_error)
            .chain(self.finisher.map(Value::Object))
    }

    /// Moves completions that arrived into the ready queue.
    pub fn collect(&mut self) {
        if let Some(pool) = &self.pool {
            while let Some(c) = pool.try_completed() {
                self.ready.push_back(c);
            }
        }
    }

    /// Whether requests are in flight and none has completed yet.
    pub fn waiting(&mut self) -> bool {
        self.collect();
        self.ready.is_empty() && !self.pending.is_empty()
    }

    /// Blocks (up to `timeout`) until a request completes.
    pub fn block(&mut self, timeout: Option<Duration>) {
        if let Some(c) = self.pool.as_ref().and_then(|p| p.wait_completed(timeout)) {
            self.ready.push_back(c);
        }
    }

    /// The completions ready now, in arrival order.
    pub fn take_ready(&mut self) -> Vec<Completion> {
        self.collect();
        self.ready.drain(..).collect()
    }

    /// Starts `op` on the pool; `target` is its callback or promise.
    fn submit(&mut self, op: Op, target: Value) {
        self.next_id += 1;
        let id = self.next_id;
        self.pending.insert(id, target);
        if self.pool.is_none() {
            self.pool = Pool::start(Arc::clone(&self.waker));
        }
        let op = match &self.pool {
            Some(pool) => match pool.submit(id, op) {
                Ok(()) => return,
                Err(op) => op,
            },
            None => op,
        };
        // No worker could take it: run it here and deliver it as usual.
        let result = op.run();
        self.ready.push_back(Completion { id, result });
    }
}

/// Delivers one completion: runs its callback with `(err)` or `(null, result)`,
/// or settles its promise. Returns whether JavaScript ran.
pub(crate) fn complete(cx: &mut Interpreter, c: Completion) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    let Some(target) = s.fs.pending.remove(&c.id) else {
        return Ok(false);
    };
    s.fs.current = Some((target, c.result));
    let finisher = match s.fs.finisher {
        Some(f) => f,
        None => {
            let f = cx.make_internal_native(finish, Value::Undefined);
            if let Some(s) = state(cx) {
                s.fs.finisher = Some(f);
            }
            f
        }
    };
    // The work happens inside a native call so that its temporaries are rooted
    // on the value stack and released when the call returns.
    cx.call_function(Value::Object(finisher), Value::Undefined, &[])?;
    Ok(true)
}

fn finish(cx: &mut Interpreter, _: Value, _: &[Value], _: Option<ObjRef>) -> JsResult<Value> {
    let Some((target, result)) = state(cx).and_then(|s| s.fs.current.take()) else {
        return Ok(Value::Undefined);
    };
    cx.root(target);
    let is_promise = cx.promise_state(target).is_some();
    match result {
        Ok(out) => {
            let value = output_value(cx, out);
            cx.root(value);
            match target {
                Value::Object(p) if is_promise => cx.resolve_promise(p, value),
                _ => {
                    cx.call(target, Value::Undefined, &[Value::Null, value])?;
                }
            }
        }
        Err(e) => {
            let err = error_value(cx, &e, false)?;
            cx.root(err);
            match target {
                Value::Object(p) if is_promise => cx.reject_promise(p, err),
                _ => {
                    cx.call(target, Value::Undefined, &[err])?;
                }
            }
        }
    }
    Ok(Value::Undefined)
}

/// A successful result as a JavaScript value (fs.js shapes Stats and Dirents).
fn output_value(cx: &mut Interpreter, out: Output) -> Value {
    match out {
        Output::Unit | Output::MaybeText(None) => Value::Undefined,
        Output::Bool(b) => Value::Bool(b),
        Output::Number(n) => Value::Number(n),
        Output::Bytes(bytes) => cx.new_buffer(bytes),
        Output::Text(t) | Output::MaybeText(Some(t)) => cx.string_value(&t),
        Output::Stats(numbers) => {
            let items = numbers.into_iter().map(Value::Number).collect();
            Value::Object(cx.new_array(items))
        }
        Output::Names(names) => {
            let items: Vec<Value> = names.iter().map(|n| rooted_string(cx, n)).collect();
            Value::Object(cx.new_array(items))
        }
        Output::Entries(entries) => {
            let items: Vec<Value> = entries
                .iter()
                .map(|(n, kind)| {
                    let name = rooted_string(cx, n);
                    let pair = cx.new_array(vec![name, Value::Number(f64::from(*kind))]);
                    cx.root(Value::Object(pair))
                })
                .collect();
            Value::Object(cx.new_array(items))
        }
    }
}

/// node's error object for `e`, built by fs.js's `uvException`.
fn error_value(cx: &mut Interpreter, e: &FsError, sync: bool) -> JsResult<Value> {
    let make = state(cx)
        .and_then(|s| s.fs.make_error)
        .unwrap_or(Value::Undefined);
    let optional = |cx: &mut Interpreter, s: &Option<String>| match s {
        Some(s) => rooted_string(cx, s),
        None => Value::Undefined,
    };
    let args = [
        Value::Number(f64::from(e.errno)),
        rooted_string(cx, e.code),
        rooted_string(cx, e.syscall),
        optional(cx, &e.path),
        optional(cx, &e.dest),
        rooted_string(cx, &e.message()),
        Value::Bool(sync),
    ];
    if matches!(make, Value::Undefined) {
        // fs.js always registers its builder first; this is a plain fallback.
        let _ = cx.plain_error(&e.message());
        return Ok(cx.pending_exception());
    }
    cx.call(make, Value::Undefined, &args)
}

/// A new string value, rooted for the rest of the native call.
fn rooted_string(cx: &mut Interpreter, s: &str) -> Value {
    let v = cx.string_value(s);
    cx.root(v)
}
