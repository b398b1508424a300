// Property lookup walks the prototype chain; writes create own properties that shadow.
const base = { greet() { return 'hi from ' + this.name; }, name: 'base', shared: [] };
const child = Object.create(base);
child.name = 'child';
console.log(child.greet(), base.greet(), Object.keys(child), child.hasOwnProperty('greet'));
child.shared.push('mutates proto');
console.log(base.shared);
const grand = Object.create(child, { own: { value: 1, enumerable: true } });
console.log(grand.greet(), grand.own, Object.getPrototypeOf(Object.getPrototypeOf(grand)) === base);
const bare = Object.create(null);
bare.k = 1;
console.log(typeof bare.toString, 'k' in bare, Object.keys(bare));
