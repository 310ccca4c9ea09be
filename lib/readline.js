'use strict';

// node:readline. Its Interface is the callback flavour of the shared one in
// internal/readline/interface.js (read that file for what eddy supports),
// callable without `new`, with question(query[, options], cb) and the
// underscore-named members older code still uses. The cursor helpers write
// ANSI sequences to a stream.

const shared = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } =
  require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { promisify } = require('internal/util');

const Base = shared.Interface;
const { kQuestion, kQuestionCancel } = shared;

// Completers may be written (line) => result or (line, callback); the
// Interface always calls the second form.
function asCallbackCompleter(fn) {
  if (typeof fn !== 'function' || fn.length === 2) return fn;
  return (line, cb) => cb(null, fn(line));
}

function Interface(input, output, completer, terminal) {
  if (!new.target && !(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  if (input && input.input) {
    // Node adapts the completer in the caller's options object itself.
    if (typeof input.completer === 'function') {
      input.completer = asCallbackCompleter(input.completer);
    }
  } else {
    completer = asCallbackCompleter(completer);
  }
  shared.InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, Base.prototype);
Object.setPrototypeOf(Interface, Base);

// Hooks `cb` to a question's AbortSignal. Returns the callback to pass on,
// or null when the signal already fired (then nothing is asked).
function guardWithSignal(rl, signal, cb) {
  validateAbortSignal(signal, 'options.signal');
  if (signal.aborted) return null;
  // (Node's tests look for a listener named onAbort.)
  const onAbort = () => rl[kQuestionCancel]();
  signal.addEventListener('abort', onAbort, { once: true });
  if (typeof cb !== 'function') return () => signal.removeEventListener('abort', onAbort);
  return (answer) => {
    signal.removeEventListener('abort', onAbort);
    return cb(answer);
  };
}

Interface.prototype.question = function question(query, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
  if (signal) {
    const guarded = guardWithSignal(this, signal, cb);
    if (guarded === null) return;
    // Even without a callback the question is asked (the answer only
    // detaches the abort listener).
    cb = guarded;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): rejects with an AbortError when the signal
// fires, besides the withdrawal question() itself does.
Interface.prototype.question[promisify.custom] = function question(query, options) {
  const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    if (!signal) {
      this.question(query, options, resolve);
      return;
    }
    const fail = () => reject(new AbortError(undefined, { cause: signal.reason }));
    signal.addEventListener('abort', fail, { once: true });
    this.question(query, options, (answer) => {
      signal.removeEventListener('abort', fail);
      resolve(answer);
    });
  });
};

// --- underscore aliases ------------------------------------------------------
//
// State fields read and write the symbol-keyed slots. Methods are plain
// enumerable properties; the symbol slots on this prototype then forward to
// them, so assigning rl._writeToOutput (as tests and old code do) changes
// what the Interface itself calls.

for (const field of ['decoder', 'line_buffer', 'oldPrompt', 'previousKey', 'prompt',
                     'questionCallback', 'sawKeyPress', 'sawReturnAt']) {
  const key = symbolFor(field);
  Object.defineProperty(Interface.prototype, `_${field}`, {
    __proto__: null,
    configurable: false,
    enumerable: false,
    get() { return this[key]; },
    set(value) { this[key] = value; },
  });
}

function symbolFor(name) {
  return shared[`k${name[0].toUpperCase()}${name.slice(1)}`];
}

for (const name of ['setRawMode', 'onLine', 'writeToOutput', 'addHistory', 'refreshLine',
                    'normalWrite', 'insertString', 'tabComplete', 'wordLeft', 'wordRight',
                    'deleteLeft', 'deleteRight', 'deleteWordLeft', 'deleteWordRight',
                    'deleteLineLeft', 'deleteLineRight', 'line', 'historyNext',
                    'historyPrev', 'getDisplayPos', 'getCursorPos', 'moveCursor',
                    'ttyWrite']) {
  const alias = `_${name}`;
  let impl;
  if (name === 'getCursorPos') {
    impl = Base.prototype.getCursorPos;     // public on the base, no symbol
  } else if (name === 'tabComplete') {
    // Node's alias is an anonymous wrapper; keep the name empty too.
    const target = Base.prototype[symbolFor(name)];
    impl = [function(lastKeypressWasTab) { target.call(this, lastKeypressWasTab); }][0];
    Object.defineProperty(impl, 'name', { __proto__: null, value: '' });
  } else {
    impl = Base.prototype[symbolFor(name)];
  }
  Object.defineProperty(Interface.prototype, alias, {
    __proto__: null, configurable: true, enumerable: true, writable: true, value: impl,
  });
  if (name === 'getCursorPos') continue;
  Object.defineProperty(Interface.prototype, symbolFor(name), {
    __proto__: null,
    configurable: false,
    enumerable: false,
    get() { return this[alias]; },
    set: undefined,
  });
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

let promisesApi;

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

// Loaded on first use: most readline users never touch it.
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promisesApi === undefined) promisesApi = require('readline/promises');
    return promisesApi;
  },
});
