// fs.createReadStream and fs.createWriteStream on node's streams: events in
// order, 64 KiB chunks, start/end ranges, encodings, piping, backpressure
// (write returning false, then 'drain'), and an error for a missing file.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (name) => path.join(dir, name);
const big = Buffer.alloc(200 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(p('big'), big);
fs.writeFileSync(p('small'), 'hello stream world');

function readAll(name, options) {
  return new Promise((resolve) => {
    const events = [];
    const chunks = [];
    const rs = fs.createReadStream(p(name), options);
    rs.on('open', (fd) => events.push('open ' + typeof fd));
    rs.on('ready', () => events.push('ready'));
    rs.on('data', (c) => chunks.push(c));
    rs.on('end', () => events.push('end'));
    rs.on('error', (e) => events.push('error ' + e.code));
    rs.on('close', () => {
      events.push('close');
      resolve({ events, chunks, rs });
    });
  });
}

async function main() {
  const r1 = await readAll('big');
  console.log(r1.events.join(', '));
  console.log(r1.chunks.map((c) => c.length), Buffer.concat(r1.chunks).equals(big), r1.rs.bytesRead);
  const r2 = await readAll('small', { start: 6, end: 11, encoding: 'utf8' });
  console.log(r2.chunks, r2.rs.bytesRead);
  const r3 = await readAll('small', { highWaterMark: 5 });
  console.log(r3.chunks.map(String));
  const r4 = await readAll('missing');
  console.log(r4.events.join(', '), r4.chunks.length);

  let text = '';
  for await (const chunk of fs.createReadStream(p('small'), 'utf8')) text += chunk;
  console.log('async iteration:', text);

  const ws = fs.createWriteStream(p('out'), { highWaterMark: 10 });
  const events = [];
  ws.on('open', () => events.push('open'));
  ws.on('finish', () => events.push('finish'));
  console.log('write returns', ws.write('0123456789abc'), ws.writableLength, ws.pending);
  await new Promise((resolve) => ws.once('drain', resolve));
  events.push('drain');
  ws.write(Buffer.from(' buffer'));
  ws.end(' end', () => events.push('end callback'));
  await new Promise((resolve) => ws.on('close', resolve));
  console.log(events.join(', '), ws.bytesWritten, fs.readFileSync(p('out'), 'utf8'));

  const app = fs.createWriteStream(p('out'), { flags: 'a' });
  app.end('+appended');
  await new Promise((resolve) => app.on('close', resolve));
  console.log(fs.readFileSync(p('out'), 'utf8'));

  await new Promise((resolve) => {
    pipeline(fs.createReadStream(p('big')), fs.createWriteStream(p('copy')), (err) => {
      console.log('pipeline:', err, fs.readFileSync(p('copy')).equals(big));
      resolve();
    });
  });
  const piped = fs.createWriteStream(p('piped'));
  fs.createReadStream(p('small')).pipe(piped);
  await new Promise((resolve) => piped.on('finish', resolve));
  console.log('pipe:', fs.readFileSync(p('piped'), 'utf8'));

  const bad = fs.createWriteStream(path.join(dir, 'no', 'such', 'file'));
  bad.on('error', (e) => console.log('write error:', e.code, e.syscall));
  bad.on('close', () => {
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned:', fs.existsSync(dir));
  });
}
main();
