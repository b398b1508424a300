// finally runs when continue/break leaves a try inside a loop.
const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    if (i === 2) break;
    log.push('body ' + i);
  } finally {
    log.push('finally ' + i);
  }
}
console.log(log.join(', '));
function nested() { try { try { return 'inner'; } finally { log.push('f1'); } } finally { log.push('f2'); } }
console.log(nested(), log.slice(-2));
