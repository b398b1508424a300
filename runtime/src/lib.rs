//! Phase 4 of nodelet: the host. It owns the event loop (on mio), timers, the
//! thread pool, files, sockets and module loading, and gives the interpreter the
//! host hooks the ECMAScript spec leaves to the embedder.
