let a = 4, g = 2, i = 1
let x = a / g / i
let r = /ab+c/gi.test("abbc")
if (x) /re/.exec("re")
let y = (a) / 2
