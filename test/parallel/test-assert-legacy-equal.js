'use strict';
// assert.equal / assert.notEqual use == (NaN equals NaN).
const assert = require('assert');

assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.notEqual({}, {});

assert.throws(() => assert.equal(1, 2), {
  code: 'ERR_ASSERTION',
  operator: '==',
  message: '1 == 2',
  generatedMessage: true,
});
assert.throws(() => assert.equal({ a: 1 }, { a: 1 }), { message: '{\n  a: 1\n} == {\n  a: 1\n}' });
assert.throws(() => assert.notEqual(1, '1'), { operator: '!=', message: "1 != '1'" });
assert.throws(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });
assert.throws(() => assert.equal(1, 2, 'custom'), { message: 'custom', generatedMessage: false });
const own = new RangeError('own');
assert.throws(() => assert.equal(1, 2, own), (e) => e === own);

for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual',
                    'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  assert.throws(() => assert[name](1), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}
