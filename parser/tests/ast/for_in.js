for (const key in obj) {}
for (var k in o);
for (x.y in o);
