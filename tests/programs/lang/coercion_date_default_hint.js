// Date objects use the string hint for "+", unlike other objects.
const d = new Date(0);
console.log(typeof (d + 1));
console.log(typeof (d - 1), d - 1);
console.log(d * 1);
console.log(+d === 0);
