let n = 3in;
