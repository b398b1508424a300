//! Name interning for one `tokenize` call.
//!
//! Programs repeat their names (`i`, `length`, `this.state`…), so each distinct
//! name is allocated once and every later occurrence shares its `Rc<str>`. The
//! table uses a small multiplicative hash (the "Fx" hash of rustc and Firefox):
//! names are short and the input is not adversarial enough for a DoS-resistant
//! hash to pay for itself here.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// The Fx hash: rotate, xor a word in, multiply.
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Names seen so far in this source, by their text in the source.
#[derive(Default)]
pub(crate) struct Interner<'src> {
    names: HashMap<&'src str, Rc<str>, BuildHasherDefault<FxHasher>>,
}

impl<'src> Interner<'src> {
    /// The shared `Rc<str>` for `name`, allocating it the first time.
    pub fn intern(&mut self, name: &'src str) -> Rc<str> {
        if let Some(rc) = self.names.get(name) {
            return rc.clone();
        }
        let rc: Rc<str> = name.into();
        self.names.insert(name, rc.clone());
        rc
    }
}
