'use strict';
// before/after run once per suite; beforeEach runs outermost first and
// afterEach innermost first, around each test, including global hooks.
const assert = require('assert');
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');

const log = [];
beforeEach(() => log.push('root beforeEach'));
afterEach(() => log.push('root afterEach'));
describe('outer', () => {
  before(() => log.push('outer before'));
  after(() => log.push('outer after'));
  beforeEach((t) => log.push(`outer beforeEach ${t.name}`));
  afterEach((t) => log.push(`outer afterEach ${t.name}`));
  it('one', () => log.push('one'));
  describe('inner', () => {
    beforeEach(() => log.push('inner beforeEach'));
    afterEach(() => log.push('inner afterEach'));
    it('two', () => log.push('two'));
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'outer before',
    'root beforeEach', 'outer beforeEach one', 'one', 'outer afterEach one', 'root afterEach',
    'root beforeEach', 'outer beforeEach two', 'inner beforeEach', 'two',
    'inner afterEach', 'outer afterEach two', 'root afterEach',
    'outer after',
  ]);
});
