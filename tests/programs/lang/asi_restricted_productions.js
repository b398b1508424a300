// Restricted productions: postfix ++ and a continue label must stay on the same line.
let x = 1, y = 5;
x
++y
console.log(x, y);
outer: for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    try {
      if (j === 0) continue
      outer
    } catch (e) { console.log('continue had no label:', e.constructor.name, e.message) }
    console.log('reached', i, j)
  }
}
const g = () =>
  'arrow body on next line'
console.log(g())
