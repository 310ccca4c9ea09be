'use strict';

// readline's Interface, the base of node:readline's and
// node:readline/promises' Interface classes.
//
// Two modes. Without a terminal, input is decoded as UTF-8, cut at \n,
// \r\n and lone \r, and each piece is handed to a pending question() or
// emitted as 'line'. With one (`terminal: true`, or an output that is a
// TTY), input arrives as keypresses (internal/readline/emitKeypressEvents)
// that drive a line editor: cursor movement, history, kill ring, undo,
// tab completion, and the redrawing of prompt and line on `output`.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { getStringWidth, inspect, stripVTControlCharacters } = require('internal/util/inspect');
const {
  clearScreenDown, cursorTo, moveCursor,
} = require('internal/readline/callbacks');
const { emitKeypressEvents, keysOf } = require('internal/readline/emitKeypressEvents');

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
// Set by readline/promises while its question() waits: how to reject it.
keys.kQuestionReject = Symbol('kQuestionReject');
const kLines = Symbol('line object stream');
// Editor state without an alias.
const kSubstringSearch = Symbol('kSubstringSearch');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kLastYank = Symbol('lastYank');
const kInChunk = Symbol('inChunk');
const kHeldText = Symbol('heldText');
const kChunkTabs = Symbol('chunkTabs');

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
  // Editor state (used in terminal mode only).
  this[kSubstringSearch] = null;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;

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
  this.terminal = !!(s.terminal === undefined ? s.output && s.output.isTTY : s.terminal);
  this[kLines] = undefined;
  this[kDecoder] = new StringDecoder('utf8');

  if (this.terminal && !enterRawMode(this)) this.terminal = false;
  if (this.terminal) attachTerminal(this, s.input, s.output);
  else attachInput(this, s.input);
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

// The editor needs the terminal's own line editing off. Where eddy cannot
// do that yet (process.stdin.setRawMode on a TTY), the terminal keeps
// editing and echoing, and line mode is what works: false says so.
function enterRawMode(rl) {
  try {
    rl[kSetRawMode](true);
  } catch (err) {
    if (err && err.code === 'ERR_NOT_IMPLEMENTED') return false;
    throw err;
  }
  return true;
}

// Terminal mode: keys come from the keypress decoder. Chunk boundaries are
// watched too (a listener before and one after the decoder's): text typed
// at the end of the line is echoed one key late within a chunk, so that
// the chunk's last key can still choose a redraw instead (see
// finishWrapCheck).
function attachTerminal(rl, input, output) {
  emitKeypressEvents(input, rl);
  rl[kChunkTabs] = null;
  rl[kLastYank] = '';
  rl[kInChunk] = false;
  rl[kHeldText] = '';
  rl.cursor = 0;
  rl.historyIndex = -1;
  rl.prevRows = 0;

  const onKeypress = (sequence, key) => rl[keys.kTtyWrite](sequence, key);
  const onChunkStart = (chunk) => {
    rl[kInChunk] = true;
    const text = typeof chunk === 'string' ? chunk : `${chunk}`;
    rl[kSawKeyPress] = text.length === 1 || (text.length === 2 && text.codePointAt(0) > 0xffff);
    const tabs = text.split('\t').length - 1;
    rl[kChunkTabs] = tabs === 0 ? null : { left: tabs, atEnd: text.endsWith('\t') };
  };
  const onChunkEnd = () => {
    rl[kInChunk] = false;
    rl[kChunkTabs] = null;
    finishWrapCheck(rl);
  };
  // At end of input, a started line still counts.
  const onEnd = () => {
    if (typeof rl.line === 'string' && rl.line !== '') rl.emit('line', rl.line);
    rl.close();
  };
  const onResize = () => rl[kRefreshLine]();

  if (typeof input.prependListener === 'function') input.prependListener('data', onChunkStart);
  input.on('keypress', onKeypress);
  input.on('data', onChunkEnd);
  input.on('end', onEnd);
  const resizable = output !== null && output !== undefined && typeof output.on === 'function';
  if (resizable) output.on('resize', onResize);

  rl.once('close', () => {
    input.removeListener('keypress', onKeypress);
    input.removeListener('data', onChunkStart);
    input.removeListener('data', onChunkEnd);
    input.removeListener('end', onEnd);
    if (resizable) output.removeListener('resize', onResize);
  });
}

