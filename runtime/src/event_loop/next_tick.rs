//! The `process.nextTick` queue: callbacks with their arguments, run before
//! promise jobs each time the loop drains (node's order since version 11).

use std::collections::VecDeque;

use nodelet_interp::Value;

/// One `process.nextTick(fn, ...args)` call.
pub struct Tick {
    pub callback: Value,
    pub args: Vec<Value>,
}

#[derive(Default)]
pub struct TickQueue {
    queue: VecDeque<Tick>,
}

impl TickQueue {
    pub fn push(&mut self, callback: Value, args: Vec<Value>) {
        self.queue.push_back(Tick { callback, args });
    }

    pub fn pop(&mut self) -> Option<Tick> {
        self.queue.pop_front()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// Every value held (GC roots).
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.queue
            .iter()
            .flat_map(|t| std::iter::once(t.callback).chain(t.args.iter().copied()))
    }
}
