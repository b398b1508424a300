// Array.prototype.sort is stable and uses string order by default.
const people = [
  { name: 'a', age: 30 },
  { name: 'b', age: 25 },
  { name: 'c', age: 30 },
  { name: 'd', age: 25 },
];
console.log(people.sort((x, y) => x.age - y.age).map((p) => p.name).join(''));
console.log([10, 9, 1, 100, 25].sort(), ['b', undefined, 'a', , 'c'].sort());
console.log([3, 2, 1].sort(() => 0), ['B', 'a', 'C'].sort(), [5, 1, 4].toSorted(), [1, 2, 3].toReversed());
