'use strict';

// process.on('SIGINT', fn): a libuv signal handle per signal with listeners.
// The handles are unreferenced, as in Node: listening alone keeps nothing
// alive.

const signalWraps = new Map();

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') &&
    internalBinding('constants').os.signals[event] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || signalWraps.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const signum = internalBinding('constants').os.signals[type];
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = () => process.emit(type, type, signum);
  const err = wrap.start(signum);
  if (err) {
    wrap.close();
    throw require('internal/errors').errnoException(err, 'uv_signal_start');
  }
  signalWraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

function setupSignalHandlers(process) {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setupSignalHandlers };
