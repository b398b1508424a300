const r = -2 ** 2;
