// No semicolon is inserted when the next line can continue the expression.
const f = (x) => x * 2
const r = f
(21)
console.log(r)
const s = 'a'
+ 'b'
console.log(s)
let obj = { m() { return 'm' } }
let t = obj
.m()
console.log(t)
const tpl = String.raw
`x${1}`
console.log(tpl)
