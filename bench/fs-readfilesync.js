'use strict';
// fs.readFileSync of one big file (run.sh makes a 256 MB file and passes
// its path). Reported as MB/s (1 MB = 2^20 bytes).
const fs = require('fs');
const { benchSync } = require('./harness');

const file = process.argv[2];
if (!file) throw new Error('usage: fs-readfilesync.js FILE');
const size = fs.statSync(file).size;

benchSync('fs-readfilesync', size / 1048576, () => {
  const buf = fs.readFileSync(file);
  if (buf.length !== size) throw new Error(`read ${buf.length} of ${size}`);
}, 'MB/s');
