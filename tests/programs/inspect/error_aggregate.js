const a = new Error('a'); a.stack = 'Error: a\n    at x (x.js:1:1)';
const agg = new AggregateError([a, 'plain'], 'many');
agg.stack = 'AggregateError: many\n    at y (y.js:2:2)';
console.log(agg);
