console.log([, , 1]);
console.log([1, , 3]);
console.log(new Array(5));
const a = [1, 2]; a[5] = 6;
console.log(a);
console.log([, ]);
