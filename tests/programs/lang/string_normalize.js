// String.prototype.normalize converts between composed and decomposed forms.
const composed = 'é', decomposed = 'e\u0301';
console.log(composed.length, decomposed.length, composed === decomposed);
console.log(composed.normalize('NFD').length, decomposed.normalize('NFC').length, decomposed.normalize() === composed);
console.log('ﬁ'.normalize('NFKC'), 'Å'.normalize('NFD').length);
try { 'x'.normalize('bad'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
