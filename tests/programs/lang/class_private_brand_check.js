// #x in obj checks the brand; accessing a private field on a foreign object throws TypeError.
class A {
  #secret = 1;
  #m() {}
  static has(o) { return #secret in o; }
  static hasM(o) { return #m in o; }
  static read(o) { return o.#secret; }
  static write(o) { o.#secret = 2; }
  static call(o) { return o.#m(); }
}
console.log(A.has(new A()), A.has({}), A.hasM(new A()), A.hasM([]));
for (const f of [A.read, A.write, A.call]) {
  try { f({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
try { A.has(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
