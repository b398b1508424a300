// Flags, source, toString and how console.log shows a RegExp.
const r = /ab+c/gi;
console.log(r, [r], { r }, String(r), r.source, r.flags);
console.log(r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices);
console.log(/a/dgimsuy.flags, /a/yusmigd.toString());
console.log(new RegExp('a/b').source, String(new RegExp('')), new RegExp('\n').source, /[/]/.source);
console.log(new RegExp('x', 'g'), new RegExp(/y/m), new RegExp(/y/m, 'i'), RegExp('z'));
const orig = /k/;
console.log(RegExp(orig) === orig, new RegExp(orig) === orig);
console.log(typeof /a/, /a/ instanceof RegExp, Object.prototype.toString.call(/a/));
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);
console.log(Object.getOwnPropertyNames(/a/), Object.getOwnPropertyDescriptor(/a/, 'lastIndex'));
const withProp = /a/g;
withProp.extra = 1;
console.log(withProp);
class R extends RegExp {}
console.log(new R('q', 'g'), new R('q') instanceof R);
console.log(RegExp.length, RegExp.name, RegExp[Symbol.species] === RegExp);
console.log(typeof Symbol.match, Symbol.replace.toString(), Symbol.split.description);
