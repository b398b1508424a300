// Generators across loops, try/finally, switch and labels.
function* gen() {
  try {
    for (let i = 0; i < 3; i++) {
      if (i === 1) continue;
      yield `for ${i}`;
    }
    for (const x of ['a', 'b']) {
      yield `of ${x}`;
    }
    for (const k in { p: 1, q: 2 }) {
      yield `in ${k}`;
    }
    switch (2) {
      case 1:
        yield 'one';
      case 2:
        yield 'two';
      case 3:
        yield 'three';
        break;
      default:
        yield 'never';
    }
    outer: while (true) {
      do {
        yield 'do';
        break outer;
      } while (true);
    }
  } finally {
    yield 'finally';
  }
}
console.log([...gen()]);
function* catcher() {
  while (true) {
    try {
      yield 'ready';
    } catch (e) {
      yield 'caught ' + e;
    }
  }
}
const c = catcher();
console.log(c.next().value, c.throw('x').value, c.next().value, c.throw('y').value);
function* cleanup() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup ran');
  }
}
for (const v of cleanup()) {
  console.log('got', v);
  break;
}
const closures = [];
function* capture() {
  for (let i = 0; i < 3; i++) {
    closures.push(() => i);
    yield i;
  }
}
console.log([...capture()], closures.map((f) => f()));
