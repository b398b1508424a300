// queueMicrotask callbacks run after the script, in order, including ones queued by callbacks.
console.log('start');
queueMicrotask(() => { console.log('micro 1'); queueMicrotask(() => console.log('micro 3')); });
queueMicrotask(() => console.log('micro 2'));
console.log('end');
