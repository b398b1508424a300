const f = async ({ a, b: [c = 1] }, ...rest) => a + c
const g = (x) => ({ x })
;[f, g] = [g, f]
