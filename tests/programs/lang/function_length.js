// Function length counts parameters before the first default or rest.
const fns = [function () {}, function (a) {}, function (a, b) {}, (a, b = 1) => {}, (a = 1, b) => {},
  (...r) => {}, (a, ...r) => {}, ({ x }, [y]) => {}, function (a, b, c) {}.bind(null, 1)];
console.log(fns.map((f) => f.length));
console.log(Math.max.length, [].push.length, parseInt.length, Object.length);
