'use strict';
// A process started with stdout and stderr closed gets /dev/null on fds 1 and
// 2: the files (and the event loop's own fds) it opens land above them, console output never writes into
// such a file, and closing the file is not closing a stdio fd (which libuv
// refuses with an abort).
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-stdio-closed-'));
const file = path.join(dir, 'out.txt');
const child = `
  const fs = require('fs');
  const fd = fs.openSync(${JSON.stringify(file)}, 'w');
  console.log('to stdout');
  console.error('to stderr');
  fs.writeSync(fd, [fd > 2, fs.fstatSync(1).isCharacterDevice(), fs.fstatSync(2).isCharacterDevice()].join());
  fs.closeSync(fd);
  fs.promises.readFile(${JSON.stringify(file)}).then(() => process.exit(7));
`;
const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" -e "$CHILD" 1>&- 2>&-`],
                    { env: { ...process.env, CHILD: child, EDDY_FULL_TEARDOWN: '1' }, timeout: 10000 });
try {
  assert.strictEqual(r.status, 7);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'true,true,true');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
