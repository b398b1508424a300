// Invalid dates print as `Invalid Date`; toISOString throws RangeError.
const bad = new Date('not a date');
console.log(bad, String(bad), bad.getTime(), bad.getFullYear(), bad.toDateString(), bad.toUTCString());
console.log([bad], JSON.stringify({ bad }), bad.toJSON(), isNaN(bad));
try {
  bad.toISOString();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Date.prototype.getTime.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(new Date(NaN), new Date(Infinity).getTime(), new Date(undefined).getTime(), new Date(null).getTime());
console.log(new Date(2020, NaN).getTime(), Date.UTC(), Date.UTC(NaN));
