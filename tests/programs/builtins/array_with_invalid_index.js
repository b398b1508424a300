// Array#with names the index it could not use, after ToIntegerOrInfinity.
for (const [array, index] of [[[1], 5], [[1], -2], [[1, 2, 3], 1.5e300], [[1], Infinity], [[1], -0.5], [[], 0], [[1, 2], '1'], [[1, 2], 2.9]]) {
  try {
    console.log(JSON.stringify(array.with(index, 0)));
  } catch (e) {
    console.log(e.name, JSON.stringify(e.message));
  }
}
