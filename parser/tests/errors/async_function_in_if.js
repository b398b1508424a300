if (1) async function f(){}
