console.log(['\x0b', '\x1b[0m', '\x7f\x80\x9f\xa0', '\ud800', '\udc00x', 'ok\u00e9']);
console.log({ text: 'first line of a long text\nsecond line of a long text\nthird line, the end' });
console.log(['a fairly long line that is here\nand another one after it to pass the width']);
console.log({ short: 'a\nb' });
console.log({ deep: { deeper: { s: 'x'.repeat(30) + '\n' + "y'".repeat(30) + '\n' + 'z' } } });
