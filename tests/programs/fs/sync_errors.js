// Errors of the *Sync forms carry node's code, errno, syscall, path and
// message. The temporary directory is shown as <tmp>.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const p = (name) => path.join(dir, name);
fs.writeFileSync(p('file'), 'x');
fs.mkdirSync(p('sub'));

function show(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (err) {
    const hide = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);
    console.log(label, err.code, err.syscall, err.errno, hide(err.message));
    console.log('  keys:', Object.keys(err).join(','), 'path:', hide(err.path), 'dest:', hide(err.dest));
    console.log('  instanceof Error:', err instanceof Error);
  }
}

show('read missing', () => fs.readFileSync(p('missing'), 'utf8'));
show('read dir', () => fs.readFileSync(dir, 'utf8'));
show('mkdir exists', () => fs.mkdirSync(p('sub')));
show('mkdir no parent', () => fs.mkdirSync(p('a/b')));
show('mkdir -p under file', () => fs.mkdirSync(p('file/x'), { recursive: true }));
show('readdir file', () => fs.readdirSync(p('file')));
show('readdir missing', () => fs.readdirSync(p('missing')));
show('stat missing', () => fs.statSync(p('missing')));
show('stat under file', () => fs.statSync(p('file/x')));
show('lstat missing', () => fs.lstatSync(p('missing')));
show('unlink dir', () => fs.unlinkSync(p('sub')));
show('unlink missing', () => fs.unlinkSync(p('missing')));
show('rename missing', () => fs.renameSync(p('missing'), p('other')));
show('copy missing', () => fs.copyFileSync(p('missing'), p('other')));
show('copy excl', () => fs.copyFileSync(p('file'), p('file'), fs.constants.COPYFILE_EXCL));
show('access missing', () => fs.accessSync(p('missing')));
show('rm missing', () => fs.rmSync(p('missing')));
show('rmdir missing', () => fs.rmdirSync(p('missing')));
show('rmdir not empty', () => fs.rmdirSync(dir));
show('realpath missing', () => fs.realpathSync(p('missing')));
show('mkdtemp missing', () => fs.mkdtempSync(p('missing/x-')));
show('write no dir', () => fs.writeFileSync(p('missing/x'), 'a'));
show('append no dir', () => fs.appendFileSync(p('missing/x'), 'a'));
show('write exclusive', () => fs.writeFileSync(p('file'), 'a', { flag: 'wx' }));

try {
  fs.rmSync(p('sub'));
} catch (err) {
  console.log(err.name, err.code, err.errno, err.syscall, err.message.split(dir).join('<tmp>'));
}
try {
  fs.statSync(undefined);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  fs.readFile(p('file'));
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  fs.writeFileSync(p('file'), 'x', 'nonsense');
} catch (err) {
  console.log(err.name, err.code, err.message);
}

fs.rmSync(dir, { recursive: true });
console.log('cleaned:', fs.existsSync(dir));
