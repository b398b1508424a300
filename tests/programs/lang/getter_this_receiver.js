// Inherited getters and setters run with this = the object the lookup started on.
const proto = {
  get full() { return this.first + ' ' + this.last; },
  set full(v) { [this.first, this.last] = v.split(' '); },
};
const person = Object.create(proto);
person.full = 'Ada Lovelace';
console.log(person.first, person.last, person.full, Object.keys(person), Object.keys(proto));
