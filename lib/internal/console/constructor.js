'use strict';

// The Console class. Every method formats its arguments into one string and
// writes it with a single `stream.write()` to stdout or stderr.

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kLightweight = Symbol.for('eddy.lightweightStdio');
const kBindProperties = Symbol('kBindProperties');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const optionsMap = new WeakMap();
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
let typesModule;
function lazyTypes() {
  if (typesModule === undefined) typesModule = require('internal/util/types');
  return typesModule;
}

function noop() {}

const hidden = { __proto__: null, writable: true, enumerable: false, configurable: true };
function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: hidden, value });
}

// --- string width (for console.table) ------------------------------------------

function getStringWidth(str) {
  return lazyInspect().getStringWidth(str, true);
}

// --- table drawing ---------------------------------------------------------------

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// `head` is the list of column titles, `columns` one (sparse) array per column.
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = 0;
  for (let i = 0; i < columns.length; i++) {
    if (columns[i].length > longestColumn) longestColumn = columns[i].length;
  }
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = width > counted ? width : counted;
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (let i = 0; i < rows.length; i++) result += `${renderRow(rows[i], columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

// Entries of a Map/Set iterator without consuming it, when the engine can.
function previewIteratorEntries(iterator, isKeyValue) {
  let binding;
  try {
    binding = internalBinding('util');
  } catch {
    binding = undefined;
  }
  if (binding && typeof binding.previewEntries === 'function') {
    // With a second argument the binding answers [entries, isKeyValue].
    return isKeyValue ? binding.previewEntries(iterator, true) : binding.previewEntries(iterator);
  }
  // Fallback: consumes the iterator.
  const entries = [];
  let keyValue = false;
  for (const value of iterator) {
    if (isKeyValue && Array.isArray(value) && value.length === 2) {
      keyValue = true;
      entries.push(value[0], value[1]);
    } else {
      entries.push(value);
    }
  }
  return isKeyValue ? [entries, keyValue] : entries;
}

// --- time formatting ----------------------------------------------------------------

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
    return `${head}:${pad2(parts[0])}.${parts[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// --- colors ---------------------------------------------------------------------

function shouldColorize(stream) {
  return require('internal/util').shouldColorize(stream);
}

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && stream && typeof stream.listenerCount === 'function') {
      const state = stream._writableState;
      if (!(state && state.errorEmitted) && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

// --- the class ------------------------------------------------------------------

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Methods are bound so they can be passed around (`const { log } = c`).
  const keys = Object.keys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { __proto__: null, value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consolePropAttributes = { writable: true, enumerable: false, configurable: true };

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

const kInternalMethods = {
  [kBindStreamsEager](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: { __proto__: null, ...consolePropAttributes, value: stdout },
      _stderr: { __proto__: null, ...consolePropAttributes, value: stderr },
    });
  },

  // Streams are read from `object` on first use. A lightweight stand-in
  // (lib/internal/process/stdio.js) is used but never kept.
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      _stdout: {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() {
          if (stdout) return stdout;
          const stream = object.stdout;
          if (!stream || !stream[kLightweight]) stdout = stream;
          return stream;
        },
        set(value) { stdout = value; },
      },
      _stderr: {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() {
          if (stderr) return stderr;
          const stream = object.stderr;
          if (!stream || !stream[kLightweight]) stderr = stream;
          return stream;
        },
        set(value) { stderr = value; },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    defineHidden(this, '_stdoutErrorHandler', createWriteErrorHandler(this, kUseStdout));
    defineHidden(this, '_stderrErrorHandler', createWriteErrorHandler(this, kUseStderr));
    defineHidden(this, '_ignoreErrors', Boolean(ignoreErrors));
    defineHidden(this, '_times', new Map());
    defineHidden(this, kCounts, new Map());
    defineHidden(this, kColorMode, colorMode);
    defineHidden(this, kIsConsole, true);
    defineHidden(this, kGroupIndent, '');
    defineHidden(this, kGroupIndentationWidth, groupIndentation);
  },

  [kWriteToConsole](streamSymbol, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];
    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';

    if (ignoreErrors === false) return stream.write(string);

    // Errors may come synchronously (files, TTYs) or later (pipes): a
    // temporary no-op 'error' listener covers the first case, the write
    // callback the second.
    const isEmitter = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' && typeof stream.removeListener === 'function';
    let added = false;
    try {
      if (isEmitter && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
        added = true;
      }
      stream.write(string, errorHandler);
    } catch (e) {
      // A stack overflow is not swallowed (SpiderMonkey reports it as an
      // InternalError 'too much recursion', V8 as a RangeError).
      if (e !== null && typeof e === 'object' &&
          ((e instanceof RangeError && /call stack/i.test(`${e.message}`)) ||
           (e.name === 'InternalError' && e.message === 'too much recursion'))) {
        throw e;
      }
      // The console swallows stream errors.
    } finally {
      if (added) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    if (isPlainText(args)) return joinText(args);
    const opts = this[kGetInspectOptions](this._stdout);
    return Reflect.apply(lazyInspect().formatWithOptions, null, withFirst(opts, args));
  },

  [kFormatForStderr](args) {
    if (isPlainText(args)) return joinText(args);
    const opts = this[kGetInspectOptions](this._stderr);
    return Reflect.apply(lazyInspect().formatWithOptions, null, withFirst(opts, args));
  },
};

// Strings only, the first without a `%` that could start a format
// specifier: formatting them is joining them with spaces, so the common
// console.log('text') needs no util.inspect (which start-up then never
// loads).
const stringIndexOf = String.prototype.indexOf;
function isPlainText(args) {
  if (args.length === 0 || typeof args[0] !== 'string' ||
      Reflect.apply(stringIndexOf, args[0], ['%']) !== -1) {
    return false;
  }
  for (let i = 1; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return true;
}

function joinText(args) {
  let text = args[0];
  for (let i = 1; i < args.length; i++) text += ' ' + args[i];
  return text;
}

// [first, ...rest] without the array iterator (which user code may patch).
function withFirst(first, rest) {
  const out = [first];
  for (let i = 0; i < rest.length; i++) out[i + 1] = rest[i];
  return out;
}

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    const { inspect } = lazyInspect();
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = {
      name: 'Trace',
      message: this[kFormatForStderr](args),
    };
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
    }
    let stack = err.stack;
    if (typeof stack !== 'string') {
      // No captureStackTrace: build the header over a fresh stack.
      const raw = `${new Error().stack || ''}`;
      const lines = raw.split('\n').slice(1).filter((l) => l !== '');
      stack = `${err.name}: ${err.message}${lines.length ? `\n${lines.join('\n')}` : ''}`;
    }
    this.error(stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clears a TTY; does nothing elsewhere.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H');
      this._stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) count = 1;
    else count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');

    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const { inspect } = lazyInspect();
    const types = lazyTypes();
    const final = (k, v) => this.log(renderTable(k, v));

    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        Object.keys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = types.isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const res = previewIteratorEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }

    if (isKeyValue || types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (let i = 0; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }

    const setIter = types.isSetIterator(tabularData);
    if (setIter) tabularData = previewIteratorEntries(tabularData, false);

    if (setIter || mapIter || types.isSet(tabularData)) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null ||
        (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }

    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// Methods in Node's order; they are enumerable on the prototype.
const methodOrder = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
                     'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug',
                     'info', 'dirxml', 'error', 'groupCollapsed'];
for (let i = 0; i < methodOrder.length; i++) {
  Console.prototype[methodOrder[i]] = consoleMethods[methodOrder[i]];
}
const internalKeys = Object.getOwnPropertySymbols(kInternalMethods);
for (let i = 0; i < internalKeys.length; i++) {
  Object.defineProperty(Console.prototype, internalKeys[i], {
    __proto__: null, ...consolePropAttributes, value: kInternalMethods[internalKeys[i]],
  });
}
Object.defineProperty(Console.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'console',
});

// The global console: an object (not a Console instance) whose methods are
// bound to it and whose streams are process.stdout/process.stderr on demand.
function createGlobalConsole() {
  const globalConsole = Object.create({});
  const keys = Reflect.ownKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const prop = keys[i];
    if (prop === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
    if (typeof desc.value === 'function') {
      desc.value = desc.value.bind(globalConsole);
      Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: prop });
    }
    Reflect.defineProperty(globalConsole, prop, desc);
  }
  globalConsole[kBindStreamsLazy](require('internal/process/stdio').consoleStreams);
  globalConsole[kBindProperties](true, 'auto');
  return globalConsole;
}

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  kWriteToConsole,
  formatTime,
  renderTable,
  createGlobalConsole,
};
