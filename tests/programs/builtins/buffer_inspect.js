// How console.log shows Buffers: hex bytes, `... N more bytes` past 50, inside
// containers, and with extra properties.
console.log(Buffer.alloc(0), [Buffer.from('hi')], { a: Buffer.alloc(51) });
console.log(Buffer.alloc(1000, 7));
const b = Buffer.from('ab');
b.foo = 1;
console.log(b);
console.log(new Map([['k', Buffer.from([1, 2, 3])]]), [Buffer.alloc(2), Buffer.alloc(3)]);
console.log(require('util').inspect(Buffer.from('xyz')), `${require('util').format('%o', Buffer.from('q'))}`);
console.log({ nested: { deeper: { deepest: Buffer.from('deep') } } });
