// Bitwise operators convert via ToInt32/ToUint32.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 0, -1 >>> 28);
console.log(-16 >> 2, -16 >>> 2, 16 >> 2);
console.log(2 ** 32 + 5 | 0, 2 ** 31 | 0, 1.9 | 0, -1.9 | 0);
console.log(NaN | 0, Infinity | 0, '12' | 0, '0x10' & 0xff);
console.log(0xffffffff & 0xffffffff, 0xffffffff >>> 0);
let x = 6; x &= 3; x |= 8; x ^= 1; x <<= 2; x >>= 1; x >>>= 0;
console.log(x);
