// push(), write() and the write callback each take a short path for the
// common case of a flowing byte stream; these are the cases at its edges,
// where the full steps must run instead, next to the common one.
const { Readable, Writable, Duplex, PassThrough } = require('stream');

const log = [];
const say = (...a) => log.push(a.join(' '));

// push: flowing into a 'data' listener with nothing buffered.
{
  const r = new Readable({ read() {} });
  r.on('data', (c) => say('data', c.length, r.readableLength));
  r.push(Buffer.from('abc'));            // not flowing yet: buffered
  process.nextTick(() => {
    say('flowing', r.readableFlowing, 'push ->', r.push(Buffer.from('de')));
    say('empty push ->', r.push(Buffer.alloc(0)));
    say('string push ->', r.push('xyz'));
    say('reading flag', r._readableState.reading, 'dataEmitted', r._readableState.dataEmitted);
  });
}

// push with setEncoding: the decoder's path, a split character.
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.on('data', (c) => say('decoded', JSON.stringify(c)));
  setImmediate(() => {
    const euro = Buffer.from('€');
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1));
  });
}

// push on an object-mode stream, a destroyed stream, after EOF.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.on('data', (c) => say('object', typeof c, Buffer.isBuffer(c)));
  setImmediate(() => r.push(Buffer.from('o')));

  const d = new Readable({ read() {} });
  d.on('data', () => say('never'));
  d.on('error', (e) => say('error', e.code));
  setImmediate(() => {
    d.destroy();
    say('push after destroy ->', d.push(Buffer.from('x')));
  });

  const e = new Readable({ read() {} });
  e.on('data', (c) => say('before eof', c.length));
  e.on('error', (err) => say('eof error', err.code));
  setImmediate(() => {
    e.push(Buffer.from('12'));
    e.push(null);
    e.push(Buffer.from('34'));
  });
}

// Two pipe destinations: the drain bookkeeping is a set.
{
  const src = new Readable({ read() {} });
  const got = [[], []];
  const mk = (i) => new Writable({
    highWaterMark: 4,
    write(c, enc, cb) { got[i].push(c.length); setImmediate(cb); },
  });
  const a = mk(0);
  const b = mk(1);
  src.pipe(a);
  src.pipe(b);
  setImmediate(() => {
    src.push(Buffer.from('123456'));
    src.push(Buffer.from('78'));
    src.push(null);
  });
  let finished = 0;
  const done = () => { if (++finished === 2) say('two pipes', JSON.stringify(got)); };
  a.on('finish', done);
  b.on('finish', done);
}

// write: Buffers with no callback, at and past the high-water mark, corked,
// after end, with a synchronous and an asynchronous _write.
{
  const order = [];
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) { order.push(`${enc}:${chunk.length}`); cb(); },
  });
  say('small ->', w.write(Buffer.from('ab')), w.writableLength);
  say('at mark ->', w.write(Buffer.from('abcdef')), w.writableLength, w.writableNeedDrain);
  w.on('drain', () => say('drain (sync writes)'));
  w.cork();
  say('corked ->', w.write(Buffer.from('c')), w.writableLength);
  process.nextTick(() => {
    w.uncork();
    say('order', order.join(' '));
    w.end(() => {
      w.write(Buffer.from('late'));
    });
  });
  w.on('error', (e) => say('write after end', e.code));
}
{
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) { setImmediate(cb); },
  });
  say('async 1 ->', w.write(Buffer.from('xy')));
  say('async 2 ->', w.write(Buffer.from('zw')), w.writableLength);
  w.on('drain', () => say('drain (async writes)', w.writableLength));
}
{
  // A callback on the write, and a failing _write.
  const w = new Writable({ write(chunk, enc, cb) { cb(chunk.length > 2 ? new Error('too long') : null); } });
  w.write(Buffer.from('ok'), () => say('callback runs'));
  w.on('error', (e) => say('write error', e.message, w.destroyed));
  w.write(Buffer.from('long'));
}

// A Duplex's `destroyed`: both sides, one side, and set by hand.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  say('duplex destroyed', d.destroyed);
  d._readableState.destroyed = true;
  say('one side', d.destroyed);
  d.destroyed = true;
  say('both sides', d.destroyed);
  const p = new PassThrough();
  p.destroy();
  say('passthrough', p.destroyed);
}

setTimeout(() => console.log(log.join('\n')), 50);
