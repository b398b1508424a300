// Static and instance arrow fields capture this and can reach private state.
class Registry {
  static #items = [];
  static add = (x) => { this.#items.push(x); return this.#items.length; };
  #id = Math.floor(1.5);
  getId = () => this.#id;
}
console.log(Registry.add('a'), Registry.add('b'));
const { getId } = new Registry();
console.log(getId());
