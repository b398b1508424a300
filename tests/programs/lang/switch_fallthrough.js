// switch uses ===, falls through without break, and default can sit anywhere.
function classify(v) {
  const out = [];
  switch (v) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case '3': out.push('string three'); break;
    case 4: { out.push('four'); }
  }
  return out.join('+');
}
console.log([1, 2, 3, '3', 4, '1'].map(classify));
switch (NaN) { case NaN: console.log('never'); break; default: console.log('NaN never matches'); }
