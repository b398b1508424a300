// await after `?.`: links after a short circuit do not run, calls keep `this`.
const seen = [];
const p = (x, tag) => { seen.push(tag); return Promise.resolve(x); };
const tpl = (strings, ...vals) => strings.raw.join('|') + ':' + vals.join(',');
async function main() {
  const obj = {
    name: 'obj',
    greet(g) { return g + ' ' + this.name; },
    inner: { list: [1, 2, 3] },
  };
  const none = null;
  console.log(obj?.greet(await p('hi', 'greet')));
  console.log(none?.greet(await p('hi', 'skipped')));
  console.log(obj.missing?.(await p(1, 'skipped2')));
  console.log(obj?.inner.list[await p(1, 'index')]);
  console.log(none?.inner.list[await p(1, 'skipped3')]);
  console.log(obj.greet?.(await p('hey', 'optcall')));
  console.log((await p(obj, 'base'))?.inner?.list?.length);
  console.log(obj?.['gr' + (await p('eet', 'key'))]('yo'));
  try {
    console.log(obj?.nothing(await p(0, 'before throw')));
  } catch (e) {
    console.log(e.message);
  }
  console.log(seen.join(','));
  console.log(tpl`a${await p(1, 't1')}b${2}c${await p(3, 't2')}`);
}
main();
