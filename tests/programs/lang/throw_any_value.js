// Any value can be thrown; catch receives it unchanged.
const values = [42, 'str', null, undefined, { code: 7 }, [1, 2], Symbol.for('s')];
for (const v of values) {
  try { throw v; } catch (e) { console.log(typeof e, e === v, String(e && e.code)); }
}
