// fs: sync and callback round trips in a fresh temp dir, then cleanup.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'line 1\n');
fs.appendFileSync(file, 'line 2\n');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
console.log(fs.existsSync(file), fs.statSync(file).size, fs.statSync(dir).isDirectory());
fs.mkdirSync(path.join(dir, 'sub', 'deep'), { recursive: true });
fs.renameSync(file, path.join(dir, 'sub', 'moved.txt'));
console.log(fs.readdirSync(dir), fs.readdirSync(path.join(dir, 'sub')).sort());
try {
  fs.readFileSync(file);
} catch (err) {
  console.log(err.code, err.syscall, err.errno, err.message === `ENOENT: no such file or directory, open '${file}'`);
}

fs.writeFile(path.join(dir, 'async.bin'), Buffer.from([1, 2, 3]), (err) => {
  console.log('writeFile:', err);
  fs.readFile(path.join(dir, 'async.bin'), (err, data) => {
    console.log('readFile:', err, data);
    fs.stat(path.join(dir, 'nope'), (err) => {
      console.log('stat missing:', err.code);
      fs.promises.readFile(path.join(dir, 'sub', 'moved.txt'), 'utf8').then((s) => {
        console.log('promises.readFile:', JSON.stringify(s));
        const entries = fs.readdirSync(dir, { withFileTypes: true })
          .map((d) => d.name + (d.isDirectory() ? '/' : '')).sort();
        console.log('entries:', entries);
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned up:', !fs.existsSync(dir));
      });
    });
  });
});
