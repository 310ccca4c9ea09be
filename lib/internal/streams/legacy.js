'use strict';

// The base class every stream inherits from: an EventEmitter with the
// original, minimal pipe() (no buffering, no backpressure state of its
// own: it only pauses the source when write() returns false).

const EventEmitter = require('events');

function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  const endsDest = !dest._isStdio && !(options && options.end === false);
  let finishedDest = false;

  const forward = (chunk) => {
    if (!dest.writable) return;
    if (dest.write(chunk) === false && typeof source.pause === 'function') source.pause();
  };
  const restart = () => {
    if (source.readable && typeof source.resume === 'function') source.resume();
  };
  // 'end' ends the destination; 'close' without 'end' destroys it.
  const finishDest = (how) => () => {
    if (finishedDest) return;
    finishedDest = true;
    if (how === 'end') dest.end();
    else if (typeof dest.destroy === 'function') dest.destroy();
  };
  const onSourceEnd = finishDest('end');
  const onSourceClose = finishDest('destroy');

  // An error on either end stops the piping; it is rethrown when nobody
  // else listens for it.
  function onError(err) {
    detach();
    if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', err);
  }

  const links = [
    [source, 'data', forward],
    [dest, 'drain', restart],
  ];
  if (endsDest) links.push([source, 'end', onSourceEnd], [source, 'close', onSourceClose]);
  for (const [emitter, event, fn] of links) emitter.on(event, fn);

  prependListener(source, 'error', onError);
  prependListener(dest, 'error', onError);
  links.push([source, 'error', onError], [dest, 'error', onError]);

  function detach() {
    for (const [emitter, event, fn] of links) emitter.removeListener(event, fn);
  }
  links.push([source, 'end', detach], [source, 'close', detach], [dest, 'close', detach]);
  source.on('end', detach);
  source.on('close', detach);
  dest.on('close', detach);

  dest.emit('pipe', source);
  return dest;
};

// Streams pre-create `_events` slots for their common events; report only
// the events that really have listeners.
Stream.prototype.eventNames = function eventNames() {
  const table = this._events;
  if (!table) return [];
  return Reflect.ownKeys(table).filter((name) => {
    const entry = table[name];
    return typeof entry === 'function' || (Array.isArray(entry) && entry.length > 0);
  });
};

// Puts `fn` first in line, also on emitters from before prependListener
// existed.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  const table = emitter._events;
  const current = table && table[event];
  if (!current) emitter.on(event, fn);
  else if (Array.isArray(current)) current.unshift(fn);
  else table[event] = [fn, current];
  return emitter;
}

module.exports = { Stream, prependListener };
