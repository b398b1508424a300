// Template literals and tagged templates.
const n = 3;
console.log(`n is ${n}, twice ${n * 2}, ${[1, 2]}, ${{}}`);
function tag(strings, ...values) {
  return strings.raw.join('|') + ' / ' + strings.join('|') + ' / ' + values.join(',');
}
console.log(tag`a${1}b\n${2}c`);
function same(s) {
  return s;
}
const sites = [];
for (let i = 0; i < 2; i++) sites.push(same`x`);
console.log(sites[0] === sites[1], Object.isFrozen(sites[0]));
console.log(String.raw`C:\new\table${1}`);
