// Class bodies are strict, so assigning to a getter-only property throws there.
class G {
  get v() { return 1; }
  tryAssign() { try { this.v = 2; } catch (e) { return e.constructor.name + ': ' + e.message; } return 'no error'; }
}
console.log(new G().tryAssign());
const frozen = Object.freeze({ a: 1 });
class H { static put() { try { frozen.a = 2; } catch (e) { return e.constructor.name + ': ' + e.message; } } }
console.log(H.put());
