// 1,000,000 awaits in a loop: the cost of suspending and resuming an async function.
async function main() {
  let sum = 0;
  for (let i = 0; i < 1000000; i++) {
    sum += await i;
  }
  console.log(sum);
}
main();
