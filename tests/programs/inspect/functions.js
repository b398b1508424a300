function f() {}
console.log(f);
console.log(function () {});
console.log(() => {});
const g = () => 1;
console.log(g);
class A {}
class B extends A {}
console.log(A, B);
console.log(class {});
f.a = 1;
console.log(f);
async function af() {}
function* gf() {}
async function* agf() {}
console.log(af, gf, agf);
console.log({ f, m() {}, get x() { return 1; } });
console.log([Math.max, parseInt]);
console.log(f.bind(null));
