// An unref'd timer does not keep the process alive; ref() undoes unref().
const t = setTimeout(() => console.log('unref timer never fires'), 100);
t.unref();
console.log('hasRef after unref:', t.hasRef());
const u = setTimeout(() => console.log('re-ref timer fires'), 5);
u.unref();
u.ref();
console.log('hasRef after ref:', u.hasRef());
console.log('unref returns the timer:', t.unref() === t);
const i = setInterval(() => console.log('unref interval never fires'), 50);
i.unref();
const im = setImmediate(() => console.log('immediate still runs once the loop turns'));
console.log('immediate hasRef:', im.hasRef());
