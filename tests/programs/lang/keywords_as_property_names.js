// Reserved words are allowed as property names and method names; some contextual keywords as identifiers.
const o = { if: 1, class: 2, new: 3, delete() { return 'del'; }, default: 4, function: 5 };
console.log(o.if, o.class, o.new, o.delete(), o.default, o.function);
let async = 'a', get = 'g', set = 's', of = 'o', from = 'f', let_ = 'l';
console.log(async, get, set, of, from, let_);
var yield_ = 1;
class K { static static() { return 'static method named static'; } get get() { return 'getter named get'; } }
console.log(K.static(), new K().get);
