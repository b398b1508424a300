//! Phase 3 of nodelet: the interpreter. It lowers the parser's AST to a resolved
//! tree (every name a slot) and walks it, with values living in a garbage-collected
//! heap. It knows nothing of files, sockets or the event loop: the host (the
//! `runtime` crate) reaches it only through host hooks.
