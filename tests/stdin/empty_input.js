// An empty stdin ends at once, in paused mode with 'readable' and read().
process.stdin.on('readable', () => {
  const chunk = process.stdin.read();
  console.log('readable, read():', chunk);
});
process.stdin.on('end', () => console.log('end'));
