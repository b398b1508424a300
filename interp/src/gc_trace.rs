//! `NODELET_GC_TRACE=1`: one line on stderr per garbage collection, with its pause
//! and what survived, so the collector's cost can be measured on real programs
//! (`bench/gc/`). Off by default; when off it costs one cached flag check per
//! collection.

use std::cell::Cell;
use std::time::Instant;

thread_local! {
    static ENABLED: Cell<Option<bool>> = const { Cell::new(None) };
    static COUNT: Cell<u64> = const { Cell::new(0) };
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

fn enabled() -> bool {
    ENABLED.with(|e| match e.get() {
        Some(on) => on,
        None => {
            let on = std::env::var_os("NODELET_GC_TRACE").is_some_and(|v| v == "1");
            e.set(Some(on));
            on
        }
    })
}

/// Called when a collection starts, with the number of heap cells (objects,
/// strings, environments) allocated since the previous one: the start time, if
/// tracing is on.
pub(crate) fn begin(allocations: usize) -> Option<Instant> {
    if !enabled() {
        return None;
    }
    ALLOCATED.with(|a| a.set(a.get() + allocations as u64));
    Some(Instant::now())
}

/// Called when a collection ends, with the live objects, strings and environments.
pub(crate) fn end(started: Option<Instant>, live: (usize, usize, usize)) {
    let Some(started) = started else { return };
    let pause = started.elapsed();
    let n = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    eprintln!(
        "[gc] #{n} pause {:.3} ms allocated={} live objects={} strings={} envs={} (object cell {} bytes)",
        pause.as_secs_f64() * 1000.0,
        ALLOCATED.with(Cell::get),
        live.0,
        live.1,
        live.2,
        std::mem::size_of::<crate::object::JsObject>()
    );
}
