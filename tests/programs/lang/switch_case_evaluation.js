// Case expressions are evaluated lazily in order until one matches; the switch has one block scope.
const log = [];
const c = (v) => { log.push('case ' + v); return v; };
switch (2) { case c(1): break; case c(2): log.push('matched'); break; case c(3): break; }
console.log(log.join(', '));
switch (1) {
  case 0: let hidden = 'zero';
  case 1:
    try { console.log(hidden); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
let r = 'none';
switch ('x') { case 'y': r = 'y'; }
console.log(r);
