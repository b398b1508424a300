// Ported from node v20's lib/internal/streams/passthrough.js (MIT licence, Node.js
// contributors): node's own stream implementation, so event order matches node.
// Primordials became plain method calls; errors and validators come from
// ./shared.js.

// a passthrough stream.
// basically just the most minimal sort of Transform stream.
// Every written chunk gets output as-is.

'use strict';


module.exports = PassThrough;

const Transform = require('internal/streams/transform');
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

function PassThrough(options) {
  if (!(this instanceof PassThrough))
    return new PassThrough(options);

  Transform.call(this, options);
}

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};
