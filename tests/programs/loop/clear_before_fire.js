// Cleared timers and immediates never run; clearing twice or clearing
// nothing is harmless. A timer's primitive value is an id clearTimeout takes.
const a = setTimeout(() => console.log('a never runs'), 1);
clearTimeout(a);
clearTimeout(a);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
const b = setTimeout(() => console.log('b never runs'), 1);
const id = +b;
console.log('id is a number:', typeof id === 'number');
clearTimeout(id);
const c = setTimeout(() => console.log('c never runs (cleared by string id)'), 1);
clearTimeout(String(+c));
const im = setImmediate(() => console.log('immediate never runs'));
clearImmediate(im);
setImmediate(() => {
  console.log('immediate runs');
  clearImmediate(later);
});
const later = setImmediate(() => console.log('cleared by the one before, never runs'));
setTimeout(() => console.log('d runs'), 2);
