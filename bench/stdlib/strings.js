// String building and taking apart: `+=` in a loop, Array join, split, indexOf,
// slice and case changes. Prints a checksum of the results.
var log = typeof console !== "undefined" ? console.log : print;

var checksum = 0;
for (var round = 0; round < 3; round++) {
  var s = "";
  for (var i = 0; i < 60000; i++) {
    s += "w" + (i % 100) + " ";
  }
  var parts = s.split(" ");
  checksum = (checksum + parts.length + s.length) % 1000000007;

  var pieces = [];
  for (var k = 0; k < parts.length; k++) {
    var p = parts[k];
    if (p.indexOf("7") >= 0) {
      pieces.push(p.toUpperCase());
    } else {
      pieces.push(p.slice(1));
    }
  }
  var joined = pieces.join(",");
  checksum = (checksum + joined.length) % 1000000007;

  var lines = [];
  for (var m = 0; m < 20000; m++) {
    lines.push("key" + m + "=" + (m * 31 % 977));
  }
  var text = lines.join("\n");
  var rows = text.split("\n");
  var total = 0;
  for (var r = 0; r < rows.length; r++) {
    var eq = rows[r].indexOf("=");
    total += parseInt(rows[r].substring(eq + 1), 10);
    total += rows[r].charCodeAt(0) + rows[r].lastIndexOf("y");
  }
  checksum = (checksum + total) % 1000000007;
  checksum = (checksum + text.replace("key1=", "K").length + text.trim().length) % 1000000007;
}
log(checksum);
