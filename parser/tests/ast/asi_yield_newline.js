function* g() {
  yield
  x
}
