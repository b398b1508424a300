//! The garbage-collected heap: typed arenas of slots addressed by generation-checked
//! handles, and a mark-and-sweep collector with an explicit gray stack.
//!
//! Values never own heap memory directly; they hold small `Copy` handles
//! (`ObjRef`, `StrRef`, `SymRef`, `EnvRef`) into these arenas. A collection runs only
//! at a safe point chosen by the evaluator (function entry, loop back-edges), after the
//! interpreter has listed its roots; see `Interpreter::collect_garbage`.

use std::marker::PhantomData;

/// A handle to a slot of an [`Arena`]: an index plus the generation the slot had
/// when the handle was made, so a handle to a freed-and-reused slot is detected.
pub struct Handle<T> {
    pub index: u32,
    pub generation: u32,
    marker: PhantomData<fn() -> T>,
}

impl<T> Handle<T> {
    /// A handle that points at nothing, for fields filled in during start-up.
    pub const fn dangling() -> Handle<T> {
        Handle {
            index: u32::MAX,
            generation: 0,
            marker: PhantomData,
        }
    }
}

impl<T> Clone for Handle<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Handle<T> {}
impl<T> PartialEq for Handle<T> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.generation == other.generation
    }
}
impl<T> Eq for Handle<T> {}
impl<T> std::hash::Hash for Handle<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state);
        self.generation.hash(state);
    }
}
impl<T> std::fmt::Debug for Handle<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}.{}", self.index, self.generation)
    }
}

struct Slot<T> {
    generation: u32,
    marked: bool,
    value: Option<T>,
}

/// A typed arena: a vector of slots and a free list of reusable indices.
pub struct Arena<T> {
    slots: Vec<Slot<T>>,
    free: Vec<u32>,
    live: usize,
}

impl<T> Default for Arena<T> {
    fn default() -> Self {
        Arena {
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
        }
    }
}

impl<T> Arena<T> {
    pub fn alloc(&mut self, value: T) -> Handle<T> {
        self.live += 1;
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index as usize];
            slot.value = Some(value);
            slot.marked = false;
            return Handle {
                index,
                generation: slot.generation,
                marker: PhantomData,
            };
        }
        let index = self.slots.len() as u32;
        self.slots.push(Slot {
            generation: 0,
            marked: false,
            value: Some(value),
        });
        Handle {
            index,
            generation: 0,
            marker: PhantomData,
        }
    }

    /// The value behind a handle. A stale handle means a root was missed: that is
    /// a bug in the interpreter, never something a script can cause, so it stops
    /// the process with a message saying so.
    #[inline]
    pub fn get(&self, h: Handle<T>) -> &T {
        match self.slots.get(h.index as usize) {
            Some(Slot {
                generation,
                value: Some(v),
                ..
            }) if *generation == h.generation => v,
            _ => stale(h.index),
        }
    }

    /// The value behind a handle, or `None` when its slot was freed (for weak
    /// references, which the collector does not keep alive).
    #[inline]
    pub fn try_get(&self, h: Handle<T>) -> Option<&T> {
        match self.slots.get(h.index as usize) {
            Some(Slot {
                generation,
                value: Some(v),
                ..
            }) if *generation == h.generation => Some(v),
            _ => None,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, h: Handle<T>) -> &mut T {
        match self.slots.get_mut(h.index as usize) {
            Some(Slot {
                generation,
                value: Some(v),
                ..
            }) if *generation == h.generation => v,
            _ => stale(h.index),
        }
    }

    /// Marks a slot; returns true when it was not marked before (so its children
    /// still need tracing).
    #[inline]
    pub fn mark(&mut self, h: Handle<T>) -> bool {
        match self.slots.get_mut(h.index as usize) {
            Some(slot) if slot.generation == h.generation && slot.value.is_some() => {
                let fresh = !slot.marked;
                slot.marked = true;
                fresh
            }
            _ => false,
        }
    }

    /// Frees every unmarked slot and clears the marks of the survivors.
    pub fn sweep(&mut self) {
        for (index, slot) in self.slots.iter_mut().enumerate() {
            if slot.value.is_none() {
                continue;
            }
            if slot.marked {
                slot.marked = false;
            } else {
                slot.value = None;
                slot.generation = slot.generation.wrapping_add(1);
                self.free.push(index as u32);
                self.live -= 1;
            }
        }
    }

    pub fn live(&self) -> usize {
        self.live
    }
}

#[cold]
#[inline(never)]
fn stale(index: u32) -> ! {
    panic!("nodelet internal error: stale heap handle #{index} (a GC root was missed)")
}

/// A reference to something the collector must trace, pushed on the gray stack.
#[derive(Clone, Copy, Debug)]
pub enum GcRef {
    Object(crate::value::ObjRef),
    String(crate::value::StrRef),
    Symbol(crate::value::SymRef),
    Env(crate::env::EnvRef),
}

/// The gray stack: handles reached but whose children are not traced yet. Tracing
/// with an explicit stack keeps deep object graphs from overflowing the Rust stack.
#[derive(Default)]
pub struct Tracer {
    pub gray: Vec<GcRef>,
}

impl Tracer {
    #[inline]
    pub fn value(&mut self, v: crate::value::Value) {
        use crate::value::Value;
        match v {
            Value::Object(o) => self.gray.push(GcRef::Object(o)),
            Value::String(s) => self.gray.push(GcRef::String(s)),
            Value::Symbol(s) => self.gray.push(GcRef::Symbol(s)),
            _ => {}
        }
    }
    #[inline]
    pub fn object(&mut self, o: crate::value::ObjRef) {
        self.gray.push(GcRef::Object(o));
    }
    #[inline]
    pub fn env(&mut self, e: crate::env::EnvRef) {
        self.gray.push(GcRef::Env(e));
    }
}
