//! The event loop as the REPL drives it: between two inputs the REPL cannot
//! block in the poll phase (it waits for the next line instead), so it runs
//! whatever is ready without waiting ([`run_without_waiting`]) and asks how long it may
//! wait for input before a timer comes due ([`next_timer_due`]).

use std::time::Duration;

use nodelet_interp::host_api::CallError;
use nodelet_interp::Interpreter;

use super::{drain, run_check, run_timers, state, tick, Ready};

/// How often the REPL looks at the thread pool while file requests are in
/// flight (their completions have no timer to wait for).
const FILE_CHECK: Duration = Duration::from_millis(10);

/// The `nextTick` queue, then the promise jobs, until both are empty, as after
/// every callback; a rejection nobody handled is returned as uncaught.
pub fn drain_queues(cx: &mut Interpreter) -> Result<(), CallError> {
    drain(cx)
}

/// One pass over the phases that need no waiting: due timers, finished file
/// requests, then immediates (each followed by a drain of the queues).
pub fn run_without_waiting(cx: &mut Interpreter) -> Result<(), CallError> {
    if let Some(s) = state(cx) {
        s.clock.update();
        // A virtual clock never moves by itself: the REPL only calls this once
        // it has waited for the next timer, so the clock jumps there.
        if s.clock.is_virtual() {
            if let Some(due) = s.timers.peek_due() {
                s.clock.advance_to(due);
            }
        }
    }
    run_timers(cx)?;
    let ready = state(cx).map(|s| s.fs.take_ready()).unwrap_or_default();
    for completion in ready {
        tick(cx, Ready::File(completion))?;
    }
    run_check(cx)
}

/// How long the REPL may wait for input before [`run_without_waiting`] has work:
/// `None` when nothing is scheduled at all.
pub fn next_timer_due(cx: &mut Interpreter) -> Option<Duration> {
    let s = state(cx)?;
    if !s.immediates.is_empty() {
        return Some(Duration::ZERO);
    }
    s.clock.update();
    let virtual_time = s.clock.is_virtual();
    let timer = s.timers.peek_due().map(|due| {
        if virtual_time {
            Duration::ZERO
        } else {
            Duration::from_millis(due.saturating_sub(s.clock.now()))
        }
    });
    let files = (s.fs.in_flight() > 0).then_some(FILE_CHECK);
    match (timer, files) {
        (Some(t), Some(f)) => Some(t.min(f)),
        (t, f) => t.or(f),
    }
}
