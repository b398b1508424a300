// 200,000 setTimeout(fn, 0): the timer heap and the timers phase.
let fired = 0;
for (let i = 0; i < 200000; i++) setTimeout(() => fired++, 0);
setTimeout(() => console.log(fired), 5);
