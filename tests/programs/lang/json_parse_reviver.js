// JSON.parse builds values and calls the reviver bottom-up; returning undefined deletes.
const text = '{"a":1,"b":[1,2,{"c":"3"}],"drop":true,"n":null,"e":1e2,"u":"\\u0041"}';
const order = [];
const r = JSON.parse(text, function (k, v) { order.push(k); if (k === 'drop') return undefined; return typeof v === 'number' ? v + 1 : v; });
console.log(JSON.stringify(r));
console.log(order.join(','));
console.log(JSON.parse(' [1, "two", false] ')[1], JSON.parse('"str"'), JSON.parse('-0') === 0, Object.is(JSON.parse('-0'), -0));
console.log(Object.keys(JSON.parse('{"__proto__": 1}')));
