// Messages for misuse of private methods and static privates through subclasses.
class A {
  #m() {}
  static #s = 1;
  reassign() { this.#m = 1; }
  static readS() { return this.#s; }
}
class B extends A {}
try { new A().reassign(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(A.readS());
try { B.readS(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
