class A {
  get() {}
  set() {}
  static() {}
  async() {}
  static static() {}
  get get() { return 1; }
  static async *gen() {}
}
