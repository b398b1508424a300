console.log(['plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `']);
console.log({ s: 'line\nbreak', t: 'tab\there', b: 'back\\slash' });
console.log(['\x01\x7f', 'é', '😀', '\u0000']);
console.log('top level is not quoted', 'it\'s');
console.log(['${x} and \' and "']);
