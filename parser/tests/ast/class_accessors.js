class A {
  get x() { return 1; }
  set x(v) {}
  static get y() { return 2; }
}
