// fs.promises: the same operations resolving (or rejecting) promises,
// chained with .then so the output order is fixed.
const fs = require('fs');
const fsp = require('fs').promises;
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const p = (name) => path.join(dir, name);
const hide = (s) => String(s).split(dir).join('<tmp>');
const report = (label) => (err) =>
  console.log(label, 'rejected', err.code, err.syscall, err.errno, hide(err.message));

console.log(fsp === require('node:fs/promises') || 'no fs/promises alias');

fsp.writeFile(p('a.txt'), 'alpha')
  .then((r) => {
    console.log('writeFile', r);
    return fsp.appendFile(p('a.txt'), '-beta');
  })
  .then(() => fsp.readFile(p('a.txt'), 'utf8'))
  .then((text) => {
    console.log('readFile', text);
    return fsp.stat(p('a.txt'));
  })
  .then((st) => {
    console.log('stat', st.isFile(), st.isDirectory(), st.size, st instanceof fs.Stats);
    return fsp.mkdir(p('m/n'), { recursive: true });
  })
  .then((first) => {
    console.log('mkdir', hide(first));
    return fsp.readdir(dir, { withFileTypes: true });
  })
  .then((entries) => {
    console.log('readdir', entries.map((e) => e.name + ':' + e.isFile()).join(' '));
    return fsp.copyFile(p('a.txt'), p('b.txt'));
  })
  .then(() => fsp.rename(p('b.txt'), p('c.txt')))
  .then(() => fsp.readdir(dir))
  .then((names) => {
    console.log('names', names);
    return fsp.unlink(p('c.txt'));
  })
  .then(() => fsp.access(p('c.txt')))
  .catch(report('access'))
  .then(() => fsp.readFile(p('missing')))
  .catch(report('readFile'))
  .then(() => fsp.mkdir(p('m')))
  .catch(report('mkdir'))
  .then(() => fsp.readdir(p('a.txt')))
  .catch(report('readdir'))
  .then(() => fsp.readFile(dir))
  .catch(report('readFile dir'))
  .then(() => fsp.stat(7))
  .catch((err) => console.log('bad path', err.code))
  .then(() => fsp.rm(dir, { recursive: true }))
  .then(() => console.log('rm done, exists:', fs.existsSync(dir)));

console.log('main script done');
