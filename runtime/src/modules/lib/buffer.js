// `buffer`: node's module of the same name. `Buffer` itself is built into the
// interpreter (interp/src/builtins/buffer.rs) because it is also a global; this
// module hands it out with the constants node exports next to it.
'use strict';

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;

module.exports = {
  Buffer,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
};
