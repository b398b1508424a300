// hasRef() through a handle's life: a Timeout keeps its flag after firing or
// clearing; an Immediate holds no reference once it ran or was cleared.
const b = setTimeout(() => {}, 5);
clearTimeout(b);
console.log('cleared timeout', b.hasRef());
const d = setTimeout(() => {}, 1);
d.unref();
console.log('unref timeout', d.hasRef());
const f = setImmediate(() => {});
clearImmediate(f);
console.log('cleared immediate', f.hasRef(), f.ref().hasRef());
setTimeout(() => {
  const e = setImmediate(() => {
    console.log('immediate in its callback', e.hasRef());
    setImmediate(() => console.log('immediate after it ran', e.hasRef(), e.ref().hasRef()));
  });
}, 1);
setTimeout(() => {
  const c = setInterval(() => {
    console.log('interval', c.hasRef());
    clearInterval(c);
    console.log('interval cleared', c.hasRef());
  }, 1);
}, 20);
