// Block scoping, shadowing and catch parameters.
let x = 'outer';
{
  let x = 'block';
  console.log(x);
}
console.log(x);
try {
  throw 'err';
} catch (x) {
  console.log('caught', x);
  {
    const x = 'inner';
    console.log(x);
  }
}
console.log(x);
function f(x) {
  {
    let x = 'param shadowed';
    return x;
  }
}
console.log(f('arg'));
for (let x = 0; x < 1; x++) console.log('loop', x);
switch (1) {
  case 1: {
    let y = 'case block';
    console.log(y);
  }
}
var v = 1;
if (true) {
  var v = 2;
}
console.log(v);
