// `fs/promises`: the promise forms of `fs`, the same object as `fs.promises`.
'use strict';

module.exports = require('fs').promises;
