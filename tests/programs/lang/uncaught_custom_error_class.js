// An uncaught instance of a custom Error subclass exits 1 after the output before it.
class ConfigError extends Error {
  constructor(key) { super(`missing config key: ${key}`); this.name = 'ConfigError'; }
}
const config = { host: 'localhost' };
for (const key of ['host', 'port']) {
  if (!(key in config)) throw new ConfigError(key);
  console.log('found', key);
}
