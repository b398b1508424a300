// statSync and lstatSync with `throwIfNoEntry: false` give undefined for a
// missing path (ENOENT) instead of throwing. node 20 still throws ENOTDIR (a
// path through a file); the callback and promise forms ignore the option.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const p = (name) => path.join(dir, name);
fs.writeFileSync(p('file'), 'abc');
const quiet = { throwIfNoEntry: false };

console.log(fs.statSync(p('missing'), quiet));
console.log(fs.lstatSync(p('missing'), quiet));
try {
  fs.statSync(p('file/below'), quiet);
} catch (err) {
  console.log(err.code, err.message.split(dir).join('<tmp>'));
}
console.log(fs.lstatSync(p('a/b/c'), quiet));
console.log(fs.statSync(p('file'), quiet).size, fs.lstatSync(dir, quiet).isDirectory());
console.log(fs.statSync(p('file'), { throwIfNoEntry: true }).isFile());

for (const options of [undefined, {}, { throwIfNoEntry: true }, { throwIfNoEntry: 0 }]) {
  try {
    fs.statSync(p('missing'), options);
  } catch (err) {
    console.log(JSON.stringify(options), err.code, err.message.split(dir).join('<tmp>'));
  }
}

fs.stat(p('missing'), quiet, (err) => {
  console.log('callback:', err.code, err.syscall);
  fs.promises.lstat(p('missing'), quiet).catch((err) => {
    console.log('promise:', err.code, err.syscall);
    fs.rmSync(dir, { recursive: true });
  });
});
