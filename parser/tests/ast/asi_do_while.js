do x++; while (x < 5) y()
