// 'beforeExit' fires when the loop runs dry and may schedule more work (the
// loop then goes on); 'exit' fires once, last, with the exit code, and only
// synchronous work done in it counts.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', code, 'round', rounds);
  if (rounds < 3) setTimeout(() => console.log('timer from beforeExit', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code, 'exitCode', process.exitCode);
  setTimeout(() => console.log('never printed'), 0);
  process.nextTick(() => console.log('never printed either'));
});
process.once('exit', () => console.log('second exit listener'));
console.log('listeners:', process.listenerCount('exit'), process.listenerCount('beforeExit'));
console.log(process instanceof require('events'), typeof process.emit);
process.exitCode = 3;
