return /re/;
typeof /re/;
yield /re/;
await /re/;
case /re/:
x in /re/;
void /re/;
x = y ? /a/ : /b/;
[/a/, /b/];
