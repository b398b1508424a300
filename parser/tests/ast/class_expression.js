const C = class Named extends (base()) {};
const D = class {};
