// process.stdin in flowing mode with an encoding: 'data' chunks as strings,
// then 'end' and 'close'.
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  text += chunk;
});
process.stdin.on('end', () => {
  const lines = text.split('\n').filter(Boolean);
  console.log('lines:', lines.length);
  console.log('first:', lines[0]);
  console.log('last:', lines[lines.length - 1]);
});
process.stdin.on('close', () => console.log('close'));
