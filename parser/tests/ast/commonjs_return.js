if (done) return;
module.exports = 1;
