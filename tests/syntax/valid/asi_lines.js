let a = 1
let b = a
(function () {})
let c = b
;[1, 2].forEach(f)
a
++b
const d = `x${a}y`
return
