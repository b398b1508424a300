// Array.prototype.copyWithin copies a slice inside the array; toSpliced returns a spliced copy.
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2), [1, 2, 3].copyWithin(1));
console.log([1, 2, 3].toSpliced(0, 1, 'a', 'b'), [1, 2, 3].toSpliced(-1));
