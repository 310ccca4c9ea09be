// "Deploying Node.js", chapter 1: a Readable stream pushing out the numbers
// 1 to 10, one 'data' event per number, then 'end'.
var stream = require('stream');
var Readable = stream.Readable;
var util = require('util');

var Reader = function() {
  Readable.call(this);
  this.counter = 0;
};

util.inherits(Reader, Readable);

Reader.prototype._read = function() {
  if (++this.counter > 10) {
    return this.push(null);
  }
  this.push(this.counter.toString());
};

// When a #data event occurs, display the chunk.
var reader = new Reader();
reader.setEncoding('utf8');
reader.on('data', function(chunk) {
  console.log(chunk);
});
reader.on('end', function() {
  console.log('--finished--');
});
