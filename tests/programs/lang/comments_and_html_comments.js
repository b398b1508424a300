// Block and line comments; HTML-like comments are line comments in sloppy scripts (Annex B).
let x = 1; /* block
comment */ x += 1; // line comment
<!-- this whole line is a comment
x += 10;
--> also a comment at line start
console.log(x);
console.log(1 /* inline */ + /* another */ 2);
