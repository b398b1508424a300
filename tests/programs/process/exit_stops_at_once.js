// process.exit stops the program at once: no later statement, timer or finally runs.
setTimeout(() => console.log("never"), 0);
try {
  console.log("before exit");
  process.exit(2);
  console.log("not printed");
} finally {
  console.log("finally is skipped too");
}
