// What goes wrong: missing modules (with node's require stack), bad JSON,
// errors and syntax errors while loading, unknown core modules, bad ids.
const path = require('path');
function show(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    const here = path.dirname(__dirname);
    const message = e.message.split(here).join('<dir>');
    console.log(e.name, e.code, JSON.stringify(message));
    if (e.requireStack) console.log(e.requireStack.map((p) => path.basename(p)));
  }
}
show(() => require('./nope'));
show(() => require('./mods/missing_inside'));
show(() => require('no-such-package'));
show(() => require('node:no-such-module'));
show(() => require('./mods/bad.json'));
show(() => require('./mods/throws'));
show(() => require('./mods/syntax_error'));
show(() => require(42));
show(() => require(''));
// A module that threw is not cached: requiring it again runs it again.
show(() => require('./mods/throws'));
show(() => require.resolve('./nope'));
