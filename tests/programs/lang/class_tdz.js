// Class declarations are in the TDZ before their definition, like let.
try { new Later(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class Later {}
console.log(typeof Later);
try {
  class Self extends (console.log('evaluating heritage'), Self) {}
} catch (e) { console.log(e.constructor.name + ': ' + e.message); }
