'use strict';

// readline's Interface, the base of node:readline's and
// node:readline/promises' Interface classes.
//
// What eddy implements is line reading: input is decoded as UTF-8, cut at
// \n, \r\n and lone \r, and each piece is handed to a pending question() or
// emitted as 'line'. The interactive terminal editor is not there, so an
// Interface behaves as `terminal: false` whatever it is asked for; its
// editing entry points throw ERR_NOT_IMPLEMENTED instead of half working.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
  notImplemented,
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { moveCursor } = require('internal/readline/callbacks');

// --- member keys -------------------------------------------------------------
//
// The Interface keeps its state and helpers under symbols. node:readline
// re-exposes most of them under their historical underscore names, which is
// why each symbol's description is that name; other eddy modules import
// them as k<Name> (kAddHistory for '_addHistory').

const keys = { __proto__: null };
for (const name of [
  'addHistory', 'beforeEdit', 'decoder', 'deleteLeft', 'deleteLineLeft',
  'deleteLineRight', 'deleteRight', 'deleteWordLeft', 'deleteWordRight', 'getDisplayPos',
  'historyNext', 'historyPrev', 'insertString', 'line', 'line_buffer', 'moveCursor',
  'normalWrite', 'oldPrompt', 'onLine', 'previousKey', 'prompt', 'pushToKillRing',
  'pushToUndoStack', 'questionCallback', 'redo', 'refreshLine', 'sawKeyPress',
  'sawReturnAt', 'setRawMode', 'tabComplete', 'tabCompleter', 'ttyWrite', 'undo',
  'wordLeft', 'wordRight', 'writeToOutput', 'yank', 'yankPop',
]) {
  keys[`k${name[0].toUpperCase()}${name.slice(1)}`] = Symbol(`_${name}`);
}
// These never had an underscore alias.
keys.kQuestion = Symbol('kQuestion');
keys.kQuestionCancel = Symbol('kQuestionCancel');
const kLines = Symbol('line object stream');

const {
  kAddHistory, kDecoder, kGetDisplayPos, kLine_buffer, kMoveCursor, kNormalWrite,
  kOldPrompt, kOnLine, kPreviousKey, kPrompt, kQuestion, kQuestionCallback,
  kQuestionCancel, kRefreshLine, kSawKeyPress, kSawReturnAt, kSetRawMode,
  kWriteToOutput,
} = keys;

// Documented defaults (doc/api/readline.md).
const DEFAULT_HISTORY_SIZE = 30;
const MIN_CRLF_DELAY = 100;
const DEFAULT_ESCAPE_TIMEOUT = 500;
const DEFAULT_TAB_SIZE = 8;
// The async iterator pauses the Interface once this many lines wait unread.
const ITERATOR_HIGH_WATER = 1024;
const kWatermarkData = Symbol.for('nodejs.watermarkData');

// --- construction ------------------------------------------------------------

