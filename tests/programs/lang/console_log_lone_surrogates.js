// console.log escapes lone surrogates inside quoted strings in arrays.
console.log('a😀'.split(''));
console.log(['\uD800', 'ok', '\uDFFF']);
