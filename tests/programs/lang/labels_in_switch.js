// break inside switch leaves the switch; a labelled break or continue leaves the surrounding loop.
const out = [];
loop: for (const v of [1, 2, 3, 4]) {
  switch (v) {
    case 1: out.push('one'); break;
    case 2: out.push('two, skip'); continue loop;
    case 3: out.push('three, stop'); break loop;
  }
  out.push('after switch ' + v);
}
console.log(out.join(' | '));
