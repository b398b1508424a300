x = /abc
y = /a\
z = /[/
