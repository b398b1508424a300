const o = {
  m() {},
  *g() {},
  async a() {},
  async *ag() {},
  get x() { return 1; },
  set x(v) {},
};
