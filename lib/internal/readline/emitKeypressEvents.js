'use strict';

// readline.emitKeypressEvents(stream[, interface]) and the key decoder
// behind it: terminal input (UTF-8 text with escape sequences) becomes
// 'keypress' events carrying { sequence, name, ctrl, meta, shift[, code] }.
//
// How keys are named follows what xterm-like terminals send and what Node
// reports for them:
//   - a printable character is its own name, lower-cased (shift set for
//     capitals); \r is 'return', \n 'enter', \t 'tab', \b and DEL
//     'backspace', ' ' 'space', and 0x00-0x1a are ctrl+letter;
//   - ESC (up to two of them) before a character sets meta;
//   - ESC [ ... and ESC O ... are CSI/SS3 sequences: arrows, function and
//     editing keys, with an xterm modifier parameter (1 + shift|meta<<1|
//     ctrl<<2) and rxvt's $ (shift) and ^ (ctrl) suffixes; their `code` is
//     the sequence without ESC and modifier. An unknown code is named
//     'undefined' (the string, as Node does).
// A lone ESC might start a sequence; it becomes the escape key only when
// nothing follows within the interface's escapeCodeTimeout.

const { StringDecoder } = require('string_decoder');

const ESC = '\x1b';
const DEFAULT_ESCAPE_TIMEOUT = 500;

// code -> name. Codes of the modified forms carry the modifier in the key.
const KEY_NAMES = { __proto__: null };
function nameCodes(name, ...codes) {
  for (const code of codes) KEY_NAMES[code] = name;
}
nameCodes('f1', 'OP', '[P', '[11~', '[[A');
nameCodes('f2', 'OQ', '[Q', '[12~', '[[B');
nameCodes('f3', 'OR', '[R', '[13~', '[[C');
nameCodes('f4', 'OS', '[S', '[14~', '[[D');
nameCodes('f5', '[15~', '[[E');
nameCodes('f6', '[17~');
nameCodes('f7', '[18~');
nameCodes('f8', '[19~');
nameCodes('f9', '[20~');
nameCodes('f10', '[21~');
nameCodes('f11', '[23~');
nameCodes('f12', '[24~');
nameCodes('up', '[A', 'OA', '[a', 'Oa');
nameCodes('down', '[B', 'OB', '[b', 'Ob');
nameCodes('right', '[C', 'OC', '[c', 'Oc');
nameCodes('left', '[D', 'OD', '[d', 'Od');
nameCodes('clear', '[E', 'OE', '[e', 'Oe');
nameCodes('end', '[F', 'OF', '[4~', '[8~', '[8$', '[8^');
nameCodes('home', '[H', 'OH', '[1~', '[7~', '[7$', '[7^');
nameCodes('insert', '[2~', '[2$', '[2^');
nameCodes('delete', '[3~', '[3$', '[3^');
nameCodes('pageup', '[5~', '[[5~', '[5$', '[5^');
nameCodes('pagedown', '[6~', '[[6~', '[6$', '[6^');
nameCodes('tab', '[Z');
nameCodes('paste-start', '[200~');
nameCodes('paste-end', '[201~');

// rxvt spells modifiers into the code itself.
const SHIFTED_CODES = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$',
                               '[7$', '[8$', '[Z']);
const CTRL_CODES = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^',
                            '[7^', '[8^']);

const isDigit = (ch) => ch >= '0' && ch <= '9';

// Reads one key from `text` at `start`. Returns { end, key, escaped }, or
// null when `text` ends inside the key (more input may complete it).
function readKey(text, start) {
  let i = start;
  let escapes = 0;
  while (escapes < 2 && text[i] === ESC) {
    escapes++;
    i++;
  }
  if (i >= text.length) return null;
  if (escapes > 0 && (text[i] === '[' || text[i] === 'O')) {
    return readSequence(text, start, i);
  }
  const cp = text.codePointAt(i);
  const ch = String.fromCodePoint(cp);
  const end = i + ch.length;
  const key = {
    sequence: text.slice(start, end),
    name: undefined,
    ctrl: false,
    meta: escapes > 0,
    shift: false,
  };
  switch (ch) {
    case '\r': key.name = 'return'; break;
    case '\n': key.name = 'enter'; break;
    case '\t': key.name = 'tab'; break;
    case '\b':
    case '\x7f': key.name = 'backspace'; break;
    case ESC: key.name = 'escape'; break;
    case ' ': key.name = 'space'; break;
    default:
      if (cp <= 0x1a) {
        key.name = String.fromCharCode(cp + 0x60);
        key.ctrl = true;
      } else if ((ch >= 'a' && ch <= 'z') || isDigit(ch)) {
        key.name = ch;
      } else if (ch >= 'A' && ch <= 'Z') {
        key.name = ch.toLowerCase();
        key.shift = true;
      }
  }
  return { end, key, escaped: escapes > 0 };
}

