// Object.entries/values and class fields follow the own-key order (integer keys first).
const o = { 1: 'a', b: 'b', 0: 'z' };
console.log(Object.entries(o), Object.values(o));
class K { b = 1; a = 2; 2 = 'two'; 1 = 'one'; }
console.log(Object.keys(new K()));
const arr = [3, 4]; arr.x = 1; arr[-1] = 0;
console.log(Object.entries(arr));
for (const k in [7, , 9]) console.log('index', k);
