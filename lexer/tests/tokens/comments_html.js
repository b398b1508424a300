x = 1 <!-- html open comment
--> html close comment at line start
a-->b
/*
*/ --> after a multi-line comment
y
