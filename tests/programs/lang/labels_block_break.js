// break works on labelled blocks and labelled statements that are not loops.
const log = [];
block: {
  log.push('start');
  if (log.length) break block;
  log.push('unreachable');
}
log.push('after');
a: b: for (const x of [1, 2]) { log.push('x' + x); break a; }
check: if (true) { log.push('in if'); break check; }
console.log(log.join(','));
