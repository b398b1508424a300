// TDZ in for-loop heads (let and for-of) and in computed keys that read a later let.
try { for (let i = i; ;) {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { for (const x of [x]) {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { const o = { [k]: 1 }; let k = 'a'; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
