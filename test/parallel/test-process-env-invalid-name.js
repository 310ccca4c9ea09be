'use strict';
// An environment variable cannot have an empty name or one containing '=':
// setting one stores nothing.
const assert = require('assert');

process.env[''] = 'x';
assert.strictEqual(process.env[''], undefined);
assert.strictEqual('' in process.env, false);
process.env['A=B'] = '1';
assert.strictEqual(process.env['A=B'], undefined);
assert.strictEqual(Object.keys(process.env).includes('A=B'), false);
process.env.EDDY_TEST_OK = 1;
assert.strictEqual(process.env.EDDY_TEST_OK, '1');
delete process.env.EDDY_TEST_OK;
