// Found by walking up: deep/inner -> deep -> mods/node_modules/leftpad.
const leftpad = require('leftpad');
module.exports = leftpad('7', 3, '0');
