'use strict';

// node:readline: line-by-line reading of a stream (see
// internal/readline/interface.js for what eddy's Interface does and does not
// do), and the cursor helpers that write ANSI sequences.

const {
  Interface: _Interface,
  InterfaceConstructor,
  kAddHistory, kDecoder, kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight,
  kDeleteWordLeft, kDeleteWordRight, kGetDisplayPos, kHistoryNext, kHistoryPrev,
  kInsertString, kLine, kLine_buffer, kMoveCursor, kNormalWrite, kOldPrompt, kOnLine,
  kPreviousKey, kPrompt, kQuestion, kQuestionCallback, kQuestionCancel, kRefreshLine,
  kSawKeyPress, kSawReturnAt, kSetRawMode, kTabComplete, kTtyWrite,
  kWordLeft, kWordRight, kWriteToOutput,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { kEmptyObject, promisify } = require('internal/util');

let promisesModule;

// readline.Interface can be called without `new`. A completer taking one
// argument returns its result; the Interface always calls back (line, cb).
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  if (input && input.input && typeof input.completer === 'function' &&
      input.completer.length !== 2) {
    const { completer: sync } = input;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
}

Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;

  if (options.signal) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => {
      this[kQuestionCancel]();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => {
      signal.removeEventListener('abort', onAbort);
    };
    const originalCb = cb;
    cb = typeof cb === 'function' ? (answer) => {
      cleanup();
      return originalCb(answer);
    } : cleanup;
  }

  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Interface.prototype.question[promisify.custom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const { signal } = options;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const onAbort = () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// The underscore names older code reaches for: state accessors, and the
// internal methods. Inside the Interface the symbol-named methods resolve
// through the underscore ones, so overriding rl._writeToOutput (say) works.
const legacyState = {
  _decoder: kDecoder,
  _line_buffer: kLine_buffer,
  _oldPrompt: kOldPrompt,
  _previousKey: kPreviousKey,
  _prompt: kPrompt,
  _questionCallback: kQuestionCallback,
  _sawKeyPress: kSawKeyPress,
  _sawReturnAt: kSawReturnAt,
};
for (const name of Object.keys(legacyState)) {
  const sym = legacyState[name];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: false,
    enumerable: false,
    get() { return this[sym]; },
    set(value) { this[sym] = value; },
  });
}

const legacyMethods = {
  _setRawMode: kSetRawMode,
  _onLine: kOnLine,
  _writeToOutput: kWriteToOutput,
  _addHistory: kAddHistory,
  _refreshLine: kRefreshLine,
  _normalWrite: kNormalWrite,
  _insertString: kInsertString,
  _tabComplete: kTabComplete,
  _wordLeft: kWordLeft,
  _wordRight: kWordRight,
  _deleteLeft: kDeleteLeft,
  _deleteRight: kDeleteRight,
  _deleteWordLeft: kDeleteWordLeft,
  _deleteWordRight: kDeleteWordRight,
  _deleteLineLeft: kDeleteLineLeft,
  _deleteLineRight: kDeleteLineRight,
  _line: kLine,
  _historyNext: kHistoryNext,
  _historyPrev: kHistoryPrev,
  _getDisplayPos: kGetDisplayPos,
  _getCursorPos: null,
  _moveCursor: kMoveCursor,
  _ttyWrite: kTtyWrite,
};
for (const name of Object.keys(legacyMethods)) {
  const sym = legacyMethods[name];
  let value;
  if (sym === null) {
    value = _Interface.prototype.getCursorPos;
  } else if (sym === kTabComplete) {
    value = function(lastKeypressWasTab) {
      _Interface.prototype[kTabComplete].call(this, lastKeypressWasTab);
    };
    Object.defineProperty(value, 'name', { __proto__: null, value: '' });
  } else {
    value = _Interface.prototype[sym];
  }
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, configurable: true, enumerable: true, writable: true, value,
  });
  if (sym !== null) {
    Object.defineProperty(Interface.prototype, sym, {
      __proto__: null,
      configurable: false,
      enumerable: false,
      get() { return this[name]; },
      set: undefined,
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promisesModule === undefined) promisesModule = require('readline/promises');
    return promisesModule;
  },
});
