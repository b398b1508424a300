// await at expression depth inside try/catch/finally, with rejections.
const ok = (v) => Promise.resolve(v);
const bad = (m) => Promise.reject(new Error(m));
async function main() {
  try {
    console.log('before', 1 + (await bad('nope')));
  } catch (e) {
    console.log('caught', e.message, await ok('in catch'));
  } finally {
    console.log('finally', [await ok(1), await ok(2)]);
  }
  const r = await (async () => {
    try {
      return [await ok('a'), await ok('b')];
    } finally {
      console.log('inner finally', await ok('c'));
    }
  })();
  console.log(r);
  try {
    const o = null;
    console.log(o.missing(await ok(1)));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  try {
    const o = {};
    console.log(o.missing(await ok(1)));
  } catch (e) {
    console.log(e.message);
  }
  try {
    console.log((await ok({})).nope());
  } catch (e) {
    console.log(e.message);
  }
}
main().then(() => console.log('end'));
