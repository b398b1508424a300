//! Environments: the heap-allocated scopes that closures capture. The resolver
//! (`compile.rs`) keeps every binding that no inner function captures in the
//! frame's stack slots; only captured bindings live here, so most calls allocate
//! no environment at all.

use crate::gc::Handle;
use crate::value::Value;

pub type EnvRef = Handle<Env>;

/// One scope's captured bindings, linked to the enclosing captured scope.
pub struct Env {
    pub parent: Option<EnvRef>,
    /// The captured bindings of the scope. (A `SmallVec` saved the
    /// allocation of small environments but cost every captured-variable
    /// access a branch, a net loss on the HTTP benchmark.)
    pub slots: Vec<Value>,
}
