a: { b: { break a; } }
