// new on arrows, methods and non-functions throws TypeError with node's message.
const arrow = () => {};
const obj = { method() {} };
const tries = [() => new arrow(), () => new obj.method(), () => new (5)(), () => new Math.max(), () => new obj.missing()];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
