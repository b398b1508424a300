var of = 1, get = 2, set = 3, target = 4, static = 5;
of + get + set + target + static;
