// yield* delegates to any iterable and evaluates to the inner generator's return value.
function* inner() { yield 'a'; yield 'b'; return 'inner result'; }
function* outer() {
  const r = yield* inner();
  yield r;
  yield* [1, 2];
  yield* 'xy';
}
console.log([...outer()]);
function* tree(t) { if (Array.isArray(t)) for (const c of t) yield* tree(c); else yield t; }
console.log([...tree([1, [2, [3, [4]]], 5])]);
