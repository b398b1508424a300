//! Phase 4 of nodelet: the host. It owns the event loop (on mio), timers, the
//! thread pool, files, sockets and module loading, and gives the interpreter the
//! host hooks the ECMAScript spec leaves to the embedder.
//!
//! For now it runs one script from start to end ([`run::run`]) and renders every
//! error that points into source text in one place ([`diagnostic`]).

pub mod diagnostic;
pub mod event_loop;
mod events;
mod fs;
mod http;
mod modules;
mod net;
mod parse_bench;
pub mod process;
pub mod repl;
pub mod run;
mod stdin;
mod time_zone;

pub use run::{run, Input, Invocation, Mode};
