class Point extends Base {
  #x = 0
  static count = 0
  static { Point.count++ }
  get x() { return this.#x }
  has(o) { return #x in o }
  constructor() { super(); new.target }
}
