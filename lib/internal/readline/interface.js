'use strict';

// The readline Interface shared by node:readline and node:readline/promises.
//
// eddy reads lines only: the terminal line editor (raw mode, keypress
// decoding, history navigation, completion) is not implemented, so an
// Interface always works like `terminal: false` — it splits the decoded input
// on \n, \r\n and lone \r, and still writes its prompts to `output`. The
// editing entry points (_ttyWrite and friends) throw ERR_NOT_IMPLEMENTED.

require('internal/readline/utils');  // registers the readline error codes
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

const kHistorySize = 30;
const kMincrlfDelay = 100;
const kLineHighWaterMark = 1024;
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const ESCAPE_CODE_TIMEOUT = 500;
// A line ends at \n, \r\n, or a \r that no \n follows.
const lineEnding = /\r?\n|\r(?!\n)/g;

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kLineObjectStream = Symbol('line object stream');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestion = Symbol('kQuestion');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionCancel = Symbol('kQuestionCancel');
const kRedo = Symbol('_redo');
const kRefreshLine = Symbol('_refreshLine');
const kSawKeyPress = Symbol('_sawKeyPress');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYankPop = Symbol('_yankPop');

// The terminal editor's operations: eddy has no terminal mode.
const kEditorMethods = [
  kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight, kDeleteWordLeft,
  kDeleteWordRight, kHistoryNext, kHistoryPrev, kInsertString, kLine, kPushToKillRing,
  kPushToUndoStack, kRedo, kRefreshLine, kTabComplete, kTabCompleter, kTtyWrite, kUndo,
  kWordLeft, kWordRight, kYank, kYankPop,
];

// Called on a fresh EventEmitter-derived object (class constructor or the
// legacy readline.Interface function). `input` may be the options object.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input && input.input) {
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, an output TTY would ask for the line
  // editor; eddy reads lines either way (see the top of this file).
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  const self = this;

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = false;
  this[kLineObjectStream] = undefined;

  function onerror(err) {
    self.emit('error', err);
  }

  function ondata(data) {
    self[kNormalWrite](data);
  }

  function onend() {
    if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
      self.emit('line', self[kLine_buffer]);
    }
    self.close();
  }

  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', function onSelfCloseWithoutTerminal() {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
  this[kDecoder] = new StringDecoder('utf8');

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      const dispose = Object.getOwnPropertySymbols(disposable)[0];
      self.once('close', () => disposable[dispose]());
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    this[kWriteToOutput](this[kPrompt]);
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {}

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may rewrite the list (drop a password, say).
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
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

  write(d, key) {
    if (this.paused) this.resume();
    this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    // A \n right after a chunk that ended in \r finishes that \r\n.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    // Search the new chunk only: the buffered part holds no line ending.
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(string)) {
      if (string) {
        if (this[kLine_buffer]) this[kLine_buffer] += string;
        else this[kLine_buffer] = string;
      }
      return;
    }
    if (this[kLine_buffer]) {
      string = this[kLine_buffer] + string;
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    // Split first, then emit: a 'line' listener may write() again.
    const lines = [];
    let start = 0;
    lineEnding.lastIndex = 0;
    let m;
    while ((m = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
    }
    this[kLine_buffer] = string.slice(start);
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Where `str` leaves the cursor, in columns and rows of `this.columns`.
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this[kGetDisplayPos](strBeforeCursor);
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // for await (const line of rl): the 'line' events, buffered until read.
  // Past kLineHighWaterMark unread lines the Interface is paused; it resumes
  // once they are all read. 'close' ends the iteration after the buffered
  // lines, 'error' rejects it. The same iterator is returned every time.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      this[kLineObjectStream] = lineIterator(this);
    }
    return this[kLineObjectStream];
  }
}

for (const sym of kEditorMethods) {
  Object.defineProperty(Interface.prototype, sym, {
    __proto__: null,
    configurable: true,
    writable: true,
    value: {
      [sym]() {
        throw notImplemented('readline terminal mode (line editing)');
      },
    }[sym],
  });
}

// Symbol-keyed members in Node's order, which reflection shows.
{
  const order = [
    kSetRawMode, kQuestion, kOnLine, kBeforeEdit, kQuestionCancel, kWriteToOutput,
    kAddHistory, kRefreshLine, kNormalWrite, kInsertString, kTabComplete, kTabCompleter,
    kWordLeft, kWordRight, kDeleteLeft, kDeleteRight, kDeleteWordLeft, kDeleteWordRight,
    kDeleteLineLeft, kDeleteLineRight, kPushToKillRing, kYank, kYankPop, kLine,
    kPushToUndoStack, kUndo, kRedo, kHistoryNext, kHistoryPrev, kGetDisplayPos,
    kMoveCursor, kTtyWrite, Symbol.asyncIterator,
  ];
  for (const sym of order) {
    const desc = Object.getOwnPropertyDescriptor(Interface.prototype, sym);
    delete Interface.prototype[sym];
    Object.defineProperty(Interface.prototype, sym, desc);
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function lineIterator(rl) {
  const buffered = [];
  let head = 0;
  const waiting = [];
  let paused = false;
  let error = null;
  let finished = false;

  const done = () => ({ value: undefined, done: true });

  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    buffered.push(line);
    if (!paused && buffered.length - head > kLineHighWaterMark) {
      paused = true;
      rl.pause();
    }
  }

  function onError(err) {
    if (waiting.length === 0) error = err;
    else waiting.shift().reject(err);
    onClose();
  }

  function onClose() {
    rl.removeListener('line', onLine);
    rl.removeListener('error', onError);
    rl.removeListener('close', onClose);
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(done());
    return Promise.resolve(done());
  }

  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', onClose);

  return Object.setPrototypeOf({
    next() {
      if (head < buffered.length) {
        const value = buffered[head];
        buffered[head++] = undefined;
        if (head === buffered.length) {
          buffered.length = 0;
          head = 0;
        } else if (head > 1024 && head * 2 > buffered.length) {
          buffered.splice(0, head);
          head = 0;
        }
        if (paused && buffered.length - head < 1) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return onClose();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return onClose();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [kWatermarkData]: {
      get size() { return buffered.length - head; },
      get low() { return 1; },
      get high() { return kLineHighWaterMark; },
      get isPaused() { return paused; },
    },
  }, Object.setPrototypeOf({
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype));
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
