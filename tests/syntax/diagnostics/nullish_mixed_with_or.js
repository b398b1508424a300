const v = a ?? b || c;