// The constructor takes (input, output, completer, terminal) or one options
// object carrying `input`. Returns the settings, validated.
function readSettings(input, output, completer, terminal) {
  const s = {
    input, output, completer, terminal,
    history: undefined,
    historySize: undefined,
    removeHistoryDuplicates: false,
    crlfDelay: undefined,
    prompt: '> ',
    signal: undefined,
    tabSize: DEFAULT_TAB_SIZE,
    escapeCodeTimeout: DEFAULT_ESCAPE_TIMEOUT,
  };
  if (input && input.input) {
    const opts = input;
    s.input = opts.input;
    s.output = opts.output;
    s.completer = opts.completer;
    s.terminal = opts.terminal;
    s.history = opts.history;
    s.historySize = opts.historySize;
    s.removeHistoryDuplicates = opts.removeHistoryDuplicates;
    s.crlfDelay = opts.crlfDelay;
    if (opts.prompt !== undefined) s.prompt = opts.prompt;
    if (opts.tabSize !== undefined) {
      validateUint32(opts.tabSize, 'tabSize', true);
      s.tabSize = opts.tabSize;
    }
    if (opts.escapeCodeTimeout !== undefined) {
      // Node reports the default, not the rejected value.
      if (!Number.isFinite(opts.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', s.escapeCodeTimeout);
      }
      s.escapeCodeTimeout = opts.escapeCodeTimeout;
    }
    if (opts.signal) {
      validateAbortSignal(opts.signal, 'options.signal');
      s.signal = opts.signal;
    }
  }
  if (s.completer !== undefined && typeof s.completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', s.completer);
  }
  if (s.history === undefined) s.history = [];
  else validateArray(s.history, 'history');
  if (s.historySize === undefined) s.historySize = DEFAULT_HISTORY_SIZE;
  validateNumber(s.historySize, 'historySize', 0);
  return s;
}

// Also reached through `InterfaceConstructor.call(this, ...)` by the legacy
// readline.Interface function, hence a plain function and not a class.
function InterfaceConstructor(input, output, completer, terminal) {
  const s = readSettings(input, output, completer, terminal);
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = s.escapeCodeTimeout;
  this.tabSize = s.tabSize;
  this[kSawReturnAt] = 0;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  EventEmitter.call(this);

  this.line = '';
  this.output = s.output;
  this.input = s.input;
  this.history = s.history;
  this.historySize = s.historySize;
  this.removeHistoryDuplicates = !!s.removeHistoryDuplicates;
  // A falsy delay (0, undefined) means the minimum; NaN stays NaN as in Node.
  this.crlfDelay = s.crlfDelay ? Math.max(MIN_CRLF_DELAY, s.crlfDelay) : MIN_CRLF_DELAY;
  this.completer = s.completer;
  this.setPrompt(s.prompt);
  // No line editor: see the top of this file.
  this.terminal = false;
  this[kLines] = undefined;
  this[kDecoder] = new StringDecoder('utf8');

  attachInput(this, s.input);
  if (s.signal) closeOnAbort(this, s.signal);
  s.input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

// Input feeds the Interface until it closes; an unterminated last line
// still comes out (as 'line', even with a question pending) at 'end'.
function attachInput(rl, input) {
  const handlers = {
    data: (chunk) => rl[kNormalWrite](chunk),
    error: (err) => rl.emit('error', err),
    end: () => {
      const rest = rl[kLine_buffer];
      if (typeof rest === 'string' && rest !== '') rl.emit('line', rest);
      rl.close();
    },
  };
  for (const event of ['error', 'data', 'end']) input.on(event, handlers[event]);
  rl.once('close', () => {
    for (const event of ['data', 'error', 'end']) input.removeListener(event, handlers[event]);
  });
}

function closeOnAbort(rl, signal) {
  const close = () => rl.close();
  if (signal.aborted) {
    process.nextTick(close);
    return;
  }
  const subscription = EventEmitter.addAbortListener(signal, close);
  // addAbortListener hands back a Disposable; its one symbol-keyed method
  // detaches the listener.
  const [dispose] = Object.getOwnPropertySymbols(subscription);
  rl.once('close', () => subscription[dispose]());
}

// --- line splitting ----------------------------------------------------------

// Cuts `text` at each line ending. Returns the complete lines and the
// unterminated remainder.
function splitLines(text) {
  const complete = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    complete.push(text.slice(from, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    from = i + 1;
  }
  return { complete, rest: text.slice(from) };
}

function notInEddy() {
  throw notImplemented('readline terminal mode (line editing)');
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    const out = this.output;
    return out && out.columns ? out.columns : Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  // Returns whether the input was in raw mode before.
  [kSetRawMode](on) {
    const before = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(on);
    return before;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    this[kWriteToOutput](this[kPrompt]);
  }

  // A second question while one is pending only shows the prompt again; the
  // first callback keeps the answer.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this[kQuestionCallback]) {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
    }
    this.prompt();
  }

  [kOnLine](line) {
    const answer = this[kQuestionCallback];
    if (!answer) {
      this.emit('line', line);
      return;
    }
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    answer(line);
  }

  // Hook for subclasses (the REPL) that want to see edits; nothing here.
  [keys.kBeforeEdit](oldText, oldCursor) {}

  [kQuestionCancel]() {
    if (!this[kQuestionCallback]) return;
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }

  [kWriteToOutput](text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  // Records this.line as the newest history entry and returns the line to
  // deliver, which a 'history' listener may have changed (say, to keep a
  // password out of the list).
  [kAddHistory]() {
    const line = this.line;
    if (line === '') return '';
    if (this.historySize === 0 || line.trim() === '') return line;
    const list = this.history;
    if (list[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const earlier = list.indexOf(line);
        if (earlier !== -1) list.splice(earlier, 1);
      }
      list.unshift(line);
      if (list.length > this.historySize) list.length = this.historySize;
    }
    this.historyIndex = -1;
    const delivered = list[0];
    this.emit('history', list);
    return delivered;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    this[kNormalWrite](data);
  }

  [kNormalWrite](chunk) {
    if (chunk === undefined) return;
    let text = this[kDecoder].write(chunk);
    // The previous chunk ended in \r: a \n opening this one, soon enough,
    // is the second half of that \r\n and not an empty line.
    if (this[kSawReturnAt] !== 0) {
      if (text.charCodeAt(0) === 10 && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
        text = text.slice(1);
      }
      this[kSawReturnAt] = 0;
    }
    const pending = this[kLine_buffer];
    const { complete, rest } = splitLines(pending ? pending + text : text);
    if (complete.length === 0) {
      if (rest !== '') this[kLine_buffer] = rest;
      return;
    }
    this[kLine_buffer] = rest;
    if (text.endsWith('\r')) this[kSawReturnAt] = Date.now();
    // All lines are cut before any is delivered, so a listener that calls
    // write() again sees a consistent buffer.
    for (const line of complete) this[kOnLine](line);
  }

  clearLine() {
    this[kMoveCursor](Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // The cursor position `str` leads to when written from column 0, as
  // { cols, rows }, wrapping at this.columns. Tabs stop every tabSize
  // columns; a double-width character never straddles the right edge.
  [kGetDisplayPos](str) {
    const width = this.columns;
    const tab = this.tabSize;
    let rows = 0;
    let col = 0;
    for (const ch of stripVTControlCharacters(str)) {
      if (ch === '\n') {
        rows += Math.ceil(col / width) || 1;
        col = 0;
      } else if (ch === '\t') {
        col += tab - (col % tab);
      } else {
        const w = getStringWidth(ch, false);
        if (w >= 2 && (col + 1) % width === 0) col++;
        col += w >= 2 ? 2 : w;
      }
    }
    const cols = col % width;
    return { cols, rows: rows + (col - cols) / width };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const from = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const to = this.getCursorPos();
    if (from.rows === to.rows) moveCursor(this.output, to.cols - from.cols, 0);
    else this[kRefreshLine]();
  }

  // `for await (const line of rl)`. One iterator per Interface.
  [Symbol.asyncIterator]() {
    if (this[kLines] === undefined) this[kLines] = new LineQueue(this).iterator();
    return this[kLines];
  }
}

// The terminal editor's members exist (subclasses and the legacy aliases
// reach for them) but refuse to run.
for (const key of [
  keys.kRefreshLine, keys.kInsertString, keys.kTabComplete, keys.kTabCompleter,
  keys.kWordLeft, keys.kWordRight, keys.kDeleteLeft, keys.kDeleteRight,
  keys.kDeleteWordLeft, keys.kDeleteWordRight, keys.kDeleteLineLeft, keys.kDeleteLineRight,
  keys.kPushToKillRing, keys.kYank, keys.kYankPop, keys.kLine, keys.kPushToUndoStack,
  keys.kUndo, keys.kRedo, keys.kHistoryNext, keys.kHistoryPrev, keys.kTtyWrite,
]) {
  const method = { [key]() { return notInEddy(); } }[key];
  Object.defineProperty(Interface.prototype, key, {
    __proto__: null, configurable: true, writable: true, value: method,
  });
}

if (typeof Symbol.dispose === 'symbol') {
  Interface.prototype[Symbol.dispose] = function dispose() { this.close(); };
}

// Reflection (Object.getOwnPropertySymbols) lists the symbol members in the
// order Node declares them; re-adding each in that order reproduces it.
for (const key of [
  kSetRawMode, kQuestion, kOnLine, keys.kBeforeEdit, kQuestionCancel, kWriteToOutput,
  kAddHistory, kRefreshLine, kNormalWrite, keys.kInsertString, keys.kTabComplete,
  keys.kTabCompleter, keys.kWordLeft, keys.kWordRight, keys.kDeleteLeft, keys.kDeleteRight,
  keys.kDeleteWordLeft, keys.kDeleteWordRight, keys.kDeleteLineLeft, keys.kDeleteLineRight,
  keys.kPushToKillRing, keys.kYank, keys.kYankPop, keys.kLine, keys.kPushToUndoStack,
  keys.kUndo, keys.kRedo, keys.kHistoryNext, keys.kHistoryPrev, kGetDisplayPos,
  kMoveCursor, keys.kTtyWrite, Symbol.asyncIterator, Symbol.dispose,
]) {
  const desc = Object.getOwnPropertyDescriptor(Interface.prototype, key);
  if (desc === undefined) continue;
  delete Interface.prototype[key];
  Object.defineProperty(Interface.prototype, key, desc);
}

// --- async iteration ---------------------------------------------------------

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const DONE = Object.freeze({ value: undefined, done: true });

// Collects an Interface's lines for its async iterator. Unread lines wait in
// `lines`; next() calls made before a line came wait in `readers`. Too many
// unread lines pause the Interface until the reader has caught up.
class LineQueue {
  constructor(rl) {
    this.rl = rl;
    this.lines = [];
    this.first = 0;          // index of the oldest unread line in `lines`
    this.readers = [];       // { resolve, reject } of pending next() calls
    this.failure = null;     // an 'error' no reader was waiting for
    this.ended = false;
    this.holding = false;    // we paused the Interface
    this.onLine = (line) => this.push(line);
    this.onError = (err) => this.fail(err);
    this.onClose = () => this.end();
    rl.on('line', this.onLine);
    rl.on('error', this.onError);
    rl.on('close', this.onClose);
  }

  get unread() {
    return this.lines.length - this.first;
  }

  push(line) {
    if (this.readers.length !== 0) {
      this.readers.shift().resolve({ value: line, done: false });
      return;
    }
    this.lines.push(line);
    if (!this.holding && this.unread > ITERATOR_HIGH_WATER) {
      this.holding = true;
      this.rl.pause();
    }
  }

  take() {
    const line = this.lines[this.first];
    this.lines[this.first++] = undefined;
    // Drop consumed slots now and then instead of shift()ing each time.
    if (this.first === this.lines.length) {
      this.lines = [];
      this.first = 0;
    } else if (this.first > ITERATOR_HIGH_WATER && this.first * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.first);
      this.first = 0;
    }
    if (this.holding && this.unread === 0) {
      this.holding = false;
      this.rl.resume();
    }
    return line;
  }

  fail(err) {
    if (this.readers.length !== 0) this.readers.shift().reject(err);
    else this.failure = err;
    this.end();
  }

  // Stops listening. Lines already queued can still be read.
  end() {
    const rl = this.rl;
    rl.removeListener('line', this.onLine);
    rl.removeListener('error', this.onError);
    rl.removeListener('close', this.onClose);
    this.ended = true;
    const waiting = this.readers;
    this.readers = [];
    for (const reader of waiting) reader.resolve(DONE);
    return Promise.resolve(DONE);
  }

  iterator() {
    const queue = this;
    const it = {
      next() {
        if (queue.unread !== 0) return Promise.resolve({ value: queue.take(), done: false });
        if (queue.failure !== null) {
          const err = queue.failure;
          queue.failure = null;
          return Promise.reject(err);
        }
        if (queue.ended) return Promise.resolve(DONE);
        return new Promise((resolve, reject) => queue.readers.push({ resolve, reject }));
      },
      return() {
        return queue.end();
      },
      throw(err) {
        if (!(err instanceof Error)) {
          throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
        }
        queue.fail(err);
      },
      // Read by Node's tests of the backpressure.
      [kWatermarkData]: {
        get size() { return queue.unread; },
        get low() { return 1; },
        get high() { return ITERATOR_HIGH_WATER; },
        get isPaused() { return queue.holding; },
      },
    };
    return Object.setPrototypeOf(it, AsyncIteratorPrototype);
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  ...keys,
};
