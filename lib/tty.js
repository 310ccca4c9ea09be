'use strict';

// node:tty. isatty() asks libuv what an fd is. Creating ReadStream and
// WriteStream objects needs a TTY handle binding eddy does not have yet;
// process.stdin/stdout/stderr are set up by lib/internal/process/stdio.js.

const { notImplemented } = require('internal/errors');

function isatty(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) return false;
  return internalBinding('util').guessHandleType(fd) === 'TTY';
}

function ReadStream(fd, options) {
  throw notImplemented('tty.ReadStream');
}

function WriteStream(fd) {
  throw notImplemented('tty.WriteStream');
}

module.exports = { isatty, ReadStream, WriteStream };
