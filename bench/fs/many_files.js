// Reading 1,000 small files concurrently with fs.promises, ten times: the
// thread pool, the loop's waker and the promise plumbing (issue 6).
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'many-files-'));
const names = [];
for (let i = 0; i < 1000; i++) {
  const name = path.join(dir, 'f' + i + '.txt');
  fs.writeFileSync(name, 'file number ' + i + '\n'.repeat(1 + (i % 50)));
  names.push(name);
}

async function main() {
  let bytes = 0;
  for (let round = 0; round < 10; round++) {
    const contents = await Promise.all(names.map((n) => fs.promises.readFile(n, 'utf8')));
    for (const c of contents) bytes += c.length;
  }
  fs.rmSync(dir, { recursive: true });
  console.log('read', names.length * 10, 'files,', bytes, 'characters');
}
main();
