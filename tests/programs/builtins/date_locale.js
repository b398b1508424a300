// The en-US locale forms (what node prints without Intl options), in UTC.
const d = new Date(Date.UTC(2021, 2, 4, 15, 6, 7));
console.log(d.toLocaleDateString(), d.toLocaleTimeString(), d.toLocaleString());
const midnight = new Date(Date.UTC(1999, 11, 31, 0, 0, 0));
console.log(midnight.toLocaleString(), new Date(Date.UTC(2000, 0, 1, 12)).toLocaleTimeString());
console.log(d.toString(), d.toGMTString === d.toUTCString ? 'same' : 'different');
