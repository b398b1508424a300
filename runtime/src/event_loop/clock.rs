//! The loop's clock: milliseconds since the loop started, read once per
//! iteration and cached, as libuv's `uv_now` is. Under `--virtual-time` nothing
//! waits: the clock jumps to the next timer's due time instead, so output never
//! depends on how fast the machine is.

use std::time::Instant;

/// Monotonic milliseconds since the loop started, real or virtual.
pub struct Clock {
    start: Instant,
    /// `Some(now)` under `--virtual-time`.
    virtual_now: Option<u64>,
    /// The cached "now" of this loop iteration (libuv's `uv_update_time`).
    cached: u64,
}

impl Clock {
    pub fn new(virtual_time: bool) -> Clock {
        Clock {
            start: Instant::now(),
            virtual_now: virtual_time.then_some(0),
            cached: 0,
        }
    }

    pub fn is_virtual(&self) -> bool {
        self.virtual_now.is_some()
    }

    /// The time cached at the last [`Clock::update`]: what timers are measured
    /// against (a timer set during a callback starts at the iteration's "now").
    pub fn now(&self) -> u64 {
        self.cached
    }

    /// Reads the clock into the cache (libuv's `uv_update_time`).
    pub fn update(&mut self) {
        self.cached = match self.virtual_now {
            Some(t) => t,
            None => u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX),
        };
    }

    /// Precise time for `performance.now()`, in fractional milliseconds.
    pub fn precise_ms(&self) -> f64 {
        match self.virtual_now {
            Some(t) => t as f64,
            None => self.start.elapsed().as_secs_f64() * 1000.0,
        }
    }

    /// Virtual time only: moves the clock forward to `t` (never back).
    pub fn advance_to(&mut self, t: u64) {
        if let Some(now) = &mut self.virtual_now {
            *now = (*now).max(t);
        }
    }
}
