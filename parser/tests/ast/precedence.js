x = a + b * c - d / e % f;
y = a << 1 | b & c ^ d;
z = !a && b || c;
w = a < b == c > d;
