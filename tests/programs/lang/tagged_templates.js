// Tagged templates receive cooked and raw strings plus the substitution values.
function tag(strings, ...values) {
  return JSON.stringify({ strings: [...strings], raw: strings.raw, values });
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n${0}`);
console.log(String.raw`C:\new\table ${1 + 1}`);
const cache = [];
const same = (s) => { cache.push(s); return s; };
for (let i = 0; i < 2; i++) same`x`;
console.log(cache[0] === cache[1], Object.isFrozen(cache[0]));
console.log(tag`\unicode bad`);
