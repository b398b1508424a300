// Map and Set churn: inserts, lookups and deletes with number and string keys,
// and iteration. Prints a checksum.
var log = typeof console !== "undefined" ? console.log : print;

// duktape and mujs (ES5) have no Map or Set: give them a small stand-in on a
// prototype-less object, so every engine runs the same program.
if (typeof Map === "undefined") {
  var Dict = function () { this.clear(); };
  Dict.prototype.clear = function () { this.d = Object.create(null); this.size = 0; };
  Dict.prototype.key = function (k) { return (typeof k === "number" ? "n" : "s") + k; };
  Dict.prototype.has = function (k) { return this.key(k) in this.d; };
  Dict.prototype.get = function (k) { var e = this.d[this.key(k)]; return e && e[1]; };
  Dict.prototype.set = function (k, v) {
    var id = this.key(k);
    if (!(id in this.d)) this.size++;
    this.d[id] = [k, v];
    return this;
  };
  Dict.prototype.add = function (k) { return this.set(k, k); };
  Dict.prototype["delete"] = function (k) {
    var id = this.key(k);
    if (!(id in this.d)) return false;
    delete this.d[id];
    this.size--;
    return true;
  };
  Dict.prototype.forEach = function (f) {
    for (var id in this.d) f(this.d[id][1], this.d[id][0]);
  };
  Map = Dict;
  Set = Dict;
}

var checksum = 0;
var m = new Map();
var s = new Set();
for (var round = 0; round < 2; round++) {
  for (var i = 0; i < 40000; i++) {
    m.set(i, i * 2);
    s.add("k" + (i % 5000));
  }
  for (var j = 0; j < 40000; j += 2) {
    m["delete"](j);
  }
  for (var k = 0; k < 40000; k++) {
    if (m.has(k)) checksum = (checksum + m.get(k)) % 1000000007;
    if (s.has("k" + k)) checksum = (checksum + 1) % 1000000007;
  }
  var names = new Map();
  for (var q = 0; q < 30000; q++) {
    var key = "name" + (q % 3000);
    names.set(key, (names.get(key) || 0) + 1);
  }
  names.forEach(function (v, key) { checksum = (checksum + v + key.length) % 1000000007; });
  checksum = (checksum + m.size + s.size + names.size) % 1000000007;
  m.clear();
  s.clear();
}
log(checksum);
