// TDZ is about time, not position: a function declared before a let can read it after initialization.
function early() { return value; }
try { early(); } catch (e) { console.log('first call:', e.constructor.name); }
let value = 'initialized';
console.log('second call:', early());
const fns = [];
{
  fns.push(() => inner);
  try { fns[0](); } catch (e) { console.log('inside TDZ:', e.message); }
  const inner = 'ready';
}
console.log(fns[0]());
