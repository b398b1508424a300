// Number.prototype.toString with a radix, including fractions and negatives.
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log((35).toString(36), (1e21).toString(10), (0.1).toString(3).slice(0, 12), Number('0x' + (48879).toString(16)));
try { (1).toString(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
