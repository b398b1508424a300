exports.before = true;
throw new Error('failed while loading');
