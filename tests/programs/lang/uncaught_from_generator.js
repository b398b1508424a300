// An error thrown inside a generator body and not caught by the consumer ends the program with exit code 1.
function* numbers() { yield 1; yield 2; throw new RangeError('generator ran out'); }
for (const n of numbers()) console.log('got', n);
console.log('unreachable');
