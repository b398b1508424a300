// Execution order through nested try/catch/finally and rethrow.
const log = [];
try {
  try {
    log.push('inner try');
    throw new Error('E1');
  } catch (e) {
    log.push('inner catch ' + e.message);
    throw new Error('E2');
  } finally {
    log.push('inner finally');
  }
} catch (e) {
  log.push('outer catch ' + e.message);
} finally {
  log.push('outer finally');
}
console.log(log.join(' > '));
try { log.length = 0; } catch { console.log('optional binding'); } finally { console.log('cleared', log.length); }
try { throw 1; } catch { console.log('catch without binding'); }
