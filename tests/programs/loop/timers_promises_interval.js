// timers/promises setInterval as an async iterator, stopped with break; and
// scheduler.wait.
const { setInterval, scheduler } = require('timers/promises');

async function main() {
  let n = 0;
  const start = Date.now();
  for await (const value of setInterval(2, 'tick')) {
    n++;
    console.log(value, n);
    if (n === 3) break;
  }
  console.log('waited at least 6 ms:', Date.now() - start >= 5);
  await scheduler.wait(1);
  console.log('scheduler.wait done');
}
main().then(() => console.log('loop can end: the interval was cleared'));
