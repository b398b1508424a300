class A {
  a = 1
  b
  static c = 2
  get
  d() {}
}
