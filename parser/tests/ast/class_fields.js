class Counter {
  count = 0;
  static instances = 0;
  name
  ['computed'] = 1;
}
