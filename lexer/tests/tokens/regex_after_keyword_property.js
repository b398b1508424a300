iterator.return / 2;
x.default / y / z;
p.catch(e) / 2;
x.if(a) / 3;
a?.delete / 4;
if (x) /re/;
return /re/;
