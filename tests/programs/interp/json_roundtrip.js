// JSON round trips, indentation strings and nested structures.
const value = { list: [1, { deep: [true, false] }], empty: {}, arr: [], str: 'tab\there', num: -0 };
const text = JSON.stringify(value, null, '--');
console.log(text);
console.log(JSON.stringify(JSON.parse(JSON.stringify(value, null, 2))) === JSON.stringify(value));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set([1]).size]));
console.log(JSON.parse(' [1, "2", {"3": null}] '), JSON.parse('"\\u0041\\n"'), JSON.stringify({ a: [] }, null, 4));
