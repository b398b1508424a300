// Class bodies are strict: a detached method gets this === undefined; bind or arrows fix it.
class Button {
  constructor(label) { this.label = label; this.bound = this.click.bind(this); }
  click() { return this === undefined ? 'lost this' : 'clicked ' + this.label; }
  arrow = () => 'arrow ' + this.label;
}
const b = new Button('OK');
const { click, bound, arrow } = b;
console.log(click(), bound(), arrow());
console.log([1].map(b.click)[0], [1].map(b.click, b)[0]);
try { (function () { 'use strict'; return this.x; })(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
