// Mixing ?? with || without parentheses is an early SyntaxError: nothing runs and the exit code is 1.
console.log('never printed, the whole script fails to parse');
const v = null ?? 0 || 'x';
