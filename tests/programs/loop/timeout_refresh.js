// refresh() restarts a timer's delay, and brings back one that already fired.
const start = performance.now();
let fired = 0;
const t = setTimeout(() => {
  fired += 1;
  console.log('fired', fired);
  if (fired === 1) t.refresh();
}, 10);
console.log('refresh returns the timer:', t.refresh() === t);
const c = setTimeout(() => console.log('cleared, never runs'), 5);
clearTimeout(c);
c.refresh();
setTimeout(() => console.log('elapsed at least 20ms:', performance.now() - start >= 20), 40);
