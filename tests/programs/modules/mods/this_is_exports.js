this.viaThis = true;
module.exports.same = this === module.exports;
var topLevel = 'not global';
