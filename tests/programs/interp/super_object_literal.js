// super in object literal methods uses the literal's prototype.
const base = {
  greet() {
    return 'base greet';
  },
  get who() {
    return 'base';
  },
};
const derived = {
  __proto__: base,
  greet() {
    return 'derived + ' + super.greet();
  },
  get who() {
    return 'derived(' + super.who + ')';
  },
};
console.log(derived.greet(), derived.who);
const obj = Object.setPrototypeOf({ toString() { return 'custom ' + super.toString(); } }, Object.prototype);
console.log(`${obj}`);
