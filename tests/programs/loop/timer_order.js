// Timers fire by due time, then in the order they were scheduled.
const order = [];
setTimeout(() => order.push('30'), 30);
setTimeout(() => order.push('10a'), 10);
setTimeout(() => order.push('20'), 20);
setTimeout(() => order.push('10b'), 10);
setTimeout(() => order.push('1 (delay 0 means 1)'), 0);
setTimeout(() => order.push('1 (negative delay means 1)'), -5);
setTimeout(() => order.push('1 (NaN delay means 1)'), 'abc');
setTimeout(() => {
  order.push('50');
  console.log(order.join('\n'));
}, 50);
