// let/const/class are hoisted but unusable before their declaration (temporal dead zone).
try { console.log(a); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
let a = 1;
try { b = 5; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const b = 2;
try { typeof c; } catch (e) { console.log('typeof in TDZ:', e.constructor.name); }
let c;
function readLater() { return d; }
try { readLater(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
let d = 'now ok';
console.log(readLater());
