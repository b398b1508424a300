console.error('to stderr');
console.warn('warn', { a: 1 });
console.assert(false);
console.assert(false, 'msg %s', 'x');
console.log('done');
