// Evaluation order around hoisted awaits: operands before the await run first,
// operands after it run later, and a throwing operand stops the rest.
const log = [];
const p = (x) => { log.push('await ' + x); return Promise.resolve(x); };
const s = (x) => { log.push('sync ' + x); return x; };
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
async function main() {
  const r = s(1) + (await p(2)) + s(3);
  console.log(r, log.splice(0).join(', '));
  const pt = new Point(s('x'), await p('y'));
  console.log(pt, log.splice(0).join(', '));
  const seq = (s('a'), await p('b'), s('c'));
  console.log(seq, log.splice(0).join(', '));
  const o = { a: 1, b: 2, get g() { log.push('getter'); return 10; } };
  console.log(o.g + (await p(5)), log.splice(0).join(', '));
  delete o[await p('a')];
  console.log(o, 'b' in o, (await p('b')) in o, pt instanceof (await p(Point)));
  let i = 0;
  i++;
  o[await p('b')]++;
  console.log(o.b, i);
  log.length = 0;
  try {
    s('first') + null.boom + (await p('never'));
  } catch (e) {
    console.log(e.message, log.join(', '));
  }
  let n = 0;
  outer: for (let a = 0; a < (await p(3)); a++) {
    for (let b = 0; b < 3; b++) {
      if (b === 1) continue outer;
      if (a === 2) break outer;
      n += 10 ** a;
    }
  }
  console.log('n', n);
  const arr = [];
  arr.push(...(await p([1, 2])), ...[3], await p(4));
  console.log(arr);
  const f = async function named() { return typeof (await p(named)); };
  console.log(await f());
}
main();
