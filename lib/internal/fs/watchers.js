'use strict';

// fs.watchFile's StatWatcher: polls stat() on a timer and emits
// 'change' (current, previous) when the file's stat changes.

const EventEmitter = require('events');
const binding = internalBinding('fs');
const { getStatsFromBinding, getBigIntStatsFromBinding } = require('internal/fs/utils');

const kZero = new Float64Array(18);
const kCompared = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15];

function sameStat(a, b) {
  for (const i of kCompared) if (a[i] !== b[i]) return false;
  return true;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = Boolean(bigint);
    this._timer = null;
    this._prev = null;
    this._lastError = 0;
    this._refs = 1;
    this._persistent = true;
    this._busy = false;
  }

  _stats(array) {
    return this._bigint ? getBigIntStatsFromBinding(array) : getStatsFromBinding(array);
  }

  _poll(filename) {
    if (this._busy || this._timer === null) return;
    this._busy = true;
    binding.stat(filename, {
      oncomplete: (err, array) => {
        this._busy = false;
        if (this._timer === null) return;
        if (err) {
          const prev = this._prev || kZero;
          if (this._lastError !== err.errno) {
            this._lastError = err.errno;
            this._prev = kZero;
            this.emit('change', this._stats(kZero), this._stats(prev));
          }
          return;
        }
        this._lastError = 0;
        const prev = this._prev;
        this._prev = array;
        if (prev === null) return;  // The first poll sets the baseline.
        if (!sameStat(prev, array)) this.emit('change', this._stats(array), this._stats(prev));
      },
    });
  }

  start(filename, persistent, interval) {
    if (this._timer !== null) return;
    this._persistent = persistent !== false;
    this._timer = setInterval(() => this._poll(filename), interval);
    if (!this._persistent) this._timer.unref();
    this._poll(filename);
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._refs++;
    if (this._timer !== null && this._persistent) this._timer.ref();
    return this;
  }

  unref() {
    if (this._timer !== null) this._timer.unref();
    return this;
  }
}

module.exports = { StatWatcher };
