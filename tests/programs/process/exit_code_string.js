// process.exitCode takes an integer or a string that reads as one; the string
// is kept as given, the process exits with the number, and 'exit' listeners
// of a program that ends by itself get the number. Anything else throws.
for (const bad of ['x', '', 5.5, true]) {
  try {
    process.exitCode = bad;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log('still', process.exitCode);
process.exitCode = '0x10';
console.log(process.exitCode, typeof process.exitCode);
process.exitCode = '5';
process.on('exit', (code) => console.log('exit', code, typeof code, process.exitCode, typeof process.exitCode));
