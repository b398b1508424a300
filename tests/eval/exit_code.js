// process.exitCode and process.exit work as in a script file.
process.exitCode = 3;
setTimeout(() => process.exit(5), 0);
'printed before the exit';
