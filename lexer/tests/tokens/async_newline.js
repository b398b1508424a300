async
function f() {}
async function g() {}
async () => 1;
async
(x);
class A { async
m() {} }
