const a = () => 1;
const b = x => x * 2;
const c = (x, y) => { return x + y; };
const d = () => ({ value: 1 });
