// Sorting 1,000,000 numbers with a comparator (plus a smaller sort of strings
// without one). Prints a checksum of the sorted order.
var log = typeof console !== "undefined" ? console.log : print;

var n = 1000000;
var a = new Array(n);
var seed = 12345;
for (var i = 0; i < n; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  a[i] = seed % 1000000;
}
a.sort(function (x, y) { return x - y; });
var checksum = 0;
for (var j = 0; j < n; j += 1000) {
  checksum = (checksum + a[j] * (j / 1000 + 1)) % 1000000007;
}
var ok = true;
for (var k = 1; k < n; k++) {
  if (a[k - 1] > a[k]) { ok = false; break; }
}
var words = [];
for (var w = 0; w < 50000; w++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  words.push("w" + (seed % 100000));
}
words.sort();
log(ok, checksum, words[0], words[words.length - 1], words[25000]);
