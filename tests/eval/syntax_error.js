// A syntax error is reported before anything runs.
console.log('not printed');
let broken = ;
