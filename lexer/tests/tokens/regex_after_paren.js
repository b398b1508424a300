if (x) /re/.test(y);
while (x) /a/g.exec(s);
for (;;) /a/;
with (o) /b/;
f(x) / 2;
if ((a)) /c/;
