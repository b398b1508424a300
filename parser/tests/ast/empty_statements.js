;;
if (a);
for (;;);
