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

// fs.watch's FSWatcher: inotify events through a libuv fs_event handle.
class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._encoding = 'utf8';
    this._handle = new (internalBinding('fs_event_wrap').FSEvent)();
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) this._handle.close();
        this._handle = null;
        const { uvException } = require('internal/errors');
        this.emit('error', uvException({ errno: status, syscall: 'watch', path: this._filename }));
        return;
      }
      if (filename !== null && this._encoding === 'buffer') {
        filename = require('buffer').Buffer.from(filename);
      } else if (filename !== null && this._encoding !== 'utf8' && this._encoding !== 'utf-8') {
        filename = require('buffer').Buffer.from(filename).toString(this._encoding);
      }
      this.emit('change', eventType, filename);
    };
  }

  start(filename, persistent, encoding) {
    if (this._handle === null) return;
    this._filename = filename;
    this._encoding = encoding || 'utf8';
    const err = this._handle.start(filename, persistent);
    if (err) {
      const { uvException } = require('internal/errors');
      const error = uvException({ errno: err, syscall: 'watch', path: filename });
      error.filename = filename;
      this._handle.close();
      this._handle = null;
      throw error;
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

module.exports = { StatWatcher, FSWatcher };
