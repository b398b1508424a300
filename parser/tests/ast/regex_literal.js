const re = /ab+c/gi;
if (/x/.test(s)) {}
