console.log(-0, [-0], 0, 1.5, 1e21, NaN, -Infinity);
console.log([true, false, null, undefined]);
console.log(new Number(3), new String('ab'), new Boolean(false));
console.log([new Number(-0), new String("it's")]);
console.log(Symbol('s'), Symbol(), [Symbol('in')]);
console.log(Object(Symbol('boxed')));
