// Template escapes: cooked vs raw strings, line continuation, and \u{...} in templates.
const t = (s) => [s[0], s.raw[0]];
console.log(t`a\tb`, t`\u{1F600}`[0].length, t`\u{1F600}`[1]);
console.log(`line1\
line1-continued`, `x\`y`.length, String.raw`\``);
console.log(`${1}${2}`, `${'a'}b${'c'}`, `${[1, 2].map((x) => `<${x}>`).join('')}`);
