//! The worker thread pool (libuv's threadpool): file requests run on a few
//! threads so the loop never blocks on a disk. Workers take jobs from one
//! shared queue, push each completion to a channel and wake the loop's
//! `mio::Poll` through a `mio::Waker`; the loop then runs the callbacks on its
//! own thread. The size is 4, or `UV_THREADPOOL_SIZE` (1 to 1024) as in libuv.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use super::ops::{Op, OpResult};

/// A finished request: its id and what it produced.
pub(crate) struct Completion {
    pub id: u64,
    pub result: OpResult,
}

/// The pool: the job queue's sending end and the completions' receiving end.
pub(crate) struct Pool {
    jobs: Sender<(u64, Op)>,
    done: Receiver<Completion>,
}

/// The number of workers, from `UV_THREADPOOL_SIZE` (libuv clamps it to 1..=1024).
fn size() -> usize {
    std::env::var("UV_THREADPOOL_SIZE")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(4, |n| n.clamp(1, 1024))
}

impl Pool {
    /// Starts the workers; `None` if no thread could be started.
    pub fn start(waker: Arc<OnceLock<mio::Waker>>) -> Option<Pool> {
        let (jobs, queue) = mpsc::channel::<(u64, Op)>();
        let queue = Arc::new(Mutex::new(queue));
        let (done_tx, done) = mpsc::channel();
        let mut started = 0;
        for i in 0..size() {
            let queue = Arc::clone(&queue);
            let done_tx = done_tx.clone();
            let waker = Arc::clone(&waker);
            let spawned = std::thread::Builder::new()
                .name(format!("nodelet-fs-{i}"))
                .spawn(move || worker(&queue, &done_tx, &waker));
            if spawned.is_ok() {
                started += 1;
            }
        }
        (started > 0).then_some(Pool { jobs, done })
    }

    /// Queues a request; gives it back if the workers are gone.
    pub fn submit(&self, id: u64, op: Op) -> Result<(), Op> {
        self.jobs.send((id, op)).map_err(|e| e.0 .1)
    }

    /// A completion that has arrived, without waiting.
    pub fn try_completed(&self) -> Option<Completion> {
        self.done.try_recv().ok()
    }

    /// Waits up to `timeout` (forever with `None`) for a completion.
    pub fn wait_completed(&self, timeout: Option<Duration>) -> Option<Completion> {
        match timeout {
            Some(t) => self.done.recv_timeout(t).ok(),
            None => self.done.recv().ok(),
        }
    }
}

/// One worker: run jobs until the pool is dropped.
fn worker(
    queue: &Mutex<Receiver<(u64, Op)>>,
    done: &Sender<Completion>,
    waker: &OnceLock<mio::Waker>,
) {
    loop {
        // Hold the lock only to take a job, never while running one.
        let job = match queue.lock() {
            Ok(q) => q.recv(),
            Err(_) => return,
        };
        let Ok((id, op)) = job else { return };
        let result = op.run();
        if done.send(Completion { id, result }).is_err() {
            return;
        }
        if let Some(w) = waker.get() {
            // A failed wake only delays the callback to the loop's next check.
            let _ = w.wake();
        }
    }
}
