// A symbol key is written between brackets with its description escaped as
// node does: quotes, backslashes and control characters.
console.log({ [Symbol("it's")]: 1 }, [Symbol("a'b")]);
console.log({ [Symbol('a\\b')]: 1, [Symbol('line\nbreak\ttab')]: 2, [Symbol('\x01\x7f\x85')]: 3 });
console.log({ [Symbol('é ✓')]: 1, [Symbol()]: 2, [Symbol('')]: 3, [Symbol.iterator]: 4 });
