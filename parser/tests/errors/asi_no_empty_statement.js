if (a)
else b
