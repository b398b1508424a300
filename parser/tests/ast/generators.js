function* count() {
  yield 1;
  yield* other();
  const x = yield;
}
