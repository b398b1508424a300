// TDZ applies inside blocks and loop bodies, shadowing outer bindings.
let x = 'outer';
{
  try { console.log(x); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  let x = 'inner';
  console.log(x);
}
for (let i = 0; i < 2; i++) {
  try { console.log(y); } catch (e) { console.log(i, e.message); }
  let y = i;
}
try { let z = z + 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
