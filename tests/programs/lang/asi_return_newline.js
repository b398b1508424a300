// ASI: a newline after return, break, continue or throw-less statements ends the statement.
function f() {
  return
  42;
}
console.log(f());
let a = 1
let b = 2
const c = a
+ b
console.log(c)
let i = 0
i
++
b
console.log(i, b)
const arr = [1, 2]
;[3, 4].forEach((x) => arr.push(x))
console.log(arr)
