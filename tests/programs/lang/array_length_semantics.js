// Array length grows on index writes past the end and truncates when set smaller.
const a = [1, 2, 3];
a[5] = 6;
console.log(a.length, 4 in a, a[4]);
a.length = 2;
console.log(a.length, a[2], JSON.stringify(a));
a.length = 4;
console.log(JSON.stringify(a), Object.keys(a));
const b = [];
b['2'] = 'string index';
b['02'] = 'not an index';
b[-1] = 'negative';
console.log(b.length, Object.keys(b));
try { a.length = -1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Array(3).length, Array(3, 4).length, Array.of(3).length, new Array('3').length);
