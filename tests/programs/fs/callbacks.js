// The callback forms run on the thread pool and call back on the loop thread
// with (err, result). Steps are chained so the output order is fixed.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodelet-'));
const p = (name) => path.join(dir, name);
const hide = (s) => String(s).split(dir).join('<tmp>');

function step(label, next) {
  return (err, result) => {
    if (err) console.log(label, 'error', err.code, err.syscall, err.errno, hide(err.message));
    else console.log(label, 'ok', result === undefined ? '' : hide(JSON.stringify(result)));
    next();
  };
}

let sync = true;
fs.writeFile(p('a.txt'), 'one', (err) => {
  console.log('writeFile callback, async:', !sync, err);
  fs.appendFile(p('a.txt'), ' two', step('appendFile', () =>
    fs.readFile(p('a.txt'), 'utf8', step('readFile', () =>
      fs.stat(p('a.txt'), (err, st) => {
        console.log('stat', err, st.isFile(), st.isDirectory(), st.size);
        fs.mkdir(p('d/e'), { recursive: true }, step('mkdir -p', () =>
          fs.readdir(dir, step('readdir', () =>
            fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
              console.log('dirents', entries.map((e) => e.name + ':' + e.isDirectory()).join(' '));
              fs.rename(p('a.txt'), p('b.txt'), step('rename', () =>
                fs.copyFile(p('b.txt'), p('c.txt'), step('copyFile', () =>
                  fs.access(p('c.txt'), step('access', () =>
                    fs.exists(p('c.txt'), (there) => {
                      console.log('exists', there);
                      fs.unlink(p('c.txt'), step('unlink', () => errors()));
                    })))))));
            })))));
      })))));
});
sync = false;
console.log('main script done');

function errors() {
  const checks = [
    ['readFile missing', (cb) => fs.readFile(p('missing'), cb)],
    ['readFile dir', (cb) => fs.readFile(dir, 'utf8', cb)],
    ['mkdir exists', (cb) => fs.mkdir(p('d'), cb)],
    ['readdir file', (cb) => fs.readdir(p('b.txt'), cb)],
    ['rename missing', (cb) => fs.rename(p('missing'), p('x'), cb)],
    ['realpath missing', (cb) => fs.realpath(p('missing'), cb)],
  ];
  const next = (i) => {
    if (i === checks.length) return ordering();
    const [label, run] = checks[i];
    run(step(label, () => next(i + 1)));
  };
  next(0);
}

// Inside an I/O callback node guarantees: nextTick, then promise jobs, then
// setImmediate (check phase) before a 0 ms timer (next iteration).
function ordering() {
  fs.stat(dir, () => {
    setTimeout(() => {
      console.log('timeout');
      cleanup();
    }, 0);
    setImmediate(() => console.log('immediate'));
    Promise.resolve().then(() => console.log('promise'));
    process.nextTick(() => console.log('nextTick'));
    console.log('stat callback');
  });
}

function cleanup() {
  fs.rm(dir, { recursive: true }, (err) => {
    console.log('rm', err, fs.existsSync(dir));
  });
}

try {
  fs.readFile(p('a.txt'), 'utf8');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
