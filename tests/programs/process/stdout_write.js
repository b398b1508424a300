// process.stdout.write prints without a newline and returns true.
const ok = process.stdout.write("a");
process.stdout.write("b\n");
console.log(ok);
const t = process.hrtime();
const d = process.hrtime(t);
console.log(Array.isArray(t), t.length, d[0] >= 0, typeof process.uptime());
console.log(process.memoryUsage().rss > 0);
