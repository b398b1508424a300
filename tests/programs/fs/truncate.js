// fs.truncate, fs.ftruncate and their sync, promise and FileHandle forms:
// shorten a file or extend it with zeros (negative lengths mean 0), with
// node's argument errors and system errors (a path is opened 'r+' first).
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const f = path.join(dir, 'file');
const missing = path.join(dir, 'missing');
const hide = (s) => s.split(dir).join('<tmp>');
const show = (label) => (err) => {
  console.log(label, err.code, err.syscall, hide(err.message), Object.keys(err).join(','));
};
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    show(label)(err);
  }
};

console.log(typeof fs.truncate, typeof fs.truncateSync, typeof fs.ftruncate, typeof fs.ftruncateSync);
console.log(typeof fs.promises.truncate, 'ftruncate' in fs.promises);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.X_OK, fs.constants.O_RDWR);

fs.writeFileSync(f, 'hello world');
console.log(fs.truncateSync(f, 5), fs.readFileSync(f, 'utf8'));
fs.truncateSync(f);
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.truncateSync(f, 4);
console.log(fs.readFileSync(f));
fs.truncateSync(f, -3);
console.log(fs.statSync(f).size);
attempt('missing', () => fs.truncateSync(missing, 1));
attempt('directory', () => fs.truncateSync(dir, 1));
attempt('len string', () => fs.truncateSync(f, 'x'));
attempt('len fraction', () => fs.truncateSync(f, 1.5));
attempt('len huge', () => fs.truncateSync(f, 2 ** 60));
attempt('path number-like', () => fs.truncateSync({}, 1));

const fd = fs.openSync(f, 'r+');
fs.writeSync(fd, 'abcdef');
console.log(fs.ftruncateSync(fd, 3), fs.fstatSync(fd).size);
fs.ftruncateSync(fd);
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
attempt('closed fd', () => fs.ftruncateSync(fd, 1));
attempt('fd string', () => fs.ftruncateSync('a', 1));
const readOnly = fs.openSync(f, 'r');
attempt('read-only fd', () => fs.ftruncateSync(readOnly, 1));
fs.closeSync(readOnly);

fs.writeFileSync(f, 'abcdef');
fs.truncate(f, 2, (...args) => {
  console.log('truncate callback', args, fs.readFileSync(f, 'utf8'));
  fs.truncate(missing, show('truncate missing'));
  attempt('truncate no callback', () => fs.truncate(f, 1));
  attempt('truncate bad len', () => fs.truncate(f, 'z', () => {}));
  const fd = fs.openSync(f, 'r+');
  fs.ftruncate(fd, (...args) => {
    console.log('ftruncate callback', args, fs.fstatSync(fd).size);
    fs.closeSync(fd);
    fs.ftruncate(fd, 1, (err) => {
      show('ftruncate closed')(err);
      attempt('ftruncate bad len', () => fs.ftruncate(fd, 'z', () => {}));
      promises();
    });
  });
});

async function promises() {
  fs.writeFileSync(f, 'abcdef');
  console.log('promise', await fs.promises.truncate(f, 4), fs.readFileSync(f, 'utf8'));
  await fs.promises.truncate(missing).catch(show('promise missing'));
  await fs.promises.truncate(f, 'q').catch(show('promise bad len'));
  const handle = await fs.promises.open(f, 'r+');
  console.log('handle', await handle.truncate(1), fs.readFileSync(f, 'utf8'));
  await handle.truncate(6);
  console.log('handle', fs.readFileSync(f));
  await handle.truncate(1.5).catch(show('handle bad len'));
  await handle.close();
  const readOnly = await fs.promises.open(f, 'r');
  await readOnly.truncate(0).catch(show('handle read-only'));
  await readOnly.close();
  fs.rmSync(dir, { recursive: true });
}
