//! A fast, non-cryptographic hasher for the interpreter's integer-keyed tables
//! (property indexes keyed by atom or symbol handle). It is the multiply-rotate
//! scheme of rustc's `FxHasher`: a few cycles per key where the standard library's
//! SipHash, built to resist hash flooding, costs tens.
//!
//! Only keys that script code cannot choose freely go through it: atoms are
//! handed out in sequence and handles are arena slots, so there is nothing to
//! flood. Tables keyed by string contents keep SipHash.

use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of rustc's `FxHasher` (from the golden ratio): odd, so the
/// multiply is a bijection, with its bits well spread.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hasher state: one word, mixed with each integer written.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // hashbrown takes its control byte from the top 7 bits and the bucket
        // from the low bits; folding the high half down spreads the multiply's
        // best-mixed bits into both.
        self.hash ^ (self.hash >> 32)
    }
}

/// A `HashMap` hasher builder for [`FxHasher`].
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// A `HashMap` with the fast hasher.
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
