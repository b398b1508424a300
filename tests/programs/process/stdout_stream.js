// process.stdout is a Writable: write() returns true and runs its callback
// after the write, and a Readable can be piped into it.
const { Readable, Writable } = require('stream');

console.log(process.stdout instanceof Writable, process.stdout.writable, process.stdout.fd);
const ok = process.stdout.write('first line\n', () => console.log('write callback'));
console.log('write returned', ok);
process.nextTick(() => console.log('tick after write'));
setTimeout(() => {
  const r = Readable.from(['piped 1\n', 'piped 2\n']);
  r.pipe(process.stdout);
  r.on('end', () => {
    console.log('stdout still writable:', process.stdout.writable);
    process.stderr.write('to stderr\n');
  });
}, 1);
