while (1) {
  break
  x
}
l: while (1) { continue
l }
