// A rejection nobody handles by the end of the microtask drain ends the
// process with code 1; output printed before it stays.
console.log('before');
Promise.reject(new Error('nobody catches this'));
setTimeout(() => console.log('never runs'), 1);
