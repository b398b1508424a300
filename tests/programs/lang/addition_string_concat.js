// The + operator: string concatenation wins when either side is a string after ToPrimitive.
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + '2' - 1);
console.log([] + [], [] + {}, [1] + [2], {} + 'x');
console.log(true + 1, true + '1', null + 1, undefined + 1, null + 'x');
console.log('5' - '2', '5' * '2', '10' / '4', '7' % '4', '2' ** '3');
let s = 'a';
s += 1;
s += null;
console.log(s);
console.log(1 + -'1', '3' + +'4');
