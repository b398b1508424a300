class Secret {
  #value = 1;
  #hidden() { return this.#value; }
  get #v() { return 1; }
  static #count = 0;
  has(o) { return #value in o; }
}