// A CSI (ESC [) or SS3 (ESC O) sequence; `at` indexes its '[' or 'O'.
function readSequence(text, start, at) {
  let i = at + 1;
  let code = text[at];
  let modifier = 0;
  if (code === 'O') {
    // SS3: an optional modifier digit, then the final character.
    if (i < text.length && isDigit(text[i])) modifier = Number(text[i++]) - 1;
    if (i >= text.length) return null;
    code += text[i++];
  } else {
    if (text[i] === '[') {
      code += '[';
      i++;
    }
    const paramsAt = i;
    while (i < text.length && (isDigit(text[i]) || text[i] === ';')) i++;
    if (i >= text.length) return null;
    const params = text.slice(paramsAt, i);
    const final = text[i++];
    const [first = '', second] = params.split(';');
    if (final === '~' || final === '^' || final === '$') {
      // ESC [ n ; m ~  : key n, modifier m.
      code += first + final;
      if (second) modifier = Number(second) - 1;
    } else if (/^\d$/.test(first) && second === undefined) {
      // ESC [ m A  : a lone digit before a letter is the modifier.
      code += final;
      modifier = Number(first) - 1;
    } else if (/^\d?$/.test(first) && second !== undefined && /^\d$/.test(second)) {
      // ESC [ 1 ; m A
      code += final;
      modifier = Number(second) - 1;
    } else {
      code += params + final;
    }
  }
  const name = KEY_NAMES[code];
  const key = {
    sequence: text.slice(start, i),
    name: name === undefined ? 'undefined' : name,
    ctrl: (modifier & 4) !== 0 || CTRL_CODES.has(code),
    meta: (modifier & 2) !== 0,
    shift: (modifier & 1) !== 0 || SHIFTED_CODES.has(code),
    code,
  };
  return { end: i, key, escaped: true };
}

// Only escape characters: a key of its own if nothing follows in time.
function escapeKey(sequence) {
  return { sequence, name: 'escape', ctrl: false, meta: true, shift: false };
}

// Splits `text` into keys: onKey(sequenceOrUndefined, key) for each (the
// first argument is undefined for escape sequences, as in the 'keypress'
// event). Returns the unfinished tail of `text`.
function decodeKeys(text, onKey) {
  let at = 0;
  while (at < text.length) {
    const read = readKey(text, at);
    if (read === null) return text.slice(at);
    onKey(read.escaped ? undefined : read.key.sequence, read.key);
    at = read.end;
  }
  return '';
}

// The keys in a complete string; an unfinished escape sequence at its end
// is taken as it stands.
function keysOf(text, onKey) {
  const rest = decodeKeys(text, onKey);
  if (rest === '') return;
  if (/^\x1b+$/.test(rest)) onKey(undefined, escapeKey(rest));
  else onKey(undefined, { sequence: rest, name: undefined, ctrl: false, meta: true, shift: false });
}

const kDecoderState = Symbol('keypress decoder');

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoderState]) return;
  const state = {
    utf8: new StringDecoder('utf8'),
    pending: '',
    timer: null,
  };
  stream[kDecoderState] = state;

  const emit = (sequence, key) => stream.emit('keypress', sequence, key);
  const flushEscapes = () => {
    state.timer = null;
    const keys = state.pending;
    state.pending = '';
    if (keys !== '') emit(undefined, escapeKey(keys));
  };

  function onData(chunk) {
    // Keys nobody listens for are not decoded; listening again restarts.
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    const text = state.pending + state.utf8.write(chunk);
    state.pending = '';
    state.pending = decodeKeys(text, emit);
    if (state.pending !== '' && /^\x1b+$/.test(state.pending)) {
      const wait = iface && iface.escapeCodeTimeout !== undefined ?
        iface.escapeCodeTimeout : DEFAULT_ESCAPE_TIMEOUT;
      state.timer = setTimeout(flushEscapes, wait);
    }
  }

  // Reading 'data' would start the stream flowing, so that waits for the
  // first 'keypress' listener.
  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, keysOf };
