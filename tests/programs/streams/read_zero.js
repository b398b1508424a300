// read(0) asks the stream to fill its buffer without taking anything: it
// calls _read below the high-water mark, emits 'readable' at or above it,
// and ends a drained stream that has seen its end.
const { Readable } = require('stream');

function make(name, opts, read) {
  const r = new Readable({ ...opts, read });
  for (const ev of ['readable', 'end', 'error', 'close']) {
    r.on(ev, (e) => console.log(`  ${name}: '${ev}'${e ? ' ' + e.message : ''}`));
  }
  return r;
}

function show(name, r, ret, call = 'read(0)') {
  console.log(`  ${name}: ${call} -> ${ret}, length ${r.readableLength}, ended ${r.readableEnded}`);
}

const steps = [];

steps.push(() => {
  console.log('below the mark: _read is called');
  let calls = 0;
  const r = make('a', { highWaterMark: 4 }, () => { calls++; });
  show('a', r, r.read(0));
  show('a', r, r.read(0));
  console.log('  a: _read calls', calls);
});

steps.push(() => {
  console.log('at the mark: readable, no _read');
  let calls = 0;
  const r = make('b', { highWaterMark: 4 }, () => { calls++; });
  r.push('abcdef');
  show('b', r, r.read(0));
  console.log('  b: _read calls', calls);
});

steps.push(() => {
  console.log('ended and empty');
  const r = make('c', {}, () => {});
  r.push(null);
  show('c', r, r.read(0));
});

steps.push(() => {
  console.log('ended with data');
  const r = make('d', {}, () => {});
  r.push('xy');
  r.push(null);
  show('d', r, r.read(0));
  show('d', r, r.read(), 'read()');
  show('d', r, r.read(0));
});

steps.push(() => {
  console.log('_read pushes at once');
  const r = make('e', { highWaterMark: 8 }, function () { this.push('12'); });
  show('e', r, r.read(0));
  show('e', r, r.read(0));
});

steps.push(() => {
  console.log('_read throws');
  const r = make('f', {}, () => { throw new Error('boom'); });
  show('f', r, r.read(0));
});

steps.push(() => {
  console.log('high-water mark 0');
  const r = make('g', { highWaterMark: 0 }, function () { this.push('z'); });
  show('g', r, r.read(0));
});

steps.push(() => {
  console.log('-0 and 0 read alike');
  const r = make('h', { highWaterMark: 4 }, () => {});
  show('h', r, r.read(-0));
});

function next(i) {
  if (i === steps.length) return;
  steps[i]();
  setTimeout(() => next(i + 1), 5);
}
next(0);
