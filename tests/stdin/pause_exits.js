// Pausing stdin after the first chunk stops reading, and the program ends
// once nothing else is left to do, without reading the rest.
process.stdin.once('data', (chunk) => {
  console.log('first chunk starts with:', JSON.stringify(chunk.toString().slice(0, 6)));
  process.stdin.pause();
  setTimeout(() => console.log('timer after pause'), 5);
});
process.on('exit', () => console.log('exit'));
