// A script may recurse at least 10,000 calls deep before the catchable RangeError.
let depth = 0;
function dive() {
  depth++;
  dive();
}
try {
  dive();
} catch (e) {
  console.log(e instanceof RangeError, e.message, depth >= 10000);
}
