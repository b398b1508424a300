let x; var x;
