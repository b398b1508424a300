// The event loop runs after the code; -p prints the value first.
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
'the completion value';
