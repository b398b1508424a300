tag`\unicode`; tag`\xg`; tag`\01`; tag`\8`; `\u{110000}`; tag`ok${x}\u`;
