while (x) x--;
do { x++; } while (x < 10)
