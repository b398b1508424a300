// A rejection reported as unhandled that gets a handler later: node emits
// 'rejectionHandled' after the handler's microtask; with no listener for it,
// a PromiseRejectionHandledWarning names the rejection id (every promise
// rejected with no handler counts, handled in time or not).
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.message, w.id));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
function onHandled(p) {
  console.log('rejectionHandled', p === late);
  process.removeListener('rejectionHandled', onHandled);
}
process.on('rejectionHandled', onHandled);
Promise.reject(new Error('in time')).catch(() => {});
const late = Promise.reject(new Error('late'));
const later = Promise.reject(new Error('later'));
setTimeout(() => {
  late.catch(() => console.log('caught late'));
  process.nextTick(() => console.log('tick'));
}, 5);
setTimeout(() => later.catch(() => console.log('caught later')), 10);
