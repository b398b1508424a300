// process.exitCode is the exit status when the program ends by itself.
console.log("setting exitCode");
process.exitCode = 3;
setTimeout(() => console.log("timers still run"), 1);
