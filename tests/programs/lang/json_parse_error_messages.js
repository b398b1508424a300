// JSON.parse reports V8's SyntaxError messages for malformed input.
const inputs = ['{bad', '', '[1,]', '{"a":1', 'tru', '"unterminated', '01', '{"a" 1}'];
for (const s of inputs) {
  try { JSON.parse(s); console.log('parsed'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
