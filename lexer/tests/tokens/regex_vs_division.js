a / b / c;
x = /re/g;
(a) / 2;
[1] / 2;
a++ / 2;
this / 2;
x = y / z / w;
'str' / 2;
