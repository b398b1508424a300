for (const [k, v] of map) {}
for (x of xs);
for ([a, b] of pairs);
