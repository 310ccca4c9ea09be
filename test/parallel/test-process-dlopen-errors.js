'use strict';
// eddy runs no .node addon: a file that is no shared library gets the
// loader's message as in Node; a library that loads is refused by name.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const broken = path.join(dir, 'broken.node');
  fs.writeFileSync(broken, 'not a shared library');
  assert.throws(() => require(broken), {
    name: 'Error',
    code: 'ERR_DLOPEN_FAILED',
    message: `${broken}: file too short`,
  });
  const missing = path.join(dir, 'missing.node');
  assert.throws(() => process.dlopen({ exports: {} }, missing), {
    code: 'ERR_DLOPEN_FAILED',
    message: `${missing}: cannot open shared object file: No such file or directory`,
  });
  assert.throws(() => process.dlopen({ exports: {} }), { code: 'ERR_MISSING_ARGS' });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
