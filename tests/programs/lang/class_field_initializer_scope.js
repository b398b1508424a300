// Field initializers run per instance with this bound; they can use earlier fields but not constructor params.
let counter = 0;
class Item {
  id = ++counter;
  label = `item-${this.id}`;
  tags = [];
  constructor(extra) { this.tags.push(extra); }
}
const a = new Item('x'), b = new Item('y');
console.log(a.id, a.label, b.label, a.tags, b.tags, a.tags !== b.tags);
class Shadow { x = 'field'; constructor() { console.log('in ctor x =', this.x); this.x = 'ctor'; } }
console.log(new Shadow().x);
