// `string_decoder`: StringDecoder, which turns Buffers into strings without
// splitting a character across two chunks (node's lib/string_decoder.js).
// The implementation lives with the streams that use it.
'use strict';

const { StringDecoder } = require('internal/streams/chunks');

module.exports = { StringDecoder };
