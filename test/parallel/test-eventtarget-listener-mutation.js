'use strict';
// Listeners removed during a dispatch are skipped; a listener appended
// during a dispatch runs only if the iteration has not yet passed the end;
// stopImmediatePropagation stops the remaining listeners.
const assert = require('assert');

const log = [];
const t = new EventTarget();
const f3 = () => log.push('3');
t.addEventListener('a', () => {
  log.push('1');
  t.removeEventListener('a', f3);
  t.addEventListener('a', () => log.push('late'));
});
t.addEventListener('a', f3);
t.dispatchEvent(new Event('a'));
assert.deepStrictEqual(log, ['1']);

const log2 = [];
const t2 = new EventTarget();
t2.addEventListener('b', () => { log2.push('b1'); t2.addEventListener('b', () => log2.push('added')); });
t2.addEventListener('b', () => log2.push('b2'));
t2.dispatchEvent(new Event('b'));
assert.deepStrictEqual(log2, ['b1', 'b2', 'added']);

const log3 = [];
const t3 = new EventTarget();
t3.addEventListener('s', (e) => { log3.push('s1'); e.stopImmediatePropagation(); });
t3.addEventListener('s', () => log3.push('s2'));
const e = new Event('s');
t3.dispatchEvent(e);
assert.deepStrictEqual(log3, ['s1']);
assert.strictEqual(e.cancelBubble, true);
