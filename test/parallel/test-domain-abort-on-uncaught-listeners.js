'use strict';
// --abort-on-uncaught-exception: an error a domain with 'error' listeners
// takes does not abort; an error that no domain listener takes aborts
// before process 'uncaughtException' listeners run, and so does an error
// thrown by a domain's 'error' listener.
const assert = require('assert');
const { spawnSync } = require('child_process');

const cases = {
  handled: `
    const d = require('domain').create();
    d.on('error', (e) => console.log('domain', e.message));
    d.run(() => setTimeout(() => { throw new Error('t'); }, 1));
    d.run(() => { throw new Error('sync'); });`,
  nestedHandled: `
    const domain = require('domain');
    const outer = domain.create();
    outer.on('error', (e) => console.log('outer', e.message));
    outer.run(() => domain.create().run(() => { throw new Error('inner'); }));`,
  noListener: `
    process.on('uncaughtException', () => console.log('listener ran'));
    const d = require('domain').create();
    d.run(() => setImmediate(() => { throw new Error('boom'); }));`,
  listenerThrows: `
    const d = require('domain').create();
    d.on('error', () => { throw new Error('from listener'); });
    d.run(() => process.nextTick(() => { throw new Error('first'); }));`,
  noDomain: `
    process.on('uncaughtException', () => console.log('listener ran'));
    setTimeout(() => { throw new Error('plain'); }, 1);`,
};

const aborted = (r) => r.signal === 'SIGABRT' || r.signal === 'SIGTRAP' || r.signal === 'SIGILL';
for (const [name, source] of Object.entries(cases)) {
  // No core file: the shell limits it to 0 bytes first.
  const r = spawnSync('/bin/sh', ['-c', 'ulimit -c 0 && exec "$0" --abort-on-uncaught-exception -e "$1"',
                                  process.execPath, source], { encoding: 'utf8' });
  switch (name) {
    case 'handled':
      assert.strictEqual(r.status, 0, `${name}: ${r.stderr}`);
      assert.deepStrictEqual(r.stdout.split('\n').sort(), ['', 'domain sync', 'domain t']);
      break;
    case 'nestedHandled':
      assert.strictEqual(r.status, 0, `${name}: ${r.stderr}`);
      assert.strictEqual(r.stdout, 'outer inner\n');
      break;
    default:
      assert.ok(aborted(r), `${name}: ${r.status} ${r.signal} ${r.stderr}`);
      assert.strictEqual(r.stdout, '');
  }
}
