// new binds to the nearest member expression; new without parentheses calls with no arguments.
function Outer() { this.kind = 'outer'; }
Outer.Inner = function () { this.kind = 'inner'; };
const factory = () => Outer;
console.log(new Outer().kind, new Outer.Inner().kind, new (factory())().kind, (new Outer).kind);
function Counter() { this.n = arguments.length; }
console.log(new Counter().n, new Counter(1, 2).n, new Counter.prototype.constructor(1).n);
class A { static create() { return new this(); } hello() { return 'hello'; } }
console.log(A.create().hello(), new A().hello());
