// pause() and resume() switch a Readable between modes; data pushed while
// paused waits in the buffer and comes out on resume.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', c.toString()));
r.push('one');
process.nextTick(() => {
  r.pause();
  console.log('paused:', r.isPaused(), 'flowing:', r.readableFlowing);
  r.push('two');
  r.push('three');
  console.log('buffered bytes:', r.readableLength);
  setTimeout(() => {
    console.log('resume');
    r.resume();
    r.push(null);
  }, 5);
});
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
r.on('end', () => console.log('end'));
