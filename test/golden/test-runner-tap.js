'use strict';
// node:test's TAP reporter (stdout is not a TTY): nesting, suites, hooks,
// skip/todo, diagnostics, failures without stacks and the summary.
// Durations and this directory's path are taken out of the output.
const { test, describe, it, before, afterEach } = require('node:test');

const write = process.stdout.write;
let pending = '';
process.stdout.write = function(chunk) {
  pending += chunk;
  const end = pending.lastIndexOf('\n') + 1;
  const lines = pending.slice(0, end);
  pending = pending.slice(end);
  const text = lines.split(__dirname).join('.')
    .replace(/^ *duration_ms: .*\n/gm, '')
    .replace(/^# duration_ms .*\n/gm, '');
  return write.call(process.stdout, text);
};

test('passes', () => {});
test('async passes', async () => { await null; });
test('callback passes', (t, done) => { setImmediate(done); });
test('throws a string', () => { throw 'just a string'; });
test('plan not met', (t) => {
  t.plan(2);
  t.assert.ok(true);
});
test('parent', (t) => {
  t.diagnostic('a diagnostic # with hash');
  t.test('child ok', () => {});
  t.test('child fails', (t, done) => done('child failure'));
});
test('skipped', { skip: true }, () => {});
test('skipped with reason', { skip: 'no reason' }, () => {});
test('todo', { todo: 'later' }, () => { throw 'not yet'; });
test('name with # and \\ and\nnewline', () => {});
describe('suite', () => {
  const log = [];
  before(() => log.push('before'));
  afterEach(() => log.push('afterEach'));
  it('first', () => {});
  describe('nested', () => {
    it('second', () => {});
  });
  it('check hooks', () => {
    if (log.join() !== 'before,afterEach,afterEach') throw `bad order ${log}`;
  });
});
describe('cancelled children', () => {
  before(() => { throw 'before failed'; });
  it('never runs', () => {});
});
test('timeout', { timeout: 5 }, () => new Promise((resolve) => setTimeout(resolve, 200)));
