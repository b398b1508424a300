// String concatenation: building a long string piece by piece, then reading it.
var log = typeof console !== "undefined" ? console.log : print;
var s = "";
for (var i = 0; i < 40000; i++) {
  s += "item" + (i % 10) + ",";
}
var commas = 0;
for (var j = 0; j < s.length; j += 7) {
  if (s.charCodeAt(j) === 44) commas++;
}
log(s.length, commas);
