// fs.promises.open and its FileHandle: read, write, readFile, writeFile, stat, close.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const os = require('os');

async function main() {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  const file = path.join(dir, 'f.txt');
  const h = await fsp.open(file, 'w+');
  console.log(typeof h.fd, h.constructor.name);
  const w = await h.write(Buffer.from('abcdef'));
  console.log(w.bytesWritten, w.buffer);
  const ws = await h.write('XY', 2);
  console.log(ws.bytesWritten, ws.buffer);
  const r = await h.read(Buffer.alloc(10), 0, 10, 0);
  console.log(r.bytesRead, r.buffer);
  const r2 = await h.read({ buffer: Buffer.alloc(3), position: 1 });
  console.log(r2.bytesRead, r2.buffer.toString());
  const r3 = await h.read();
  console.log(r3.bytesRead, r3.buffer.length);
  console.log((await h.stat()).size);
  await h.close();
  console.log(h.fd);

  const h2 = await fsp.open(file);
  console.log(await h2.readFile('utf8'));
  await h2.close();
  const h3 = await fsp.open(path.join(dir, 'g.txt'), 'a');
  await h3.writeFile('first ');
  await h3.appendFile(Buffer.from('second'));
  await h3.close();
  console.log(await fsp.readFile(path.join(dir, 'g.txt'), 'utf8'));

  try {
    await fsp.open(path.join(dir, 'missing'));
  } catch (e) {
    console.log(e.code, e.syscall, e.message.replace(dir, 'DIR'));
  }
  try {
    await h.close();
  } catch (e) {
    console.log('closed twice:', e.code);
  }
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned:', fs.existsSync(dir));
}
main();
