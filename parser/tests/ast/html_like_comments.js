x = 1 /* a
b */ + 2;
// comment
