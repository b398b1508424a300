a
++b
c
--d
e++
f--
x = ()
=> 1
y = z => 1
