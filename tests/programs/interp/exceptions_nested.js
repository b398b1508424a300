// Nested try/catch/finally, rethrow, and exceptions crossing function calls.
function risky(n) {
  if (n > 2) throw new RangeError(`too big: ${n}`);
  return n;
}
const log = [];
for (let i = 1; i <= 4; i++) {
  try {
    try {
      log.push(risky(i));
    } finally {
      log.push(`f${i}`);
    }
  } catch (e) {
    log.push(e.message);
    if (i === 4) {
      try {
        throw e;
      } catch (again) {
        log.push('rethrown ' + (again === e));
      }
    }
  }
}
console.log(log);
function cleanupOrder() {
  const order = [];
  try {
    try {
      throw new Error('a');
    } catch (e) {
      order.push('catch ' + e.message);
      throw new Error('b');
    } finally {
      order.push('inner finally');
    }
  } catch (e) {
    order.push('outer ' + e.message);
  } finally {
    order.push('outer finally');
  }
  return order;
}
console.log(cleanupOrder());
try {
  throw { code: 42 };
} catch ({ code }) {
  console.log('destructured catch', code);
}
try {
  throw null;
} catch {
  console.log('optional catch binding');
}
