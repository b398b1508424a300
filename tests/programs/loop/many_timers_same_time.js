// Many timers due at the same moment fire in the order they were scheduled,
// with microtasks drained after each one.
const out = [];
for (let i = 0; i < 20; i++) {
  setTimeout(() => {
    out.push(i);
    Promise.resolve().then(() => out.push('p' + i));
  }, 10);
}
setTimeout(() => console.log(out.join(' ')), 20);
