if (x) let y = 1
