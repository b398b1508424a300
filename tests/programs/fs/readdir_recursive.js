// readdir with `recursive: true` lists the whole tree. The sync form goes
// breadth first, and node 20's callback form runs it and calls back at once
// (errors throw); fs/promises reads subdirectories as it finds them and
// continues with the last one, so its order differs, as in node.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const p = (name) => path.join(dir, name);
for (const d of ['a/x/y', 'a/z', 'b/q', 'c', 'empty']) fs.mkdirSync(p(d), { recursive: true });
for (const f of ['a/x/y/f1', 'a/f2', 'b/q/f3', 'f0', 'a/z/f4', 'c/f5']) fs.writeFileSync(p(f), f);

const hide = (s) => s.split(dir).join('<tmp>');
const dirents = (list) => list.map((d) => `${hide(d.parentPath)} ${d.name} ${d.isDirectory() ? 'dir' : 'file'}`);

console.log(fs.readdirSync(dir, { recursive: true }));
console.log(dirents(fs.readdirSync(dir, { recursive: true, withFileTypes: true })));
console.log(fs.readdirSync(p('a'), { recursive: true, encoding: 'utf8' }));
console.log(fs.readdirSync(p('empty'), { recursive: true }));
console.log(fs.readdirSync(dir, { recursive: false }));
try {
  fs.readdirSync(p('missing'), { recursive: true });
} catch (err) {
  console.log(err.code, err.syscall, hide(err.message));
}
try {
  fs.readdirSync(p('f0'), { recursive: true });
} catch (err) {
  console.log(err.code, err.syscall, hide(err.message));
}
for (const recursive of ['yes', 0]) {
  try {
    fs.readdirSync(p('c'), { recursive });
  } catch (err) {
    console.log(err.code, err.message);
  }
}

console.log('before callback');
fs.readdir(dir, { recursive: true }, (err, names) => {
  console.log('callback', err, names);
  fs.readdir(dir, { recursive: true, withFileTypes: true }, (err, list) => {
    console.log('callback', err, dirents(list));
    try {
      fs.readdir(p('missing'), { recursive: true }, () => console.log('not called'));
    } catch (err) {
      console.log('callback throws', err.code, hide(err.message));
    }
    promises();
  });
});
console.log('after callback');

async function promises() {
  console.log('promise', await fs.promises.readdir(dir, { recursive: true }));
  console.log('promise', dirents(await fs.promises.readdir(dir, { recursive: true, withFileTypes: true })));
  await fs.promises.readdir(p('missing'), { recursive: true })
    .catch((err) => console.log('promise', err.code, hide(err.message)));
  console.log('promise', await fs.promises.readdir(p('b'), { recursive: 1 }));
  fs.rmSync(dir, { recursive: true });
}
