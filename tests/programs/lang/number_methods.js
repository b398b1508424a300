// toFixed, toPrecision, toExponential and toString(radix).
const n = 1234.5678;
console.log(n.toFixed(2), n.toFixed(0), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (1.005).toFixed(2));
console.log(n.toPrecision(6), n.toPrecision(2), (0.00001234).toPrecision(2), (123).toPrecision(1));
console.log(n.toExponential(3), (0).toExponential(), (1e21).toFixed(2), (-1.5).toFixed(1));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log((1e21).toString(36).length > 0, Number('0x' + (48879).toString(16)));
