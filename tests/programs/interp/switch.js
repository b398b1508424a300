// switch uses strict equality and falls through until break.
function kind(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    case '1':
      out.push('string one');
      break;
    default:
      out.push('other');
  }
  return out.join(',');
}
console.log(kind(1), kind(2), kind('1'), kind(3));
