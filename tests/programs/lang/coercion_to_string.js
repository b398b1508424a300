// ToString on numbers, arrays, objects, null and undefined.
console.log(String(null), String(undefined), String(true));
console.log(String([1, [2, 3], null, undefined]), String([]));
console.log(String({}), String(function () {}).length > 0);
console.log(String(-0), String(1e21), String(1e-7), String(123456789012345680000));
console.log('' + [null], '' + [undefined], '' + [[], []]);
console.log(String(Symbol('desc')));
try { console.log('' + Symbol('x')); } catch (e) { console.log(e.constructor.name, e.message); }
