// switch on strings and objects (by identity), with a block per case for lexical declarations.
const key = { id: 1 };
const same = key;
function pick(x) {
  switch (x) {
    case key: return 'the key object';
    case 'a': { const msg = 'letter a'; return msg; }
    case 'b': { const msg = 'letter b'; return msg; }
    case undefined: return 'undefined';
    case null: return 'null';
  }
  return 'no match';
}
console.log(pick(same), pick({ id: 1 }), pick('a'), pick('b'), pick(), pick(null), pick(0));
