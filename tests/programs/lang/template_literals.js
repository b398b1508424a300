// Template literals interpolate with ToString, nest, and keep newlines.
const name = 'World', n = 3;
console.log(`Hello, ${name}! ${n} + 1 = ${n + 1}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`obj: ${{}} arr: ${[1, 2]} null: ${null} undef: ${undefined}`);
console.log(`multi
line`.split('\n').length);
console.log(`\${escaped} \` backtick`);
const o = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log(`${o}`, '' + o);
