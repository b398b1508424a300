// A literal makes a new object each evaluation; lastIndex is per object.
const found = [];
for (let i = 0; i < 3; i++) {
  const r = /a/g;
  found.push(r.test('aa'), r.lastIndex);
}
console.log(found);
const words = 'alpha beta gamma delta'.split(' ');
console.log(words.filter((w) => /^[a-d]/.test(w)), words.map((w) => w.replace(/a$/, 'A')));
let count = 0;
const re = /\w+/g;
while (re.exec('one two three')) count++;
console.log(count, re.lastIndex);
console.log(JSON.stringify({ r: /x/ }), Object.keys(/x/), /x/ == '/x/');
