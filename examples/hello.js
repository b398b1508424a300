// A first program for nodelet: functions, closures, arrays and objects.
// Run it with `cargo run --release -- examples/hello.js` and compare with `node examples/hello.js`.

function greet(name) {
  return "Hello, " + name + "!";
}

console.log(greet("nodelet"));

// A closure keeps its own counter alive between calls.
function makeCounter() {
  let count = 0;
  return function () {
    count = count + 1;
    return count;
  };
}

const next = makeCounter();
next();
next();
console.log("counter:", next());

// Arrays and objects, with a loop to add things up.
const primes = [2, 3, 5, 7, 11];
let sum = 0;
for (let i = 0; i < primes.length; i++) {
  sum = sum + primes[i];
}
console.log("sum of", primes.length, "primes:", sum);

const point = { x: 3, y: 4 };
const length = Math.sqrt(point.x * point.x + point.y * point.y);
console.log("the point", point.x, point.y, "is", length, "away from the origin");
