// JSON round trips of a nested document: stringify, parse, and a checksum over
// the parsed result so every engine does the same work. ES5, so duktape and
// mujs run it too.
var log = typeof console !== "undefined" ? console.log : print;

function makeDoc(n) {
  var items = [];
  for (var i = 0; i < n; i++) {
    items.push({
      id: i,
      name: "item-" + i,
      price: (i * 7 % 1000) / 10,
      tags: ["a" + (i % 5), "b" + (i % 3), "c"],
      active: i % 2 === 0,
      owner: { first: "Ada", last: "Lovelace \"" + (i % 9) + "\"", age: 30 + (i % 40) },
      note: i % 10 === 0 ? null : "line\n" + i
    });
  }
  return { version: 3, count: n, items: items };
}

var doc = makeDoc(2000);
var checksum = 0;
var text = "";
for (var round = 0; round < 12; round++) {
  text = JSON.stringify(doc);
  var back = JSON.parse(text);
  var items = back.items;
  for (var j = 0; j < items.length; j += 97) {
    checksum = (checksum + items[j].id + items[j].owner.age + items[j].tags.length) % 1000000007;
  }
  checksum = (checksum + text.length) % 1000000007;
  doc = back;
}
var pretty = JSON.stringify(doc.items.slice(0, 50), null, 2);
log(text.length, pretty.length, checksum);
