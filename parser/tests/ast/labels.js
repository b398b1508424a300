outer: for (const a of as) {
  inner: for (const b of bs) {
    if (b) continue outer;
    break inner;
  }
}
