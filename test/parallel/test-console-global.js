'use strict';
// require('console') is the global console, whose methods are bound to it.
const assert = require('assert');
const consoleModule = require('console');

assert.strictEqual(consoleModule, console);
assert.strictEqual(typeof console.Console, 'function');
for (const name of ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
                    'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml',
                    'error', 'groupCollapsed']) {
  assert.strictEqual(typeof console[name], 'function', name);
  assert.strictEqual(console[name].name, name);
  assert.ok(Object.keys(console).includes(name), name);
}
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');

// Detached methods keep writing to process.stdout.
const writes = [];
const realWrite = process.stdout.write;
process.stdout.write = function(chunk, ...rest) {
  writes.push(String(chunk));
  return true;
};
try {
  const { log, info } = console;
  log('detached %s', 'log');
  info({ a: 1 });
} finally {
  process.stdout.write = realWrite;
}
assert.deepStrictEqual(writes, ['detached log\n', '{ a: 1 }\n']);
