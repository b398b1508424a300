// The *Sync forms: write, read, append, stat, mkdir, readdir, rename, copy,
// realpath, access, unlink and rm, all inside a fresh temporary directory.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const p = (name) => path.join(dir, name);
console.log('mkdtemp:', path.basename(dir).startsWith('nodelet-'), path.basename(dir).length);

fs.writeFileSync(p('a.txt'), 'hello');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
fs.appendFileSync(p('a.txt'), ', world\n');
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), { encoding: 'utf8' })));
fs.writeFileSync(p('u.txt'), 'héllo 😀', 'utf-8');
const u = fs.readFileSync(p('u.txt'), 'utf8');
console.log(u, u.length);

const st = fs.statSync(p('a.txt'));
console.log('stat file:', st.isFile(), st.isDirectory(), st.size, typeof st.mtimeMs, st.mtime instanceof Date);
const ds = fs.statSync(dir);
console.log('stat dir:', ds.isFile(), ds.isDirectory());
console.log('exists:', fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync());

console.log('mkdir -p returns first:', path.relative(dir, fs.mkdirSync(p('x/y/z'), { recursive: true })));
console.log('mkdir -p again:', fs.mkdirSync(p('x/y/z'), { recursive: true }));
console.log('mkdir:', fs.mkdirSync(p('plain')));
fs.writeFileSync(p('x/y/file.txt'), 'nested');

console.log(fs.readdirSync(dir));
for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
  console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink());
}

fs.renameSync(p('u.txt'), p('v.txt'));
console.log('renamed:', fs.existsSync(p('u.txt')), fs.existsSync(p('v.txt')));
fs.copyFileSync(p('v.txt'), p('w.txt'));
console.log('copied:', fs.readFileSync(p('w.txt'), 'utf8'));
console.log('realpath:', fs.realpathSync(p('x/../a.txt')) === fs.realpathSync(p('a.txt')));
console.log('realpath is absolute:', path.isAbsolute(fs.realpathSync('.')));
console.log('access:', fs.accessSync(p('a.txt')), fs.accessSync(p('a.txt'), fs.constants.R_OK));

fs.unlinkSync(p('w.txt'));
console.log('unlinked:', fs.existsSync(p('w.txt')));
fs.rmSync(p('nope'), { force: true });
fs.rmSync(p('x'), { recursive: true });
fs.rmdirSync(p('plain'));
console.log(fs.readdirSync(dir));

fs.rmSync(dir, { recursive: true, force: true });
console.log('cleaned:', fs.existsSync(dir));
