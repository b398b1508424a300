// An interval that clears itself from inside its callback stops at once; one
// cleared by another timer stops too. Extra arguments reach every call.
let n = 0;
const iv = setInterval((label) => {
  n += 1;
  console.log(label, n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 1, 'tick');
const other = setInterval(() => console.log('never printed'), 1000);
setTimeout(() => {
  clearInterval(other);
  console.log('other cleared, hasRef:', other.hasRef());
}, 20);
