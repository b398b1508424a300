//! The check phase's queue: `setImmediate` callbacks in the order they were
//! queued. A check phase runs only the immediates queued before it began; ones
//! queued while it runs wait for the next iteration (node's rule).

use std::collections::VecDeque;
use std::rc::Rc;

use nodelet_interp::host_api::ObjRef;

/// One queued `Immediate` object (its callback and arguments live on it).
pub struct QueuedImmediate {
    pub object: ObjRef,
    pub site: Option<Rc<str>>,
}

#[derive(Default)]
pub struct ImmediateQueue {
    queue: VecDeque<QueuedImmediate>,
    /// Queued immediates that keep the loop alive (not unref'd, not cleared).
    pub refed: usize,
}

impl ImmediateQueue {
    pub fn push(&mut self, object: ObjRef, site: Option<Rc<str>>) {
        self.queue.push_back(QueuedImmediate { object, site });
        self.refed += 1;
    }

    pub fn pop(&mut self) -> Option<QueuedImmediate> {
        self.queue.pop_front()
    }

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    pub fn objects(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.queue.iter().map(|i| i.object)
    }
}
