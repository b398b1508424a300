// An early error (duplicate let) stops the script before any statement runs.
console.log('not printed');
let dup = 1;
let dup = 2;
