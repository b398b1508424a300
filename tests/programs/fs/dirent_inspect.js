// A Dirent prints as node prints it: its type is a symbol-keyed property.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
fs.writeFileSync(path.join(dir, 'file'), '');
fs.mkdirSync(path.join(dir, 'sub'));

const made = new fs.Dirent('name', fs.constants.UV_DIRENT_FILE, 'some/dir');
console.log(made);
console.log(Object.keys(made), Object.getOwnPropertySymbols(made));
console.log(made.isFile(), made.isDirectory());
for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
  entry.parentPath = entry.path = '<tmp>';
  console.log(entry, entry.isDirectory());
}
console.log(Object.getPrototypeOf(fs.constants), Object.keys(fs.constants).length);
fs.rmSync(dir, { recursive: true });
