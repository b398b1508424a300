//! The timers phase's data structure: every scheduled `setTimeout`/`setInterval`
//! in a binary heap ordered by due time, then by scheduling order (node's
//! guarantee for timers due at the same moment), over a slab of slots.
//!
//! Cancelling is lazy: `clearTimeout` frees the slot and leaves the heap entry,
//! which is recognised as stale and dropped when it reaches the top (each entry
//! remembers the sequence number it was armed with). Scheduling, cancelling and
//! firing are all O(log n).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::rc::Rc;

use nodelet_interp::host_api::ObjRef;

/// One scheduled timer. Its callback, delay and arguments live on its `Timeout`
/// object (so `refresh()` works after it fired); the slab only knows when.
pub struct ScheduledTimer {
    /// The `Timeout` object scripts hold.
    pub object: ObjRef,
    /// The sequence number of its current heap entry.
    seq: u64,
    /// Whether it keeps the process alive (`ref()`/`unref()`).
    pub refed: bool,
    /// Where it was scheduled (`file.js:3:1`), for `--trace-loop`.
    pub site: Option<Rc<str>>,
}

/// The heap of due times over a slab of timers.
#[derive(Default)]
pub struct TimerHeap {
    slots: Vec<Option<ScheduledTimer>>,
    free: Vec<usize>,
    heap: BinaryHeap<Reverse<(u64, u64, usize)>>,
    next_seq: u64,
    live: usize,
    refed: usize,
}

impl TimerHeap {
    /// Schedules `object` to fire at `due`; returns its slot.
    pub fn insert(
        &mut self,
        object: ObjRef,
        due: u64,
        refed: bool,
        site: Option<Rc<str>>,
    ) -> usize {
        self.next_seq += 1;
        let seq = self.next_seq;
        let timer = ScheduledTimer {
            object,
            seq,
            refed,
            site,
        };
        let slot = match self.free.pop() {
            Some(i) => {
                if let Some(s) = self.slots.get_mut(i) {
                    *s = Some(timer);
                }
                i
            }
            None => {
                self.slots.push(Some(timer));
                self.slots.len() - 1
            }
        };
        self.heap.push(Reverse((due, seq, slot)));
        self.live += 1;
        if refed {
            self.refed += 1;
        }
        slot
    }

    /// The timer in `slot` if it is scheduled and belongs to `object`.
    pub fn get(&self, slot: usize, object: ObjRef) -> Option<&ScheduledTimer> {
        self.slots
            .get(slot)?
            .as_ref()
            .filter(|t| t.object == object)
    }

    /// Unschedules the timer in `slot` (if it belongs to `object`).
    pub fn remove(&mut self, slot: usize, object: ObjRef) -> Option<ScheduledTimer> {
        self.get(slot, object)?;
        let timer = self.slots.get_mut(slot)?.take()?;
        self.free.push(slot);
        self.live -= 1;
        if timer.refed {
            self.refed -= 1;
        }
        self.compact();
        Some(timer)
    }

    /// Changes whether the timer in `slot` keeps the loop alive.
    pub fn set_refed(&mut self, slot: usize, object: ObjRef, refed: bool) {
        if self.get(slot, object).is_none() {
            return;
        }
        if let Some(Some(t)) = self.slots.get_mut(slot) {
            if t.refed != refed {
                t.refed = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    /// Removes and returns the earliest timer due at or before `now`.
    pub fn pop_due(&mut self, now: u64) -> Option<ScheduledTimer> {
        let due = self.peek_due()?;
        if due > now {
            return None;
        }
        let Reverse((_, _, slot)) = self.heap.pop()?;
        let timer = self.slots.get_mut(slot)?.take()?;
        self.free.push(slot);
        self.live -= 1;
        if timer.refed {
            self.refed -= 1;
        }
        Some(timer)
    }

    /// The due time of the earliest live timer, dropping stale entries on top.
    pub fn peek_due(&mut self) -> Option<u64> {
        while let Some(&Reverse((due, seq, slot))) = self.heap.peek() {
            let live = matches!(self.slots.get(slot), Some(Some(t)) if t.seq == seq);
            if live {
                return Some(due);
            }
            self.heap.pop();
        }
        None
    }

    /// Scheduled timers that keep the process alive.
    pub fn refed_count(&self) -> usize {
        self.refed
    }

    /// Every scheduled `Timeout` object (GC roots).
    pub fn objects(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots.iter().flatten().map(|t| t.object)
    }

    /// Rebuilds the heap when stale entries outnumber live ones, so memory stays
    /// proportional to the timers actually scheduled.
    fn compact(&mut self) {
        if self.heap.len() > 1024 && self.heap.len() > 2 * self.live {
            let slots = &self.slots;
            self.heap
                .retain(|Reverse((_, seq, slot))| matches!(slots.get(*slot), Some(Some(t)) if t.seq == *seq));
        }
    }
}
