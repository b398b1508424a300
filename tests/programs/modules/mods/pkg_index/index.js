module.exports = { from: 'pkg_index/index.js', parentIsModule: typeof module.parent };
