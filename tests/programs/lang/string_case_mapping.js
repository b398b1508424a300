// toUpperCase/toLowerCase use full Unicode case mapping, including multi-character and final sigma.
console.log('I'.toLowerCase(), 'ǅ'.toUpperCase(), 'ﬀ'.toUpperCase(), 'ß'.toUpperCase(), 'Σ'.toLowerCase(), 'ΑΣ'.toLowerCase());
console.log('straße'.toUpperCase().length, 'İ'.toLowerCase().length, 'ÀÉÎ'.toLowerCase(), 'ǆ'.toUpperCase());
const s = 'x😀y';
console.log(s.slice(1, 3) === '😀', s.indexOf('y'), s.at(1).length, '😀'.padStart(4, 'ab'), String.fromCodePoint(97, 128512, 98));
console.log([...'a😀b'].reverse().join(''), 'a😀'.codePointAt(1).toString(16));
