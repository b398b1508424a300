{} /re/;
x = {} / 2;
function f() {} /re/;
({}) / 1;
x = { a: {} } / 3;
switch (x) { case 1: {} /r/ }
