// process.exit(code) runs the 'exit' listeners with that code first, but no
// 'beforeExit', and nothing scheduled runs afterwards.
process.on('beforeExit', () => console.log('no beforeExit'));
process.on('exit', (code) => {
  console.log('exit listener, code', code, 'exitCode', process.exitCode);
  process.exit(9);
});
setTimeout(() => {
  console.log('timer');
  process.exit(4);
}, 1);
setTimeout(() => console.log('never'), 50);
