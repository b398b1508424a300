// Numbers print in the shortest round-trip form, like node.
console.log(0.1 + 0.2, 1e21, 1e-7, 5e-7, 123456789012345680000, -0, [-0], 0 / 0, -1 / 0);
console.log(String(-0), (255).toString(16), (0.5).toString(2), (3.14159).toFixed(2), (1234.5678).toPrecision(6));
console.log(2 ** 53, 2 ** 53 + 1, 1 / 3, 100 / 3, 1e300 * 1e10);
console.log(parseInt('42px'), parseFloat('3.5e2x'), Number(''), Number(' 12 '), Number('0x1f'), Number('abc'));
