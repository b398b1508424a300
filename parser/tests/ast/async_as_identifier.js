var async = 1;
async(1, 2);
async.x = async;
const f = async => async;
