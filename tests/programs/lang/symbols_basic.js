// Symbols are unique keys, hidden from keys/JSON, with global registry via Symbol.for.
const s1 = Symbol('id'), s2 = Symbol('id');
console.log(s1 === s2, s1.toString(), s1.description, Symbol().description);
const o = { [s1]: 'secret', visible: 1 };
console.log(o[s1], Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o).length);
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s1));
try { new Symbol(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { s1 + 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(typeof Symbol.iterator, String(Symbol.iterator), Symbol.iterator.description);
