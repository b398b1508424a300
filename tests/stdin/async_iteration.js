// for await over process.stdin: Buffer chunks, summed up.
async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const all = Buffer.concat(chunks);
  console.log('is Buffer:', Buffer.isBuffer(chunks[0]), 'bytes:', all.length);
  const sum = all
    .toString()
    .split('\n')
    .filter(Boolean)
    .reduce((total, n) => total + Number(n), 0);
  console.log('sum:', sum);
}
main();
