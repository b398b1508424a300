for (let i = 0, j = 10; i < j; i++, j--) {}
for (;;) break;
