// Replacing module.exports wins over properties set on the old `exports`.
exports.lost = true;
module.exports = function greet(name) {
  return 'hello ' + name;
};
module.exports.kind = 'function';
