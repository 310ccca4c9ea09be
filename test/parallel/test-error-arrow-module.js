'use strict';
// The source arrow above a fatal error: at the creation site of an error
// thrown by an ES module (file: URL names), and at the offending token of
// a syntax error in a CommonJS or ES module file.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-arrow-'));
try {
  const cases = [
    ['throws.mjs', 'const a = 1;\nthrow new Error("boom");\n',
     `${pathToFileURL(path.join(dir, 'throws.mjs')).href}:2\nthrow new Error("boom");\n      ^\n\nError: boom\n`],
    ['syntax.mjs', 'let x = ;\n',
     `${pathToFileURL(path.join(dir, 'syntax.mjs')).href}:1\nlet x = ;\n        ^\n\nSyntaxError: `],
    ['syntax.js', '\nlet y = ;\n', `${path.join(dir, 'syntax.js')}:2\nlet y = ;\n        ^\n\nSyntaxError: `],
  ];
  for (const [name, source, expected] of cases) {
    fs.writeFileSync(path.join(dir, name), source);
    const child = spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8', timeout: 20000 });
    assert.strictEqual(child.status, 1);
    assert(child.stderr.startsWith(expected), `${name}:\n${child.stderr}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
