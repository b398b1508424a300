// Static blocks run once at class definition, in order with static fields, with this = the class.
const log = [];
class C {
  static a = (log.push('field a'), 1);
  static { log.push('block 1, a=' + this.a); this.b = this.a + 1; }
  static c = (log.push('field c'), this.b * 10);
  static #hidden = 'h';
  static { log.push('block 2, c=' + C.c + ', hidden=' + C.#hidden); }
}
log.push('after class');
console.log(log.join('\n'));
console.log(C.a, C.b, C.c);
