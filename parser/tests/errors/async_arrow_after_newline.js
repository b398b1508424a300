async x
=> 1
