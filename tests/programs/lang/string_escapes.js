// String escape sequences in literals.
const s = 'tab\there\nnl \\ \' " \x41 \u0042 \u{43} \0end';
console.log(s.length, JSON.stringify(s));
console.log("double \"quoted\"", 'line\
continued');
console.log('\v\f\b'.split('').map((c) => c.charCodeAt(0)));
