// Leaving a for await early closes the iterator with an awaited return().
function source(name, n) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      i++;
      console.log(name, 'next', i);
      return Promise.resolve({ value: i, done: i > n });
    },
    return(v) {
      console.log(name, 'return called with', arguments.length, 'arguments');
      return new Promise((r) => setTimeout(() => r({ done: true }), 1));
    },
  };
}

async function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('gen finally');
  }
}

async function viaReturn() {
  for await (const x of source('ret', 5)) {
    if (x === 2) return 'returned ' + x;
  }
}

async function main() {
  for await (const x of source('brk', 5)) {
    if (x === 2) break;
  }
  console.log('after break');
  console.log(await viaReturn());
  try {
    for await (const x of source('thr', 5)) {
      throw new Error('body error ' + x);
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  // Exhausting the iterator does not call return().
  for await (const x of source('all', 2));
  console.log('exhausted');
  // An async generator closes through its own return(): finally runs.
  for await (const x of gen()) {
    console.log('gen value', x);
    break;
  }
  // A throwing return() is ignored when the body threw.
  const bad = {
    [Symbol.asyncIterator]() {
      return {
        next: () => ({ value: 1, done: false }),
        return() {
          throw new Error('return threw');
        },
      };
    },
  };
  try {
    for await (const x of bad) throw new Error('body wins');
  } catch (e) {
    console.log(e.message);
  }
  try {
    for await (const x of bad) break;
  } catch (e) {
    console.log(e.message);
  }
  // Sync iterators wrapped for for await are closed too.
  const sync = {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: Promise.resolve('sv'), done: false }),
        return() {
          console.log('sync return');
          return {};
        },
      };
    },
  };
  for await (const x of sync) {
    console.log('sync value', x);
    break;
  }
}

main();
