// Throws when loaded, to show which file an uncaught error names.
function explode() {
  throw new TypeError('exploded in a module');
}
explode();
