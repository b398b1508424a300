//! The poll phase's decision: whether the loop may sleep, how long, and on what
//! (the sockets' poll, the thread pool, stdin, or a virtual clock that jumps).
//! [`decide`] is a pure function of a few facts about the loop ([`WaitInputs`]);
//! `wait_for_io` in the event loop gathers them and carries the decision out.

use std::fmt;
use std::time::Duration;

/// The longest the poll phase sleeps while file requests are in flight before
/// looking at the completion queue again (a safety net: workers also wake it).
pub const FILE_POLL_CAP: Duration = Duration::from_millis(50);

/// What the wait depends on, read from the loop at the start of the poll phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitInputs {
    /// `--virtual-time`: the clock jumps to the next timer instead of waiting.
    pub virtual_clock: bool,
    /// A `mio::Poll` is available to wait on (creating one can fail).
    pub poll: bool,
    /// A referenced handle remains; if not, the loop is about to end and must
    /// not sleep (libuv's timeout 0).
    pub alive: bool,
    /// Immediates, socket work or a stdin chunk wait to run: nothing may sleep.
    pub busy: bool,
    /// A socket is open: the poll must be looked at, even without waiting.
    pub sockets: bool,
    /// File requests are in flight on the thread pool and none has finished.
    pub files: bool,
    /// A stdin read is in flight and no chunk has arrived.
    pub stdin: bool,
    /// When the nearest timer is due (referenced or not), in loop milliseconds.
    pub due: Option<u64>,
    /// The loop's "now"; on a real clock read afresh when
    /// [`WaitInputs::times_a_timer`] says so.
    pub now: u64,
}

/// What the poll phase does before running what is ready.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wait {
    /// Do not wait at all.
    Skip,
    /// Wait on the poll for socket events (or a wake-up from the thread pool or
    /// the stdin reader) up to `timeout`, forever with `None`; if no socket
    /// became ready, carry out `or_else`.
    Poll {
        timeout: Option<Duration>,
        or_else: Box<Wait>,
    },
    /// Block on the thread pool's completions, up to `timeout` (forever with
    /// `None`).
    BlockOnFiles { timeout: Option<Duration> },
    /// Block until the stdin reader sends a chunk.
    BlockOnStdin,
    /// No poll to wait on: sleep.
    Sleep(Duration),
    /// Move the virtual clock forward to this time (and trace it).
    AdvanceClock(u64),
}

impl WaitInputs {
    /// Whether the decision measures the time left to a timer on a real clock.
    /// Only then is the clock read again before deciding (libuv reads it before
    /// such a wait); otherwise callbacks later in this iteration keep the
    /// iteration's "now".
    pub fn times_a_timer(&self) -> bool {
        !self.virtual_clock && self.alive && !self.busy && self.due.is_some()
    }
}

/// The wait for these inputs (see the snapshot of `the_decision_table`).
pub fn decide(i: &WaitInputs) -> Wait {
    if i.virtual_clock {
        decide_virtual(i)
    } else {
        decide_real(i)
    }
}

/// Under a virtual clock only sockets, files and stdin take real time, so the
/// loop waits for them; otherwise the clock jumps to the next timer.
fn decide_virtual(i: &WaitInputs) -> Wait {
    if i.sockets && i.poll {
        // Wait for sockets while nothing else can happen, else only look.
        let idle = !i.busy && i.alive && i.due.is_none() && !i.files;
        let or_else = if i.busy { Wait::Skip } else { jump(i) };
        return Wait::Poll {
            timeout: if idle { None } else { Some(Duration::ZERO) },
            or_else: Box::new(or_else),
        };
    }
    if i.busy {
        return Wait::Skip;
    }
    jump(i)
}

