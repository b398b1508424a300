async function f() {
  for await (const x of stream) {}
}
