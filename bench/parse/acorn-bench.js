// Times acorn (the parser webpack and rollup use) over one file, the same way
// `nodelet --bench-parse` times nodelet: one untimed warm-up, then N timed runs of
// tokenizing alone and of parsing (which tokenizes too); prints best and median.
"use strict";
const fs = require("fs");
const path = require("path");

const [file, iterationsArg] = process.argv.slice(2);
const iterations = Math.max(1, Number(iterationsArg) || 10);
const acorn = require(path.join(__dirname, "..", ".scratch", "node_modules", "acorn"));
const source = fs.readFileSync(file, "utf8");
const options = { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true, allowHashBang: true };
const megabytes = Buffer.byteLength(source) / 1e6;

function tokenize() {
  let count = 0;
  for (const _token of acorn.tokenizer(source, options)) count++;
  return count;
}
function parse() {
  return acorn.parse(source, options);
}

function time(work) {
  work();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)] };
}

console.log(`file ${file}: ${megabytes.toFixed(2)} MB, ${iterations} iterations`);
for (const [label, work] of [["tokenize", tokenize], ["lex+parse", parse]]) {
  const { best, median } = time(work);
  const rate = megabytes / (best / 1e3);
  console.log(
    `${label.padEnd(10)} best ${best.toFixed(1).padStart(9)} ms  median ${median.toFixed(1).padStart(9)} ms  ${rate.toFixed(1).padStart(8)} MB/s`,
  );
}
