// Labels are scoped to their statement; the same label name may be reused in sequence or nested functions.
const out = [];
L: for (let i = 0; i < 2; i++) { out.push('first ' + i); continue L; }
L: for (let i = 0; i < 2; i++) {
  const f = () => { L: for (;;) { out.push('inner fn'); break L; } return 'returned'; };
  out.push(f());
  break L;
}
console.log(out.join(' | '));
