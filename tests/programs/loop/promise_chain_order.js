// Promise reactions interleave by the spec's job order: two chains advance one
// step per job, in turn.
Promise.resolve()
  .then(() => console.log('a1'))
  .then(() => console.log('a2'))
  .then(() => console.log('a3'));
Promise.resolve()
  .then(() => console.log('b1'))
  .then(() => console.log('b2'))
  .then(() => console.log('b3'));
// Returning a promise from a handler costs two extra jobs (the thenable job
// and its then), so c2 comes after b3... and a value passes through.
Promise.resolve()
  .then(() => { console.log('c1'); return Promise.resolve('c-value'); })
  .then((v) => console.log('c2', v));
// A resolved thenable is adopted through its then method, one job later.
const thenable = { then(resolve) { console.log('thenable.then called'); resolve('from thenable'); } };
Promise.resolve(thenable).then((v) => console.log(v));
new Promise((resolve) => resolve(Promise.resolve('nested'))).then((v) => console.log(v));
