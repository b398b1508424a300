// for-of calls iterator.return() on break, return and throw, but not on normal completion.
function makeIter(tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: i++, done: i > 3 }; },
    return() { console.log(tag, 'return() called'); return { done: true }; },
  };
}
for (const v of makeIter('break')) { if (v === 1) break; }
function early() { for (const v of makeIter('return')) { return v; } }
console.log('early returned', early());
try { for (const v of makeIter('throw')) { throw new Error('boom'); } } catch (e) { console.log('caught', e.message); }
for (const v of makeIter('normal')) {}
console.log('normal done');
outer: for (const a of [1]) { for (const v of makeIter('labelled')) { continue outer; } }
