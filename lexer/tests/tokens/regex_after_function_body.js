x = function () {} / 2;
function f() {} /re/;
y = { m: function () {} / 3 };
label: function g() {} /re/;
x = async function () {} / 4;
x = function* gen() {} / 5;
(function () {}) / 6;
if (a) function h() {} /re/;
z = a
function k() {} /re/
