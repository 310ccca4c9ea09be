// "Deploying Node.js", chapter 1: fs.readFile hands the read to libuv and
// returns at once, so 'This happens first' is printed before the contents.
var fs = require('fs');
var path = require('path');

fs.readFile(path.join(__dirname, 'math.js'), {encoding: 'utf8'}, function(err, fileContents) {
  if (err) throw err;
  // Print only the first line of the file to keep the output short.
  console.log('Then the contents are available:', fileContents.split('\n')[0]);
});
console.log('This happens first');
