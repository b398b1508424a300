// finally blocks still run before an uncaught error terminates the program.
try {
  console.log('in try');
  null.boom;
} finally {
  console.log('finally ran');
}
