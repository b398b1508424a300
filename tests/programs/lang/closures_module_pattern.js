// The module pattern: an IIFE returns an API over private state.
const bank = (function () {
  let balance = 0;
  const history = [];
  function record(kind, n) { history.push(`${kind}:${n}`); }
  return {
    deposit(n) { balance += n; record('d', n); return this; },
    withdraw(n) { if (n > balance) throw new RangeError('insufficient funds'); balance -= n; record('w', n); return this; },
    get balance() { return balance; },
    history: () => history.slice(),
  };
})();
bank.deposit(100).withdraw(30);
try { bank.withdraw(500); } catch (e) { console.log(e.name, e.message); }
console.log(bank.balance, bank.history(), typeof balance);
