// A bound function used with new ignores the bound this but keeps bound arguments.
function P(x, y) { this.x = x; this.y = y; }
P.prototype.sum = function () { return this.x + this.y; };
const B = P.bind({ ignored: true }, 10);
const p = new B(5);
console.log(p.x, p.y, p.sum(), p instanceof P, p instanceof B, 'ignored' in p);
console.log(B.name, typeof B.prototype);
