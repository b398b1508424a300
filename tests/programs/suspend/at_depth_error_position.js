// An exception thrown after a hoisted await reports its own position.
const p = (x) => Promise.resolve(x);
async function main() {
  console.log('start', await p(1));
  console.log(await p(2), missingName);
}
main().catch((e) => {
  console.log(e.message);
  console.log(e.stack.split('\n')[1].replace(__dirname, '.'));
});
