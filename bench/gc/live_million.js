// GC pauses on a big heap: one million live objects stay reachable while
// short-lived garbage keeps the collector running. Run with NODELET_GC_TRACE=1
// to print each collection's pause time to stderr.
var log = typeof console !== "undefined" ? console.log : print;
var live = [];
for (var i = 0; i < 1000000; i++) {
  live.push({ i: i });
}
var sum = 0;
for (var r = 0; r < 3000000; r++) {
  var tmp = { r: r, pair: [r, r + 1] };
  sum = (sum + tmp.pair[1]) % 1000003;
}
log(live.length, sum);
