'use strict';

// stream.duplexPair(): two connected Duplex ends, like a socket pair held
// in one process. Bytes written to one end are read from the other; the
// writer's callback waits until the reader asks for more.

const Duplex = require('internal/streams/duplex');

const kPeer = Symbol('duplexPair.peer');
const kWaitingWrite = Symbol('duplexPair.waitingWrite');

class PairEnd extends Duplex {
  constructor(options) {
    super(options);
    this[kPeer] = null;
    this[kWaitingWrite] = null;
  }

  _read() {
    const release = this[kWaitingWrite];
    if (!release) return;
    this[kWaitingWrite] = null;
    release();
  }

  _write(chunk, encoding, callback) {
    // An empty chunk carries nothing to the peer: acknowledge it directly.
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    const peer = this[kPeer];
    peer.push(chunk);
    peer[kWaitingWrite] = callback;
  }

  _final(callback) {
    const peer = this[kPeer];
    peer.on('end', callback);
    peer.push(null);
  }

  _destroy(err, callback) {
    const peer = this[kPeer];
    if (err) peer.destroy(err);
    else if (!peer.destroyed) peer.destroy();
    callback(err);
  }
}

// Like Node, options are handed to both ends as given (no validation).
function duplexPair(options) {
  const left = new PairEnd(options);
  const right = new PairEnd(options);
  left[kPeer] = right;
  right[kPeer] = left;
  return [left, right];
}

module.exports = duplexPair;
