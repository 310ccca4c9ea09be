'use strict';

// Signal events on `process`.
//
// Listening for a signal name ('SIGINT', 'SIGUSR2', ... anything in
// os.constants.signals) installs a libuv watcher for that signal, which
// replaces the default action (usually: terminate). When the last listener
// goes, the watcher is closed and the default action is back. Watchers do
// not hold the event loop open: waiting for a signal alone does not keep a
// program running.

const { errnoException } = require('internal/errors');

// Signal name -> its open watcher.
const watchers = new Map();
let emitter;

function signalNumber(name) {
  if (typeof name !== 'string' || !name.startsWith('SIG')) return undefined;
  const numbers = internalBinding('constants').os.signals;
  return Object.hasOwn(numbers, name) ? numbers[name] : undefined;
}

function onNewListener(name) {
  if (watchers.has(name)) return;
  const signum = signalNumber(name);
  if (signum === undefined) return;

  const { Signal } = internalBinding('signal_wrap');
  const watcher = new Signal();
  watcher.unref();
  // Listeners get the name and the number of the signal, as in Node.
  watcher.onsignal = () => emitter.emit(name, name, signum);
  const status = watcher.start(signum);
  if (status) {
    watcher.close();
    throw errnoException(status, 'uv_signal_start');
  }
  watchers.set(name, watcher);
}

function onRemoveListener(name) {
  const watcher = watchers.get(name);
  if (watcher === undefined || emitter.listenerCount(name) > 0) return;
  watchers.delete(name);
  watcher.close();
}

function setupSignalHandlers(proc) {
  emitter = proc;
  proc.on('newListener', onNewListener);
  proc.on('removeListener', onRemoveListener);
}

module.exports = { setupSignalHandlers };
