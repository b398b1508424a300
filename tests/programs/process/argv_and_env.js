// process.argv holds the executable, the script's absolute path, then the arguments;
// process.env is a plain object of strings.
const path = require("path");
console.log(process.argv.length, path.basename(process.argv[1]));
console.log(typeof process.env, typeof process.env.PATH, process.env.NO_SUCH_VARIABLE_X);
console.log(process.platform, typeof process.pid, typeof process.cwd());
console.log(path.isAbsolute(process.argv[1]), process.cwd() === __dirname);
