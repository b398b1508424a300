async
function f() {}
