do x
while (y) z w
