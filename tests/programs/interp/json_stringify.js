// JSON.stringify and JSON.parse.
const data = { a: 1, b: [true, null, 'x'], c: { d: undefined, e: () => 1 }, f: 1.5, g: 'quote"\n' };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([undefined, function () {}, Symbol('s')]), JSON.stringify('s'), JSON.stringify(undefined));
console.log(JSON.stringify({ toJSON() { return { y: 2 }; } }), JSON.stringify({ a: 1, b: 2 }, ['b']));
console.log(JSON.stringify({ a: 5, b: 's' }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
const parsed = JSON.parse('{"x":[1,2,{"y":"z"}],"n":-1.5e2,"t":true,"u":null}');
console.log(parsed, JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v + 1 : v)));
const cyc = {};
cyc.self = cyc;
try {
  JSON.stringify(cyc);
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
try {
  JSON.parse('{bad');
} catch (e) {
  console.log(e.name);
}
