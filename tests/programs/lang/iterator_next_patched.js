// for-of, spread and destructuring step built-in iterators without making
// result objects — unless a program replaces `next`, which must then see
// every step, as in node.
function countSteps(label, sample, run) {
  const proto = Object.getPrototypeOf(sample[Symbol.iterator]());
  const builtinNext = proto.next;
  let calls = 0;
  proto.next = function () {
    calls++;
    return builtinNext.call(this);
  };
  const out = run();
  proto.next = builtinNext;
  console.log(label, JSON.stringify(out), 'next calls:', calls);
}

countSteps('array for-of', [], () => { const r = []; for (const x of [1, 2]) r.push(x); return r; });
countSteps('array spread', [], () => [...[1, 2, 3]]);
countSteps('array destructuring', [], () => { const [a, b] = [1, 2, 3]; return [a, b]; });
countSteps('set for-of', new Set(), () => { const r = []; for (const x of new Set([1, 2])) r.push(x); return r; });
countSteps('map spread', new Map(), () => [...new Map([[1, 'a']])]);
countSteps('string for-of', '', () => { const r = []; for (const c of 'hi') r.push(c); return r; });
countSteps('Array.from', [], () => Array.from([4, 5]));

// Unpatched: the same results, and a user `return` still runs on early exit.
const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]());
arrayIterator.return = function () {
  console.log('return called');
  return { done: true };
};
for (const x of [1, 2, 3]) {
  if (x === 2) break;
}
delete arrayIterator.return;
console.log([...'ab'], [...new Set('aab')]);
