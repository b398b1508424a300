// Memory churn: millions of short-lived objects, closures and reference cycles.
// Peak RSS must stay flat however long it runs (issue 3: 10 GB churned under 100 MB).
// Usage: nodelet churn.js [ROUNDS]   (each round allocates about 1,000 objects)
var log = typeof console !== "undefined" ? console.log : print;
var rounds = typeof process !== "undefined" && process.argv[2] ? Number(process.argv[2]) : 20000;
var kept = 0;
for (var r = 0; r < rounds; r++) {
  for (var i = 0; i < 250; i++) {
    var a = { id: i, next: null, tag: "node" + (i % 10) };
    var b = { id: i + 1, next: a };
    a.next = b; // a cycle: a -> b -> a
    var f = (function (x) {
      return function () {
        return x.id + a.id; // a closure capturing both, through its environment
      };
    })(b);
    kept = (kept + f() + [a, b, i].length) % 1000003;
  }
}
log(kept);
