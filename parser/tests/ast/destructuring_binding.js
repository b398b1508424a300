const { a, b: { c }, d = 1, ...rest } = obj;
let [x, , y = 2, ...others] = arr;
