// `os`: the facts about the machine that SUBSET.md lists, from native hooks
// and the environment, after node's lib/os.js.
'use strict';

const binding = require('internal/binding');

function tmpdir() {
  let path = binding.env('TMPDIR') || binding.env('TMP') || binding.env('TEMP') || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  return binding.env('HOME') || '/';
}

function cpus() {
  const list = [];
  const n = binding.cpuCount();
  for (let i = 0; i < n; i++) {
    // The model and times are not tracked; callers mostly want the count.
    list.push({ model: '', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  }
  return list;
}

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  platform: () => binding.platform,
  type: () => (binding.platform === 'linux' ? 'Linux' : binding.platform),
  tmpdir,
  homedir,
  hostname: () => binding.hostname(),
  cpus,
  availableParallelism: () => binding.cpuCount(),
  endianness: () => 'LE',
};
