// The `module` core module is the loader's `Module` class. The loader
// (internal/loader.js) registers it when it starts, so this file never runs;
// it is here so that `module` appears in the table of core modules.
'use strict';
