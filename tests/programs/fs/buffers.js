// File contents as Buffers: readFile without an encoding, writeFile and
// appendFile with Buffers, every encoding, binary data that is not UTF-8.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (name) => path.join(dir, name);

fs.writeFileSync(p('bin'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80]));
const bin = fs.readFileSync(p('bin'));
console.log(bin, Buffer.isBuffer(bin), bin.length, JSON.stringify(fs.readFileSync(p('bin'), 'latin1')));
console.log(fs.readFileSync(p('bin'), 'hex'), fs.readFileSync(p('bin'), { encoding: 'base64' }));
console.log(JSON.stringify(fs.readFileSync(p('bin'), 'utf8')), fs.readFileSync(p('bin'), { encoding: null }));

fs.writeFileSync(p('text'), 'héllo');
fs.appendFileSync(p('text'), Buffer.from(' wörld'));
fs.appendFileSync(p('text'), '!', 'utf8');
console.log(fs.readFileSync(p('text')), fs.readFileSync(p('text')).toString());
fs.writeFileSync(p('hex'), '68656c6c6f', 'hex');
fs.writeFileSync(p('b64'), 'aGVsbG8=', { encoding: 'base64' });
fs.writeFileSync(p('u16'), 'hi', 'utf16le');
console.log(fs.readFileSync(p('hex'), 'utf8'), fs.readFileSync(p('b64'), 'ascii'), fs.readFileSync(p('u16')));
console.log(fs.readFileSync(p('u16'), 'ucs2'), fs.statSync(p('u16')).size);
fs.writeFileSync(p('sub'), Buffer.from('0123456789').subarray(3, 6));
console.log(fs.readFileSync(p('sub'), 'utf8'));

try {
  fs.readFileSync(p('text'), 'nope');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.writeFileSync(p('x'), 42);
} catch (e) {
  console.log(e.code, e.message);
}

fs.readFile(p('bin'), (err, data) => {
  console.log('callback:', err, data);
  fs.writeFile(p('cb'), Buffer.from('via callback'), (err) => {
    console.log('written:', err, fs.readFileSync(p('cb'), 'utf8'));
    fs.promises.readFile(p('cb')).then(async (buf) => {
      console.log('promise:', buf);
      await fs.promises.writeFile(p('pr'), Buffer.alloc(3, 'z'));
      await fs.promises.appendFile(p('pr'), Buffer.from('!'));
      console.log(await fs.promises.readFile(p('pr'), 'utf8'));
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned:', fs.existsSync(dir));
    });
  });
});