// Echoes text held back by kInsertString.
function releaseHeldText(rl) {
  const held = rl[kHeldText];
  if (!held) return;
  rl[kHeldText] = '';
  rl[kWriteToOutput](held);
}

// The end of a chunk: a line that now ends exactly at the right margin is
// redrawn (the terminal would leave its cursor on the margin), else the
// held text is simply echoed.
function finishWrapCheck(rl) {
  if (!rl[kHeldText]) return;
  if (rl.cursor === rl.line.length && rl.getCursorPos().cols === 0) {
    rl[kHeldText] = '';
    rl[kRefreshLine]();
  } else {
    releaseHeldText(rl);
  }
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
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
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

  // Input as if typed: in terminal mode `data` is decoded into keys, or
  // `key` ({ name, ctrl, meta, shift }) is pressed as given.
  write(data, key) {
    if (this.paused) this.resume();
    if (!this.terminal) {
      this[kNormalWrite](data);
      return;
    }
    if (key !== undefined && key !== null) {
      this[keys.kTtyWrite](data, key);
    } else if (typeof data === 'string' || ArrayBuffer.isView(data)) {
      const text = typeof data === 'string' ? data : new StringDecoder('utf8').end(data);
      keysOf(text, (sequence, k) => this[keys.kTtyWrite](sequence, k));
    }
    finishWrapCheck(this);
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

{
  const methods = editorMethods();
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(Interface.prototype, key, {
      __proto__: null, configurable: true, writable: true, value: methods[key],
    });
  }
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

// --- the terminal line editor ------------------------------------------------

const MAX_UNDO = 2048;
const MAX_KILL_RING = 30;

// Character classes for word motions: a word is a run of \w characters, or
// a run of other non-blank characters; blanks separate words.
function charClass(ch) {
  if (/\s/.test(ch)) return 0;
  return /\w/.test(ch) ? 1 : 2;
}

// Where Ctrl+W / Meta+B stop going left from `at`: past blanks, then past
// one word.
function wordStartBefore(text, at) {
  while (at > 0 && charClass(text[at - 1]) === 0) at--;
  if (at > 0) {
    const cls = charClass(text[at - 1]);
    while (at > 0 && charClass(text[at - 1]) === cls) at--;
  }
  return at;
}

// Where Meta+F / Meta+D stop going right from `at`: past one word, then
// past the blanks after it.
function wordEndAfter(text, at) {
  if (at < text.length) {
    const cls = charClass(text[at]);
    if (cls !== 0) {
      while (at < text.length && charClass(text[at]) === cls) at++;
    }
  }
  while (at < text.length && charClass(text[at]) === 0) at++;
  return at;
}

// UTF-16 length of the character before / at `at` (surrogate pairs are
// one character).
function charBefore(text, at) {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 2;
  }
  return 1;
}

function charAt(text, at) {
  if (at >= text.length) return 0;
  return text.codePointAt(at) > 0xffff ? 2 : 1;
}

function commonPrefix(words) {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const word of words) {
    let n = 0;
    while (n < prefix.length && n < word.length && prefix[n] === word[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

// Key bindings, by a signature of modifiers and key name. Each action is
// called with the Interface as `this`.
const bindings = {
  __proto__: null,
  'C-c'() {
    if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
    else closeByKey(this);
  },
  'C-d'() {
    if (this.cursor === 0 && this.line.length === 0) closeByKey(this);
    else if (this.cursor < this.line.length) this[keys.kDeleteRight]();
  },
  'C-z'() { suspend(this); },
  'C-h'() { this[keys.kDeleteLeft](); },
  'backspace'() { this[keys.kDeleteLeft](); },
  'S-backspace'() { this[keys.kDeleteLeft](); },
  'delete'() { this[keys.kDeleteRight](); },
  'S-delete'() { this[keys.kDeleteRight](); },
  'C-u'() { this[keys.kDeleteLineLeft](); },
  'C-S-backspace'() { this[keys.kDeleteLineLeft](); },
  'C-k'() { this[keys.kDeleteLineRight](); },
  'C-S-delete'() { this[keys.kDeleteLineRight](); },
  'C-w'() { this[keys.kDeleteWordLeft](); },
  'C-backspace'() { this[keys.kDeleteWordLeft](); },
  'M-backspace'() { this[keys.kDeleteWordLeft](); },
  'M-d'() { this[keys.kDeleteWordRight](); },
  'M-delete'() { this[keys.kDeleteWordRight](); },
  'C-delete'() { this[keys.kDeleteWordRight](); },
  'C-a'() { this[kMoveCursor](-Infinity); },
  'home'() { this[kMoveCursor](-Infinity); },
  'C-e'() { this[kMoveCursor](Infinity); },
  'end'() { this[kMoveCursor](Infinity); },
  'C-b'() { this[kMoveCursor](-charBefore(this.line, this.cursor)); },
  'left'() { this[kMoveCursor](-charBefore(this.line, this.cursor)); },
  'C-f'() { this[kMoveCursor](charAt(this.line, this.cursor)); },
  'right'() { this[kMoveCursor](charAt(this.line, this.cursor)); },
  'M-b'() { this[keys.kWordLeft](); },
  'C-left'() { this[keys.kWordLeft](); },
  'M-left'() { this[keys.kWordLeft](); },
  'M-f'() { this[keys.kWordRight](); },
  'C-right'() { this[keys.kWordRight](); },
  'M-right'() { this[keys.kWordRight](); },
  'C-l'() {
    cursorTo(this.output, 0, 0);
    clearScreenDown(this.output);
    this.prevRows = 0;
    this[kRefreshLine]();
  },
  // Up/Down search history for lines starting with what was typed;
  // Ctrl+P/N step through all of it.
  'C-n'() { browseHistory(this, -1, ''); },
  'down'() { this[keys.kHistoryNext](); },
  'C-p'() { browseHistory(this, +1, ''); },
  'up'() { this[keys.kHistoryPrev](); },
  'C-y'() { this[keys.kYank](); },
  'M-y'() { this[keys.kYankPop](); },
  'return'() {
    this[kSawReturnAt] = Date.now();
    this[keys.kLine]();
  },
  // The \n of a \r\n arrives as its own key: not a second line.
  'enter'() {
    const previous = this[kPreviousKey];
    const pairedWithReturn = previous && previous.name === 'return' &&
      Date.now() - this[kSawReturnAt] <= this.crlfDelay;
    if (!pairedWithReturn) this[keys.kLine]();
  },
  // Completion; but a tab inside pasted text (any but the last key of an
  // input chunk) is text.
  'tab'() {
    const previous = this[kPreviousKey];
    const tabs = this[kChunkTabs];
    let lastOfChunk = true;
    if (tabs !== null) {
      tabs.left--;
      lastOfChunk = tabs.left === 0 && tabs.atEnd;
    }
    if (typeof this.completer === 'function' && this.isCompletionEnabled && lastOfChunk) {
      this[keys.kTabComplete](!!previous && previous.name === 'tab');
    } else {
      this[keys.kInsertString]('\t');
    }
  },
};

// Ctrl+C or Ctrl+D ending the Interface also abandons a promised question.
function closeByKey(rl) {
  const reject = rl[keys.kQuestionReject];
  if (typeof reject === 'function') {
    rl[keys.kQuestionReject] = undefined;
    reject();
  }
  rl.close();
}

// Keys that are accepted and do nothing.
const ignoredKeys = new Set(['paste-start', 'paste-end', 'escape', 'insert']);

function signatureOf(key) {
  return `${key.ctrl ? 'C-' : ''}${key.meta ? 'M-' : ''}${key.shift ? 'S-' : ''}${key.name}`;
}

// Ctrl+Z without a SIGTSTP listener stops the process as a shell expects;
// on SIGCONT the terminal state and the line come back.
function suspend(rl) {
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  if (process.platform === 'win32') return;
  process.once('SIGCONT', () => {
    if (!rl.paused) {
      rl.pause();
      rl.emit('SIGCONT');
    }
    rl[kSetRawMode](true);
    rl[kRefreshLine]();
  });
  rl[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

// One key: a binding, or text to insert.
function pressKey(rl, sequence, key) {
  // Ctrl+- and Ctrl+^ have no name, only their bytes.
  if (key.sequence === '\x1f') {
    rl[keys.kUndo]();
    return;
  }
  if (key.sequence === '\x1e') {
    rl[keys.kRedo]();
    return;
  }
  // Searching history by the typed prefix and yanking continue only while
  // their keys repeat. Leaving a search that ran past the oldest entry
  // returns to the line being typed.
  const searchKey = !key.ctrl && !key.meta && (key.name === 'up' || key.name === 'down');
  if (!searchKey && rl[kSubstringSearch] !== null) {
    rl[kSubstringSearch] = null;
    if (rl.historyIndex === rl.history.length) rl.historyIndex = -1;
  }
  if (!(key.name === 'y' && (key.ctrl || key.meta))) rl[kLastYank] = '';

  let action = bindings[signatureOf(key)];
  // Shift alone rarely changes what an editing key does.
  if (action === undefined && key.shift) {
    action = bindings[signatureOf({ __proto__: key, shift: false })];
  }
  if (action !== undefined) {
    Reflect.apply(action, rl, []);
    return;
  }
  if (key.ctrl || key.meta || key.code !== undefined || ignoredKeys.has(key.name)) return;
  if (typeof sequence !== 'string' || sequence === '') return;
  // Plain text, possibly several lines of it.
  const pieces = sequence.split(/\r\n|\n|\r/);
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) rl[keys.kLine]();
    if (pieces[i] !== '') rl[keys.kInsertString](pieces[i]);
  }
}

function editorMethods() {
  return {
    [keys.kTtyWrite](sequence, key) {
      key = key || {};
      releaseHeldText(this);
      try {
        pressKey(this, sequence, key);
      } finally {
        this[kPreviousKey] = key;
      }
    },

    // Redraws prompt and line: back to the first row of the previous
    // drawing, clear to the end of the screen, write, put the cursor back.
    [kRefreshLine]() {
      const text = this[kPrompt] + this.line;
      const whole = this[kGetDisplayPos](text);
      const caret = this.getCursorPos();
      const out = this.output;
      if (this.prevRows > 0) moveCursor(out, 0, -this.prevRows);
      cursorTo(out, 0);
      clearScreenDown(out);
      this[kWriteToOutput](text);
      // A line ending exactly at the right margin leaves the terminal's
      // cursor there, not on the next row; a blank moves it over.
      if (whole.cols === 0) this[kWriteToOutput](' ');
      cursorTo(out, caret.cols);
      const rowsBelow = whole.rows - caret.rows;
      if (rowsBelow > 0) moveCursor(out, 0, -rowsBelow);
      this.prevRows = caret.rows;
    },

    [keys.kInsertString](text) {
      this[keys.kBeforeEdit](this.line, this.cursor);
      this[keys.kPushToUndoStack]();
      if (this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
        this.cursor += text.length;
        this[kRefreshLine]();
        return;
      }
      this.line += text;
      this.cursor += text.length;
      if (this[kInChunk]) {
        this[kHeldText] += text;
      } else if (this.getCursorPos().cols === 0) {
        this[kRefreshLine]();
      } else {
        this[kWriteToOutput](text);
      }
    },

    // Asks the completer about the text before the cursor. The Interface
    // pauses meanwhile; completers may answer through a callback, a
    // returned value or a promise. One that throws throws out of here; an
    // error it reports is printed.
    [keys.kTabComplete](lastKeypressWasTab) {
      this.pause();
      const before = this.line.slice(0, this.cursor);
      let answered = false;
      const answer = (err, result) => {
        if (answered) return;
        answered = true;
        this.resume();
        if (err) {
          this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
          return;
        }
        this[keys.kTabCompleter](lastKeypressWasTab, result);
      };
      const returned = this.completer(before, answer);
      // (line, callback) completers answer when they like; the others'
      // results, promised or not, are taken up one microtask later.
      if (this.completer.length !== 2) {
        Promise.resolve(returned).then((value) => answer(null, value), (err) => answer(err));
      }
    },

    // First Tab: complete as far as all candidates agree (replacing the
    // typed word when they agree on a different spelling of it). Another
    // Tab when that gained nothing: list the candidates in columns, each
    // group (an empty string separates groups) in rows of its own.
    [keys.kTabCompleter](lastKeypressWasTab, result) {
      if (!result) return;
      const [found, completeOn = ''] = result;
      if (!Array.isArray(found) || found.length === 0) return;
      const candidates = found.filter((c) => c !== '');
      if (candidates.length === 0) return;
      const shared = candidates.length === 1 ? candidates[0] : commonPrefix(candidates);
      if (shared.startsWith(completeOn) && shared.length > completeOn.length) {
        this[keys.kInsertString](shared.slice(completeOn.length));
        return;
      }
      if (!completeOn.startsWith(shared) && this.cursor >= completeOn.length) {
        this[keys.kBeforeEdit](this.line, this.cursor);
        this[keys.kPushToUndoStack]();
        const start = this.cursor - completeOn.length;
        this.line = this.line.slice(0, start) + shared + this.line.slice(this.cursor);
        this.cursor = start + shared.length;
        this[kRefreshLine]();
        return;
      }
      if (!lastKeypressWasTab) return;
      const cellWidth = Math.max(...candidates.map((c) => getStringWidth(c))) + 2;
      const screen = this.output ? this.output.columns : undefined;
      const perRow = Math.max(1, Math.floor(screen / cellWidth) || 1);
      const groups = [[]];
      for (const item of found) {
        if (item === '') groups.push([]);
        else groups[groups.length - 1].push(item);
      }
      let listing = '\r\n';
      for (const group of groups) {
        if (group.length === 0) continue;
        if (listing !== '\r\n') listing += '\r\n';
        for (let i = 0; i < group.length; i += perRow) {
          const row = group.slice(i, i + perRow);
          listing += row.map((c, j) =>
            (j === row.length - 1 ? c : c + ' '.repeat(cellWidth - getStringWidth(c)))).join('');
          listing += '\r\n';
        }
      }
      this[kWriteToOutput](`${listing}\r\n`);
      this.prevRows = 0;
      this[kRefreshLine]();
    },

    [keys.kWordLeft]() {
      this[kMoveCursor](wordStartBefore(this.line, this.cursor) - this.cursor);
    },

    [keys.kWordRight]() {
      this[kMoveCursor](wordEndAfter(this.line, this.cursor) - this.cursor);
    },

    [keys.kDeleteLeft]() {
      const n = charBefore(this.line, this.cursor);
      if (n === 0) return;
      deleteRange(this, this.cursor - n, this.cursor);
    },

    [keys.kDeleteRight]() {
      const n = charAt(this.line, this.cursor);
      if (n === 0) return;
      deleteRange(this, this.cursor, this.cursor + n);
    },

    [keys.kDeleteWordLeft]() {
      const from = wordStartBefore(this.line, this.cursor);
      if (from === this.cursor) return;
      deleteRange(this, from, this.cursor);
    },

    [keys.kDeleteWordRight]() {
      const to = wordEndAfter(this.line, this.cursor);
      if (to === this.cursor) return;
      deleteRange(this, this.cursor, to);
    },

    [keys.kDeleteLineLeft]() {
      this[keys.kPushToKillRing](this.line.slice(0, this.cursor));
      deleteRange(this, 0, this.cursor, true);
    },

    [keys.kDeleteLineRight]() {
      this[keys.kPushToKillRing](this.line.slice(this.cursor));
      deleteRange(this, this.cursor, this.line.length, true);
    },

    [keys.kPushToKillRing](text) {
      if (!text || text === this[kKillRing][0]) return;
      this[kKillRing].unshift(text);
      if (this[kKillRing].length > MAX_KILL_RING) this[kKillRing].pop();
      this[kKillRingCursor] = 0;
    },

    [keys.kYank]() {
      const ring = this[kKillRing];
      if (ring.length === 0) return;
      this[kKillRingCursor] = 0;
      this[keys.kInsertString](ring[0]);
      this[kLastYank] = ring[0];
    },

    // Meta+Y right after a yank: swap the yanked text for the next older
    // kill.
    [keys.kYankPop]() {
      const ring = this[kKillRing];
      const last = this[kLastYank];
      if (!last || ring.length < 2) return;
      const next = (this[kKillRingCursor] + 1) % ring.length;
      this[kKillRingCursor] = next;
      const start = this.cursor - last.length;
      this.line = this.line.slice(0, start) + ring[next] + this.line.slice(this.cursor);
      this.cursor = start + ring[next].length;
      this[kLastYank] = ring[next];
      this[kRefreshLine]();
    },

    // Enter: the line goes to history and to its reader.
    [keys.kLine]() {
      const line = this[kAddHistory]();
      this[kUndoStack] = [];
      this[kRedoStack] = [];
      this[kSubstringSearch] = null;
      this.clearLine();
      this[kOnLine](line);
    },

    [keys.kPushToUndoStack]() {
      const stack = this[kUndoStack];
      stack.push({ text: this.line, cursor: this.cursor });
      if (stack.length > MAX_UNDO) stack.shift();
      this[kRedoStack] = [];
    },

    [keys.kUndo]() {
      const state = this[kUndoStack].pop();
      if (state === undefined) return;
      this[kRedoStack].push({ text: this.line, cursor: this.cursor });
      restore(this, state);
    },

    [keys.kRedo]() {
      const state = this[kRedoStack].pop();
      if (state === undefined) return;
      this[kUndoStack].push({ text: this.line, cursor: this.cursor });
      restore(this, state);
    },

    // Down: the next newer history entry starting with what was typed
    // before searching began; past the newest, the typed text itself.
    [keys.kHistoryNext]() {
      browseHistory(this, -1);
    },

    // Up: the next older such entry; past the oldest, the typed text
    // again.
    [keys.kHistoryPrev]() {
      browseHistory(this, +1);
    },
  };
}

function deleteRange(rl, from, to, always = false) {
  if (from === to && !always) return;
  rl[keys.kBeforeEdit](rl.line, rl.cursor);
  if (from !== to) rl[keys.kPushToUndoStack]();
  rl.line = rl.line.slice(0, from) + rl.line.slice(to);
  rl.cursor = from;
  rl[kRefreshLine]();
}

function restore(rl, state) {
  rl.line = state.text;
  rl.cursor = state.cursor;
  rl[kRefreshLine]();
}

// historyIndex -1 is the line being typed; history.length is "past the
// oldest entry".
function browseHistory(rl, step, typed) {
  const list = rl.history;
  if (typed === undefined) {
    if (rl[kSubstringSearch] === null) rl[kSubstringSearch] = rl.line;
    typed = rl[kSubstringSearch];
  }
  let i = rl.historyIndex + step;
  while (i >= 0 && i < list.length && !list[i].startsWith(typed)) i += step;
  i = Math.min(Math.max(i, -1), list.length);
  if (i === rl.historyIndex) return;
  rl.historyIndex = i;
  rl.line = i === -1 || i === list.length ? typed : list[i];
  rl.cursor = rl.line.length;
  rl[kRefreshLine]();
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
