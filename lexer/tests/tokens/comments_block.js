a /* same line */ b
c /* spans
lines */ d
e /**/ f /***/ g /* * / */ h
