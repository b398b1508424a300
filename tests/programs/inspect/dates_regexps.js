console.log(/ab+c/gi, [/x/]);
console.log(new Date(0));
console.log({ d: new Date(86400000) });
console.log(Promise.resolve(42), Promise.reject(new Error('no')).catch(() => {}) && 1);
console.log(new Promise(() => {}));
