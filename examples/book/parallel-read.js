// "Deploying Node.js", chapter 1: read three files at once with fs.readFile.
// The callbacks may arrive in any order, so the results are collected and
// printed sorted once the last one is in.
var fs = require('fs');
var os = require('os');
var path = require('path');

// Make the files a, b and c in a fresh temporary directory.
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-book-'));
var fileNames = ['a', 'b', 'c'];
fileNames.forEach(function(name) {
  fs.writeFileSync(path.join(dir, name), name + '\n');
});

var results = [];
fileNames.forEach(function(filename) {
  fs.readFile(path.join(dir, filename), {encoding: 'utf8'}, function(err, content) {
    if (err) throw err;
    results.push(content.trim());
    if (results.length === fileNames.length) {
      // Arrival order is unknowable; sort to print a stable answer.
      console.log('read ' + results.length + ' files: ' + results.sort().join(', '));
      fs.rmSync(dir, {recursive: true});
    }
  });
});
console.log('all three reads started');
