// Counters and groups; stderr output is indented by the group too.
console.count('a'); console.count('a'); console.countReset('a'); console.count('a');
console.group('level 1');
console.error('error inside group');
console.group('level 2');
console.log('multi\nline');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to zero');
