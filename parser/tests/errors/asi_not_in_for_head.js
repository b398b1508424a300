for (a
b;;) {}
