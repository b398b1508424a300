const a = async () => 1;
const b = async x => await x;
const c = async (x, y) => x + y;
