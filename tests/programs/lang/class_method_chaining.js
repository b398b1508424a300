// Methods returning this allow chaining; class getters compute from state.
class Builder {
  #parts = [];
  add(p) { this.#parts.push(p); return this; }
  addAll(...ps) { ps.forEach((p) => this.add(p)); return this; }
  get size() { return this.#parts.length; }
  build(sep = ' ') { return this.#parts.join(sep); }
}
const b = new Builder().add('a').addAll('b', 'c').add('d');
console.log(b.size, b.build(), b.build('-'));
