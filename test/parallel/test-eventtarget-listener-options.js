'use strict';
// addEventListener options: duplicates, capture, once, signal; argument
// validation.
const assert = require('assert');

const t = new EventTarget();
let n = 0;
const f = () => n++;
t.addEventListener('c', f);
t.addEventListener('c', f);
t.addEventListener('c', f, true);
t.addEventListener('c', f, { capture: false });
t.dispatchEvent(new Event('c'));
assert.strictEqual(n, 2);
t.removeEventListener('c', f);
t.dispatchEvent(new Event('c'));
assert.strictEqual(n, 3);
t.removeEventListener('c', f, { capture: true });
t.dispatchEvent(new Event('c'));
assert.strictEqual(n, 3);

t.addEventListener('o', f, { once: true });
t.dispatchEvent(new Event('o'));
t.dispatchEvent(new Event('o'));
assert.strictEqual(n, 4);

const ac = new AbortController();
t.addEventListener('s', f, { signal: ac.signal });
t.dispatchEvent(new Event('s'));
ac.abort();
t.dispatchEvent(new Event('s'));
t.addEventListener('s', f, { signal: ac.signal });
t.dispatchEvent(new Event('s'));
assert.strictEqual(n, 5);

assert.throws(() => t.addEventListener('a'), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => t.addEventListener('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
});
assert.throws(() => t.addEventListener('a', f, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => t.addEventListener('a', f, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => t.removeEventListener('a'), { code: 'ERR_MISSING_ARGS' });