/// A virtual clock with nothing to run: file requests first (they take no
/// virtual time), then stdin, then the clock moves to the nearest timer.
fn jump(i: &WaitInputs) -> Wait {
    if i.files {
        return Wait::BlockOnFiles { timeout: None };
    }
    if i.stdin {
        return Wait::BlockOnStdin;
    }
    match i.due {
        // A timer already due needs no jump (the clock never goes back).
        Some(due) if due > i.now => Wait::AdvanceClock(due),
        _ => Wait::Skip,
    }
}

/// A real clock: wait until the nearest timer, not at all when busy or about to
/// end, forever when only sockets or stdin are left; at most [`FILE_POLL_CAP`]
/// while files are in flight.
fn decide_real(i: &WaitInputs) -> Wait {
    let timeout = if i.busy || !i.alive {
        Some(Duration::ZERO)
    } else {
        match i.due {
            Some(due) => Some(Duration::from_millis(due.saturating_sub(i.now))),
            None if i.files => Some(FILE_POLL_CAP),
            None if i.sockets || i.stdin => None,
            None => return Wait::Skip,
        }
    };
    let timeout = if i.files {
        Some(timeout.map_or(FILE_POLL_CAP, |t| t.min(FILE_POLL_CAP)))
    } else {
        timeout
    };
    // A zero wait with no socket to look at is no wait.
    if timeout == Some(Duration::ZERO) && !i.sockets {
        return Wait::Skip;
    }
    if i.poll {
        Wait::Poll {
            timeout,
            or_else: Box::new(Wait::Skip),
        }
    } else if i.files {
        Wait::BlockOnFiles { timeout }
    } else {
        Wait::Sleep(timeout.unwrap_or(FILE_POLL_CAP))
    }
}

