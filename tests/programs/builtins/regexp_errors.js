// Invalid patterns and flags throw SyntaxError with V8's messages.
const cases = [['(', ''], ['(', 'g'], [')', ''], ['[a', ''], ['*a', ''], ['a**', ''], ['\\', ''],
  ['[z-a]', ''], ['a{2,1}', ''], ['(?<n>a)(?<n>b)', ''], ['\\p{Foo}', 'u'],
  ['a', 'gg'], ['a', 'x'], ['a', 'uv'], ['\\k<x>(?<y>a)', ''], ['(?<=a', '']];
for (const [p, f] of cases) {
  try {
    new RegExp(p, f);
    console.log('ok', p);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
try { RegExp.prototype.exec.call({}, 'a'); } catch (e) { console.log(e.constructor.name); }
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.message); }
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.message); }
