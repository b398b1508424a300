setTimeout(() => {
  console.log('timeout');
  Promise.resolve().then(() => console.log('promise from timeout'));
  setTimeout(() => console.log('timeout from timeout'), 0);
  setImmediate(() => console.log('immediate from timeout'));
}, 5);
