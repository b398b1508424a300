// A Transform that upper-cases text and counts chunks in flush().
const { Transform } = require('stream');

let count = 0;
const upper = new Transform({
  transform(chunk, encoding, callback) {
    count++;
    callback(null, chunk.toString().toUpperCase());
  },
  flush(callback) {
    this.push('[' + count + ' chunks]');
    callback();
  },
});
const out = [];
upper.on('data', (d) => out.push(d.toString()));
upper.on('end', () => console.log('end:', out.join('|')));
upper.on('finish', () => console.log('finish'));
upper.on('close', () => console.log('close'));
upper.write('hello ');
upper.write('stream ');
upper.end('world');
