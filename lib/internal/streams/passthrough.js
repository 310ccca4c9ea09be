'use strict';

// stream.PassThrough: a Transform that hands every chunk on unchanged
// (useful as a joint or a tap in a pipeline).

const Transform = require('internal/streams/transform');

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, done) {
  done(null, chunk);
};

module.exports = PassThrough;
