// Opens N connections to 127.0.0.1:PORT (a few hundred at a time), holds them
// idle, and prints `connected N` once all are up; it exits when stdin closes.
//   node idle_client.js PORT N
'use strict';
const net = require('net');

const port = Number(process.argv[2]);
const total = Number(process.argv[3] || 10000);
const sockets = [];
let opened = 0;
let failed = 0;

function openBatch() {
  const batch = Math.min(200, total - opened - failed);
  if (batch <= 0) return;
  let left = batch;
  for (let i = 0; i < batch; i++) {
    const s = net.connect(port, '127.0.0.1', () => {
      opened++;
      if (--left === 0) next();
    });
    s.on('error', () => {
      failed++;
      if (--left === 0) next();
    });
    sockets.push(s);
  }
}

function next() {
  if (opened + failed < total) openBatch();
  else console.log('connected ' + opened + ' failed ' + failed);
}

openBatch();
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
