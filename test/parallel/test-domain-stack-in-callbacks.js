'use strict';
// A callback scheduled in a domain runs with that domain entered, as Node's
// before/after hooks do: domain._stack holds it alone (not the domains that
// were entered around the scheduling code), and exiting it empties the stack.
const assert = require('assert');
const domain = require('domain');
const { AsyncLocalStorage } = require('async_hooks');

const seen = {};
const log = (tag) => { seen[tag] = [domain._stack.map((d) => d.name), process.domain?.name]; };
const a = domain.create();
a.name = 'a';
const b = domain.create();
b.name = 'b';
const als = new AsyncLocalStorage();

a.run(() => {
  b.run(() => {
    log('sync');
    // Another storage's run() does not leave the domains.
    als.run(1, () => log('als.run'));
    log('after als.run');
    setTimeout(() => {
      log('timeout');
      b.exit();
      log('timeout after exit');
    }, 1);
    process.nextTick(() => log('tick'));
    Promise.resolve().then(() => log('then'));
    setImmediate(() => {
      log('immediate');
      a.enter();
      log('immediate entered a');
    });
  });
  log('after b');
});
log('top');
setTimeout(() => log('later'), 20);

process.on('exit', () => {
  assert.deepStrictEqual(seen, {
    'sync': [['a', 'b'], 'b'],
    'als.run': [['a', 'b'], 'b'],
    'after als.run': [['a', 'b'], 'b'],
    'after b': [['a'], 'a'],
    'top': [[], undefined],
    'tick': [['b'], 'b'],
    'then': [['b'], 'b'],
    'timeout': [['b'], 'b'],
    'timeout after exit': [[], undefined],
    'immediate': [['b'], 'b'],
    'immediate entered a': [['b', 'a'], 'a'],
    'later': [[], undefined],
  });
});
