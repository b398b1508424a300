// fs.open/read/write/close in their sync and callback forms: positions,
// offsets, flags, and node's errors for bad descriptors and arguments.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (name) => path.join(dir, name);

const fd = fs.openSync(p('a'), 'w+');
console.log(typeof fd, Number.isInteger(fd));
console.log(fs.writeSync(fd, 'hello world'), fs.writeSync(fd, Buffer.from('!!!'), 1, 1));
console.log(fs.writeSync(fd, Buffer.from('HELLO'), 0, 5, 0), fs.writeSync(fd, 'ab', 20, 'utf8'));
const buf = Buffer.alloc(8);
console.log(fs.readSync(fd, buf, 0, 8, 0), buf.toString());
console.log(fs.readSync(fd, buf, 2, 3, 6), buf.toString());
console.log(fs.readSync(fd, buf, { position: 100 }), fs.readSync(fd, buf, 0, 0, 0));
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(p('a'), 'latin1')));

const rfd = fs.openSync(p('a'));
const whole = Buffer.alloc(30);
console.log(fs.readSync(rfd, whole), fs.readSync(rfd, whole), fs.readFileSync(rfd, 'utf8').length);
fs.closeSync(rfd);

const afd = fs.openSync(p('log'), 'a');
fs.writeSync(afd, 'one\n');
fs.writeFileSync(afd, 'two\n');
fs.closeSync(afd);
console.log(JSON.stringify(fs.readFileSync(p('log'), 'utf8')));

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.errno, e.message.replace(dir, 'DIR'));
  }
};
t('open missing', () => fs.openSync(p('missing')));
t('open exclusive', () => fs.openSync(p('log'), 'wx'));
t('bad flags', () => fs.openSync(p('log'), 'zz'));
t('close twice', () => { const d = fs.openSync(p('log')); fs.closeSync(d); fs.closeSync(d); });
t('fd type', () => fs.readSync('3', Buffer.alloc(1)));
t('fd range', () => fs.closeSync(-1));
t('fd fraction', () => fs.closeSync(1.5));
t('buffer type', () => fs.readSync(0, 'str'));
t('length range', () => fs.readSync(0, Buffer.alloc(4), 0, 10, 0));
t('write type', () => fs.writeSync(1, 5));
t('write length', () => fs.writeSync(1, Buffer.alloc(2), 0, 5));
t('read closed', () => fs.readSync(987654, Buffer.alloc(2)));
t('no callback', () => fs.writeFile(p('nocb'), 'data'));

fs.open(p('cb'), 'w', (err, cfd) => {
  console.log('open cb:', err, typeof cfd);
  fs.write(cfd, Buffer.from('callback data'), (err, written, b) => {
    console.log('write cb:', err, written, b);
    fs.write(cfd, 'more', null, 'utf8', (err, written, s) => {
      console.log('write string cb:', err, written, s);
      fs.close(cfd, (err) => {
        console.log('close cb:', err);
        fs.open(p('cb'), 'r', (err, rfd) => {
          fs.read(rfd, Buffer.alloc(20), 0, 20, 0, (err, n, b) => {
            console.log('read cb:', err, n, b.toString('utf8', 0, n));
            fs.read(rfd, (err, n, b) => {
              console.log('read default buffer:', err, n, b.length);
              fs.close(rfd, () => {
                fs.close(rfd, (err) => {
                  console.log('close again:', err.code, err.message);
                  // `open(path, callback)` takes the default flags.
                  fs.open(p('cb'), (err, dfd) => {
                    console.log('open defaults:', err, fs.readFileSync(dfd, 'utf8'));
                    fs.closeSync(dfd);
                    fs.rmSync(dir, { recursive: true });
                    console.log('cleaned:', fs.existsSync(dir));
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});

