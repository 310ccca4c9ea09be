'use strict';
// Reading a missing property of a module's exports while it is still loading
// (a require cycle) warns once per read; loaded exports get Object.prototype
// back.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
try {
  fs.writeFileSync(path.join(dir, 'a.js'),
                   "exports.early = 1;\nrequire('./b.js');\nexports.late = 2;\n");
  fs.writeFileSync(path.join(dir, 'b.js'),
                   "const a = require('./a.js');\n" +
                   'module.exports = { early: a.early, late: a.late, esm: a.__esModule,\n' +
                   "  str: typeof a.toString, has: 'early' in a };\n");
  fs.writeFileSync(path.join(dir, 'c.js'),
                   "module.exports = class C {};\nrequire('./d.js');\n");
  fs.writeFileSync(path.join(dir, 'd.js'), "require('./c.js').missing;\n");
  const a = require(path.join(dir, 'a.js'));
  assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
  assert.deepStrictEqual(require(path.join(dir, 'b.js')),
                         { early: 1, late: undefined, esm: undefined, str: 'function', has: true });
  require(path.join(dir, 'c.js'));  // Exports not a plain object: no warning.
  process.nextTick(() => {
    assert.deepStrictEqual(warnings, [
      "Warning: Accessing non-existent property 'late' of module exports inside circular " +
      'dependency',
    ]);
  });
} finally {
  fs.rmSync(dir, { recursive: true });
}
