// Formats 2,000,000 different numbers as strings, keeping none: memory must
// stay flat, since every text is garbage at once. (Number texts used to be
// interned atoms, which live as long as the program: 879 MiB and 7.4 s for
// this run, against 21 MiB and 1.2 s now; node: 70 MiB, 0.27 s.)
// Prints the checksum, then the RSS in MiB on stderr.
//   /usr/bin/time -f '%M KB %e s' nodelet bench/gc/number_strings.js
let sum = 0;
for (let i = 0; i < 2000000; i++) {
  sum += ('' + i * 7).length + String(i / 8).length;
}
console.log(sum);
console.error('rss MiB', (process.memoryUsage().rss / 1048576).toFixed(1));
