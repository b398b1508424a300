// Accessors can be defined on arrays and functions like on any object.
const arr = [1, 2, 3];
Object.defineProperty(arr, 'last', { get() { return this[this.length - 1]; } });
arr.push(4);
console.log(arr.last, arr.length, Object.keys(arr));
function f() {}
f.calls = 0;
Object.defineProperty(f, 'twice', { get() { return this.calls * 2; } });
f.calls = 5;
console.log(f.twice, Object.keys(f));
