// An exception in an immediate ends the process after the callbacks before it.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => {
  null.boom;
});
setImmediate(() => console.log('never runs'));
