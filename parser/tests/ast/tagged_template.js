tag`hello ${name}!`;
String.raw`\n`;
