var x; let x;
