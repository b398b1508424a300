// `&&`, `||`, `??` and `?:` only run their right side (and its await) when needed.
const seen = [];
const v = (x) => { seen.push(x); return Promise.resolve(x); };
async function main() {
  console.log(false && (await v('and-skip')));
  console.log(true && (await v('and-run')));
  console.log(1 || (await v('or-skip')));
  console.log(0 || (await v('or-run')));
  console.log(null ?? (await v('nullish-run')));
  console.log(0 ?? (await v('nullish-skip')));
  console.log((await v(true)) ? await v('then') : await v('else-skip'));
  console.log((await v(0)) ? await v('then-skip') : 'plain');
  let a = null;
  a ??= await v('assigned');
  let b = 1;
  b ||= await v('or-assign-skip');
  let c = 1;
  c &&= await v('and-assign');
  console.log(a, b, c);
  const o = { p: 0 };
  o.p ||= await v('member-or');
  console.log(o);
  console.log(seen.join(','));
}
main();
