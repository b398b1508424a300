function inner() { console.trace('where am I %d', 1); }
inner();
console.log('after trace');
