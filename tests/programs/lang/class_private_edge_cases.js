// Private fields: compare across instances, initializers using earlier privates, not inherited via prototype.
class P { #v = 1; static eq(a, b) { return a.#v === b.#v; } }
console.log(P.eq(new P(), new P()));
class Q { #a = 1; #b = this.#a + 1; get b() { return this.#b; } }
console.log(new Q().b);
class R { static #priv() { return 'static private'; } static call() { return R.#priv(); } }
console.log(R.call());
class S { #x = 1; static test(o) { try { return o.#x; } catch (e) { return e.constructor.name + ': ' + e.message; } } }
console.log(S.test(new S()), S.test(Object.create(new S())));
