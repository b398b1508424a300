// readFile on a descriptor that is not open: node checks it with fstat first
// (its UTF-8 fast path reads at once, so it names `read`). fs/promises'
// readFile takes a path or a FileHandle, not a number.
const fs = require('fs');
const path = require('path');
const os = require('os');

const show = (label) => (err) => {
  console.log(label, err.code, err.errno, err.syscall, err.message, Object.keys(err).join(','));
};
const bad = 123456;
try { fs.readFileSync(bad); } catch (err) { show('sync')(err); }
try { fs.readFileSync(bad, 'latin1'); } catch (err) { show('sync latin1')(err); }
try { fs.readFileSync(bad, 'utf8'); } catch (err) { show('sync utf8')(err); }
try { fs.readFileSync(-1); } catch (err) { show('sync negative')(err); }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const f = path.join(dir, 'file');
fs.writeFileSync(f, 'contents');
const fd = fs.openSync(f, 'r');
console.log(fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);

(async () => {
  await fs.promises.readFile(bad).catch(show('promise'));
  await fs.promises.writeFile(bad, 'x').catch(show('promise write'));
  await fs.promises.writeFile(bad, 42).catch(show('promise write data'));
  const handle = await fs.promises.open(f, 'r+');
  console.log('through handle', await fs.promises.readFile(handle, 'utf8'));
  await fs.promises.appendFile(handle, '!');
  console.log('handle read', await handle.readFile('utf8'));
  await handle.close();
  console.log(fs.readFileSync(f, 'utf8'));
  fs.rmSync(dir, { recursive: true });
})();
