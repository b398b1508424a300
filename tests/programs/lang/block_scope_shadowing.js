// Nested blocks shadow let/const; functions see the binding of their defining scope.
const x = 'global';
function show() { return x; }
{
  const x = 'block';
  {
    let x = 'inner';
    console.log(x, show());
  }
  console.log(x);
}
console.log(x);
let y = 1;
if (true) { let y = 2; y++; }
console.log(y);
