function* g() { yield
* x }
