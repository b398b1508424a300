async function* stream() {
  for await (const chunk of source) yield chunk;
}
