const s = `a${b}c${d + e}f`;
const empty = ``;
