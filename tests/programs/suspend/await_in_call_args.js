// `await` inside call arguments, method calls and nested calls keeps
// evaluation order and `this`.
const log = [];
const tick = (v) => { log.push('tick ' + v); return Promise.resolve(v); };
function f(...args) { log.push('f ' + args.join(',')); return args.length; }
const obj = {
  name: 'obj',
  m(a, b) { return this.name + ':' + a + '+' + b; },
};
async function main() {
  console.log(await tick(1));
  console.log(f(await tick(2), await tick(3)));
  console.log(obj.m(await tick(4), 5));
  console.log(obj['m'](await tick(6), await tick(7)));
  console.log(Math.max(await tick(8), 3, await tick(9)));
  console.log([await tick(10), await tick(11)].map(String).join('|'));
  console.log(f(...[1, 2], await tick(12)));
  console.log(String(await tick(13)).padStart(4, '*'));
  console.log(log.join('; '));
}
main();