impl fmt::Display for Wait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let up_to = |t: &Option<Duration>| match t {
            Some(t) => format!("for {}ms", t.as_millis()),
            None => "forever".to_string(),
        };
        match self {
            Wait::Skip => write!(f, "don't wait"),
            Wait::Poll { timeout, or_else } => {
                write!(f, "poll sockets {}", up_to(timeout))?;
                match **or_else {
                    Wait::Skip => Ok(()),
                    ref then => write!(f, "; if none is ready, {then}"),
                }
            }
            Wait::BlockOnFiles { timeout } => write!(f, "block on the fs pool {}", up_to(timeout)),
            Wait::BlockOnStdin => write!(f, "block on stdin"),
            Wait::Sleep(d) => write!(f, "sleep {}ms", d.as_millis()),
            Wait::AdvanceClock(t) => write!(f, "advance the virtual clock to t={t}ms"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row of the table: the flags that are set, the nearest timer, and
    /// "now" fixed at 10ms.
    fn row(flags: &str, due: Option<u64>) -> WaitInputs {
        let has = |name: &str| flags.split_whitespace().any(|f| f == name);
        WaitInputs {
            virtual_clock: has("virtual"),
            poll: !has("no-poll"),
            alive: !has("dead"),
            busy: has("busy"),
            sockets: has("sockets"),
            files: has("files"),
            stdin: has("stdin"),
            due,
            now: 10,
        }
    }

    fn show(i: &WaitInputs) -> String {
        fn flag(on: bool, name: &'static str) -> &'static str {
            if on {
                name
            } else {
                "."
            }
        }
        let due = i.due.map_or("-".to_string(), |d| d.to_string());
        format!(
            "{:<7} {:<7} {:<5} {:<4} {:<7} {:<5} {:<5} {:>3} {:<5} | {}",
            if i.virtual_clock { "virtual" } else { "real" },
            flag(i.poll, "poll"),
            flag(i.alive, "alive"),
            flag(i.busy, "busy"),
            flag(i.sockets, "sockets"),
            flag(i.files, "files"),
            flag(i.stdin, "stdin"),
            due,
            flag(i.times_a_timer(), "read"),
            decide(i),
        )
    }

    #[test]
    fn the_decision_table() {
        let rows = [
            // Virtual clock, sockets open: poll them, waiting only when idle.
            row("virtual sockets", None),
            row("virtual sockets stdin", None),
            row("virtual sockets busy", Some(30)),
            row("virtual sockets", Some(30)),
            row("virtual sockets dead", Some(30)),
            row("virtual sockets files", Some(30)),
            // Virtual clock, no sockets (or no poll): files, stdin, then jump.
            row("virtual busy files", Some(30)),
            row("virtual sockets no-poll busy", Some(30)),
            row("virtual sockets no-poll files", None),
            row("virtual files stdin", Some(30)),
            row("virtual stdin", Some(30)),
            row("virtual", Some(30)),
            row("virtual dead", Some(30)),
            row("virtual", Some(10)),
            row("virtual", Some(5)),
            row("virtual", None),
            // Real clock, with a poll: zero when busy or about to end.
            row("busy", Some(30)),
            row("busy sockets", Some(30)),
            row("busy files", None),
            row("dead", Some(30)),
            row("dead sockets", None),
            // Real clock: until the timer, capped while files are in flight.
            row("", Some(30)),
            row("", Some(5)),
            row("sockets", Some(5)),
            row("files", Some(30)),
            row("files", Some(200)),
            row("files", None),
            row("sockets", None),
            row("stdin", None),
            row("", None),
            // Real clock, no poll: block on the pool, or sleep.
            row("no-poll files", Some(30)),
            row("no-poll files", None),
            row("no-poll", Some(30)),
            row("no-poll stdin", None),
            row("no-poll busy", Some(30)),
        ];
        let header = format!(
            "{:<7} {:<7} {:<5} {:<4} {:<7} {:<5} {:<5} {:>3} {:<5} | wait (now=10ms; read: the real clock is read first)",
            "clock", "poll", "alive", "busy", "sockets", "files", "stdin", "due", "now"
        );
        let table: Vec<String> = std::iter::once(header)
            .chain(rows.iter().map(show))
            .collect();
        insta::assert_snapshot!(table.join("\n"));
    }

    /// Every combination of the inputs, with the timer absent, past or ahead.
    fn all_inputs() -> impl Iterator<Item = WaitInputs> {
        (0..128u32).flat_map(|bits| {
            [None, Some(5), Some(30)].map(|due| WaitInputs {
                virtual_clock: bits & 1 != 0,
                poll: bits & 2 != 0,
                alive: bits & 4 != 0,
                busy: bits & 8 != 0,
                sockets: bits & 16 != 0,
                files: bits & 32 != 0,
                stdin: bits & 64 != 0,
                due,
                now: 10,
            })
        })
    }

    /// Whether carrying out `w` can take real time (a zero timeout cannot).
    fn may_sleep(w: &Wait) -> bool {
        match w {
            Wait::Skip | Wait::AdvanceClock(_) => false,
            Wait::Poll { timeout, or_else } => {
                *timeout != Some(Duration::ZERO) || may_sleep(or_else)
            }
            Wait::BlockOnFiles { timeout } => *timeout != Some(Duration::ZERO),
            Wait::BlockOnStdin => true,
            Wait::Sleep(d) => !d.is_zero(),
        }
    }

    #[test]
    fn nothing_sleeps_while_callbacks_wait() {
        let sleeps: Vec<String> = all_inputs()
            .filter(|i| i.busy && may_sleep(&decide(i)))
            .map(|i| show(&i))
            .collect();
        assert_eq!(sleeps, Vec::<String>::new());
    }

    /// Under a virtual clock, real time passes only while sockets, files or
    /// stdin are awaited, never for a fixed span.
    #[test]
    fn a_virtual_clock_never_sleeps_a_fixed_time() {
        let timed: Vec<String> = all_inputs()
            .filter(|i| i.virtual_clock)
            .filter(|i| match decide(i) {
                Wait::Poll { timeout, .. } | Wait::BlockOnFiles { timeout } => {
                    timeout.is_some_and(|t| !t.is_zero())
                }
                Wait::Sleep(_) => true,
                _ => false,
            })
            .map(|i| show(&i))
            .collect();
        assert_eq!(timed, Vec::<String>::new());
    }
}
