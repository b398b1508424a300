for (var i = ('a' in o) ? 1 : 0; i < 2; i++);
