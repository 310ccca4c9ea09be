'use strict';

// readline.emitKeypressEvents(): eddy has no keypress decoder yet.

const { notImplemented } = require('internal/errors');

function emitKeypressEvents(stream, iface = {}) {
  throw notImplemented('readline.emitKeypressEvents');
}

module.exports = { emitKeypressEvents };
