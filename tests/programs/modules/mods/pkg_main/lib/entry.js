module.exports = { from: 'pkg_main/lib/entry.js' };
