// JSON.parse reports errors with V8's messages and positions.
for (const t of ['{bad', '{"a" 1}', '{"a":1 "b"}', '[1 2]', '', '   ', '"abc', '"a\u0001"', '[1,]', '{"a":1,}', '1 2', 'tru', '-', '1.', '1e', '"\\x"', '{"a":}', 'undefined', 'nul', '[', '{']) {
  try { JSON.parse(t); console.log('ok', t); } catch (e) { console.log(JSON.stringify(t), e.message); }
}
