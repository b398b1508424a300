// The shortest digits that read back as the same double; when two such
// strings are equally near the exact value, the spec takes the even one
// (2 ** -25 is exactly 2.98023223876953125e-8: …312e-8, not …313e-8).
console.log(2 ** -25, 1e15 + 0.3, 668.95294189453125, 17946243286132.8125);
for (let k = 20; k < 70; k += 7) console.log(k, 2 ** -k, 3 * 2 ** -k, -(5 * 2 ** -k));
console.log(String(0.1 + 0.2), (1 / 3).toString(), 5e-324, 1.7976931348623157e308);

// Many doubles across the whole range, folded into one checksum of their text.
let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
let hash = 0;
let count = 0;
for (let i = 0; i < 20000; i++) {
  const e = Math.floor(random() * 60) - 30;
  const texts = [String((random() + random() / 1e9) * 4 ** e), String(2 ** -(i % 1074) * (1 + (i % 7) / 8))];
  for (const text of texts) {
    for (let j = 0; j < text.length; j++) hash = (hash * 31 + text.charCodeAt(j)) >>> 0;
    count++;
  }
}
console.log(count, 'numbers, checksum', hash);
