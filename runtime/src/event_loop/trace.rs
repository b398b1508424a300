//! `--trace-loop`: one line on stderr per loop event, in a format stable enough
//! for snapshots and for the book to quote:
//!
//! ```text
//! [loop] main script done
//! [loop] drain nextTick=1 microtasks=2
//! [loop] iteration 1
//! [loop] phase timers
//! [loop] run timeout scheduled at demo.js:3:1
//! [loop] phase poll
//! [loop] phase check
//! [loop] run immediate scheduled at demo.js:5:1
//! [loop] exit: no referenced handles
//! ```
//!
//! Under `--virtual-time` each iteration line also shows the clock (`t=10ms`).
//!
//! Socket events run in the poll phase and name the socket by its handle
//! number (its `mio` token, counted from 1 in each run):
//!
//! ```text
//! [loop] phase poll
//! [loop] run socket connection (handle 1)
//! [loop] run socket connect (handle 2)
//! [loop] run socket data (handle 3)
//! [loop] run socket write done (handle 2)
//! [loop] run socket end (handle 3)
//! ```
//!
//! Failures show as `accept error`, `read error` and `write error`.

use std::cell::RefCell;
use std::io::Write;

/// Writes trace lines when enabled; costs one branch otherwise.
#[derive(Default)]
pub struct Trace {
    /// Any tracing at all: the loop records where callbacks were scheduled.
    pub enabled: bool,
    /// `--trace-loop`: the lines go to stderr as they happen.
    print: bool,
    /// `--trace-loop=FILE.svg`: the lines are kept, to be drawn after the run
    /// (`timeline.rs`).
    record: Option<RefCell<Vec<String>>>,
}

impl Trace {
    /// A trace that prints (`print`), records (`record`), both or neither.
    pub fn new(print: bool, record: bool) -> Trace {
        Trace {
            enabled: print || record,
            print,
            record: record.then(|| RefCell::new(Vec::new())),
        }
    }

    pub fn line(&self, text: std::fmt::Arguments<'_>) {
        if !self.enabled {
            return;
        }
        if self.print {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "[loop] {text}");
        }
        if let Some(record) = &self.record {
            record.borrow_mut().push(text.to_string());
        }
    }

    /// The lines recorded so far, taken out of the trace.
    pub fn take_recorded(&self) -> Vec<String> {
        self.record
            .as_ref()
            .map(|r| std::mem::take(&mut *r.borrow_mut()))
            .unwrap_or_default()
    }
}
