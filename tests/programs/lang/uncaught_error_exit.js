// An uncaught Error prints to stderr and exits with code 1 after earlier output.
console.log('before the throw');
function fail() { throw new TypeError('something went wrong'); }
fail();
console.log('never printed');
