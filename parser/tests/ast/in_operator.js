x = 'a' in o;
for (const k in { a: 1 }) {}
