// Closures created in the same scope share the variable, not a copy of it.
function pair() {
  let v = 0;
  return [() => v, (x) => { v = x; }];
}
const [get, set] = pair();
set(42);
console.log(get());
let late = 'before';
const reader = () => late;
late = 'after';
console.log(reader());
{
  let blockScoped = 'block';
  var escaped = () => blockScoped;
}
console.log(escaped());
