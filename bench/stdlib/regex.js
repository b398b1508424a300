// Regular expressions over text: test, exec with the global flag, match,
// replace with a string and with a function, and split. The text is worked on
// in blocks of 50 lines (mujs slows down badly on one long subject string).
var log = typeof console !== "undefined" ? console.log : print;

var words = ["alpha", "beta", "gamma", "delta", "error", "warning", "info", "2024-01-15", "user@example.com", "x=42"];
var lines = [];
for (var i = 0; i < 4000; i++) {
  lines.push("[" + words[i % 7 + 3] + "] " + words[i % 5] + " id=" + i + " at 2024-0" + (i % 9 + 1) + "-1" + (i % 10) +
    " from user" + (i % 50) + "@example.com took " + (i * 13 % 1000) + "ms");
}
var blocks = [];
for (var b = 0; b < lines.length; b += 50) {
  blocks.push(lines.slice(b, b + 50).join("\n"));
}

var checksum = 0;
for (var round = 0; round < 3; round++) {
  for (var k = 0; k < blocks.length; k++) {
    var text = blocks[k];
    var dateRe = /(\d{4})-(\d{2})-(\d{2})/g;
    var m;
    while ((m = dateRe.exec(text)) !== null) {
      checksum = (checksum + parseInt(m[3], 10)) % 1000000007;
    }
    var emails = text.match(/[a-z0-9]+@[a-z]+\.com/g);
    checksum = (checksum + emails.length) % 1000000007;
    var masked = text.replace(/\d+ms/g, "Nms");
    var upper = text.replace(/id=(\d+)/g, function (all, n) { return "ID" + (n % 7); });
    checksum = (checksum + masked.length + upper.length) % 1000000007;
    var fields = text.split(/\s+/);
    checksum = (checksum + fields.length) % 1000000007;
  }
  var errors = 0;
  for (var j = 0; j < lines.length; j++) {
    if (/^\[(error|warning)\]/.test(lines[j])) errors++;
  }
  checksum = (checksum + errors) % 1000000007;
}
log(checksum);
