// await in a switch's discriminant and case tests: tests run in order until
// one matches, `default` is taken last, fall-through still works.
const seen = [];
const p = (x) => { seen.push(x); return Promise.resolve(x); };
async function pick(v) {
  const out = [];
  switch (await p(v)) {
    case await p('a'):
      out.push('A');
    // falls through
    case 'b':
      out.push('B');
      break;
    default:
      out.push('default');
    // falls through
    case await p('c'): {
      let local = 'C';
      const get = () => local;
      out.push(get());
      break;
    }
    case await p('d'):
      out.push('D');
  }
  return out.join('') + ' [' + seen.splice(0).join(',') + ']';
}
async function main() {
  for (const v of ['a', 'b', 'c', 'd', 'z']) console.log(v, await pick(v));
}
main();
