'use strict';

// The Console class and the global console object.
//
// Every printing method turns its arguments into one string and hands it,
// indented for the current group and ended by a newline, to one write() on
// the console's stdout or stderr stream. Stream failures are swallowed
// unless the console was built with ignoreErrors: false.

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR },
} = require('internal/errors');
const {
  validateArray, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');

// util.inspect is big; a console that only prints strings never needs it.
let inspectApi;
const inspector = () => inspectApi || (inspectApi = require('internal/util/inspect'));
let typeChecks;
const types = () => typeChecks || (typeChecks = require('internal/util/types'));

// --- keys ----------------------------------------------------------------------
//
// Descriptions match Node's, since Reflect.ownKeys(console) shows them.

// Per-instance state.
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kIndentStep = Symbol('kGroupIndentWidth');
const kIndent = Symbol('kGroupIndentationString');
// Internal methods on Console.prototype.
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
// Marks internal/process/stdio's stand-in streams.
const kLightweight = Symbol.for('eddy.lightweightStdio');

// Which stream a write goes to (the first argument of kWriteToConsole).
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const MAX_GROUP_INDENTATION = 1000;
// inspectOptions given to the constructor, by instance.
const userInspectOptions = new WeakMap();
const WITH_COLORS = Object.freeze({ colors: true });
const WITHOUT_COLORS = Object.freeze({});

function hide(target, key, value) {
  Object.defineProperty(target, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

function ignore() {}

// --- diagnostics_channel -------------------------------------------------------
//
// log/info/debug/warn/error publish their raw arguments on 'console.<name>'
// before formatting, so a subscriber can inspect or amend them. Nobody can
// subscribe before loading diagnostics_channel, so until a program does,
// printing neither loads it nor looks anything up. (`require` here is the
// builtin loader; its cache holds the builtins loaded so far.)

let channels = null;
function publish(method, args) {
  if (channels === null) {
    const loaded = require.cache;
    if (loaded && typeof loaded.has === 'function' && !loaded.has('diagnostics_channel')) return;
    const dc = require('diagnostics_channel');
    channels = { __proto__: null };
    for (const name of ['log', 'info', 'debug', 'warn', 'error']) {
      channels[name] = dc.channel(`console.${name}`);
    }
  }
  const ch = channels[method];
  if (ch.hasSubscribers) ch.publish(args);
}

// --- construction --------------------------------------------------------------

// new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions,
// groupIndentation }) or the older new Console(stdout[, stderr[, ignoreErrors]]).
function Console(options) {
  if (!new.target) return Reflect.construct(Console, arguments);

  const legacyForm = !options || typeof options.write === 'function';
  const opts = legacyForm ?
    { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] } : options;
  const stdout = opts.stdout;
  const stderr = opts.stderr === undefined ? stdout : opts.stderr;
  const colorMode = opts.colorMode === undefined ? 'auto' : opts.colorMode;
  const { inspectOptions, groupIndentation } = opts;

  for (const [name, stream] of [['stdout', stdout], ['stderr', stderr]]) {
    if (!stream || typeof stream.write !== 'function') {
      throw new ERR_CONSOLE_WRITABLE_STREAM(name);
    }
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, MAX_GROUP_INDENTATION);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    // colorMode and inspectOptions.colors would say the same thing twice.
    if (inspectOptions.colors !== undefined && opts.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    userInspectOptions.set(this, inspectOptions);
  }

  // Own bound copies of the methods, so `const { log } = myConsole` works.
  for (const name of Object.keys(Console.prototype)) {
    const bound = this[name].bind(this);
    Object.defineProperty(bound, 'name', { __proto__: null, value: name });
    this[name] = bound;
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](opts.ignoreErrors === undefined ? true : opts.ignoreErrors,
                        colorMode, groupIndentation);
}

// The global console is no Console instance but passes instanceof all the
// same: membership is the kIsConsole mark.
Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(candidate) {
    return candidate != null && candidate[kIsConsole] === true;
  },
});

// A write callback that, once an asynchronous write failed, keeps the
// stream's later 'error' event from becoming an uncaught exception.
function swallowLaterErrors(con, which) {
  return (err) => {
    if (err === null || err === undefined) return;
    const stream = which === kUseStdout ? con._stdout : con._stderr;
    if (!stream || typeof stream.listenerCount !== 'function') return;
    const state = stream._writableState;
    if ((!state || !state.errorEmitted) && stream.listenerCount('error') === 0) {
      stream.once('error', ignore);
    }
  };
}

// Recursion too deep is a bug of the program, not a stream failure: it is
// never swallowed. (SpiderMonkey calls it InternalError, V8 RangeError.)
function isStackOverflow(e) {
  if (e === null || typeof e !== 'object') return false;
  if (e.name === 'InternalError' && e.message === 'too much recursion') return true;
  return e instanceof RangeError && /call stack/i.test(`${e.message}`);
}

// A getter/setter pair for _stdout or _stderr of the global console: the
// stream is taken from `source` when first used. A lightweight stand-in is
// returned but not remembered, so the real stream takes over once created.
function lazyStream(source, which) {
  let chosen;
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      if (chosen) return chosen;
      const stream = source[which];
      if (!stream || !stream[kLightweight]) chosen = stream;
      return stream;
    },
    set(stream) {
      chosen = stream;
    },
  };
}

// --- formatting ----------------------------------------------------------------

// Only strings, the first without '%': the result is just them joined by
// spaces. This spares the common console.log('text') from loading
// util.inspect at all.
function joinIfPlain(args) {
  const n = args.length;
  if (n === 0 || typeof args[0] !== 'string') return null;
  let text = args[0];
  if (text.includes('%')) return null;
  for (let i = 1; i < n; i++) {
    if (typeof args[i] !== 'string') return null;
    text += ` ${args[i]}`;
  }
  return text;
}

function formatArgs(con, stream, args) {
  const plain = joinIfPlain(args);
  if (plain !== null) return plain;
  // Built by index: user code may have replaced the array iterator.
  const callArgs = [con[kGetInspectOptions](stream)];
  for (let i = 0; i < args.length; i++) callArgs[i + 1] = args[i];
  return Reflect.apply(inspector().formatWithOptions, null, callArgs);
}

// --- timers --------------------------------------------------------------------

// A duration in milliseconds as console.timeEnd() prints it: '12.345ms',
// '1.500s', '1:02.345 (m:ss.mmm)' or '1:02:03.456 (h:mm:ss.mmm)'.
function formatTime(ms) {
  if (ms < 1000) return `${Number(ms.toFixed(3))}ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(3)}s`;
  const hours = Math.floor(ms / 3600000);
  const minutes = Math.floor((ms % 3600000) / 60000);
  const [whole, fraction] = ((ms % 60000) / 1000).toFixed(3).split('.');
  const secs = `${whole.padStart(2, '0')}.${fraction}`;
  if (hours === 0) return `${minutes}:${secs} (m:ss.mmm)`;
  return `${hours}:${`${minutes}`.padStart(2, '0')}:${secs} (h:mm:ss.mmm)`;
}

// Prints the time since console.time(label); false if there is no such timer.
function reportTimer(con, method, label, extra) {
  const started = con._times.get(label);
  if (started === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  const [s, ns] = process.hrtime(started);
  const elapsed = formatTime(s * 1000 + ns / 1e6);
  if (extra === undefined || extra.length === 0) con.log('%s: %s', label, elapsed);
  else con.log('%s: %s', label, elapsed, ...extra);
  return true;
}

// --- console.table -------------------------------------------------------------

const BOX = {
  line: '─', cross: '┼', down: '┬', up: '┴', left: '├', right: '┤',
  topLeft: '┌', topRight: '┐', bottomLeft: '└', bottomRight: '┘', bar: '│',
};

const cellWidth = (text) => inspector().getStringWidth(text, true);

// Draws the table. `header` holds the column titles; `columns[c][r]` the
// text of row r in column c (holes print empty).
function renderTable(header, columns) {
  let rowCount = 0;
  for (const column of columns) rowCount = Math.max(rowCount, column.length);
  const widths = header.map((title) => cellWidth(title));
  const body = [];
  for (let r = 0; r < rowCount; r++) body.push([]);
  columns.forEach((column, c) => {
    for (let r = 0; r < rowCount; r++) {
      const text = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      body[r][c] = text;
      widths[c] = Math.max(widths[c] || 0, cellWidth(text));
    }
  });
  const rule = (left, joint, right) =>
    left + widths.map((w) => BOX.line.repeat(w + 2)).join(joint) + right;
  const row = (cells) => {
    const padded = cells.map((text, c) => text + ' '.repeat(widths[c] - cellWidth(text)));
    return `${BOX.bar} ${padded.join(` ${BOX.bar} `)} ${BOX.bar}`;
  };
  const out = [
    rule(BOX.topLeft, BOX.down, BOX.topRight),
    row(header),
    rule(BOX.left, BOX.cross, BOX.right),
  ];
  for (const cells of body) out.push(row(cells));
  out.push(rule(BOX.bottomLeft, BOX.up, BOX.bottomRight));
  return out.join('\n');
}

// The entries a Map or Set iterator has left, read without advancing it
// when the engine binding allows. For map iterators the answer is
// [flat list, whether it holds key/value pairs].
function peekIterator(iterator, mapIterator) {
  const util = internalBinding('util');
  if (util && typeof util.previewEntries === 'function') {
    return mapIterator ? util.previewEntries(iterator, true) : util.previewEntries(iterator);
  }
  const flat = [];
  let pairs = false;
  for (const item of iterator) {
    if (mapIterator && Array.isArray(item) && item.length === 2) {
      pairs = true;
      flat.push(item[0], item[1]);
    } else {
      flat.push(item);
    }
  }
  return mapIterator ? [flat, pairs] : flat;
}

const INDEX_TITLE = '(index)';
const ITERATION_TITLE = '(iteration index)';
const KEY_TITLE = 'Key';
const VALUES_TITLE = 'Values';

// Builds console.table's [header, columns] for `data` (an object).
function tabulate(data, properties, cell) {
  const t = types();
  const counting = (n) => Array.from({ length: n }, (_, i) => cell(i));

  let mapLike = t.isMap(data);
  let setLike = t.isSet(data);
  let flatPairs = null;
  if (t.isMapIterator(data)) {
    const [flat, pairs] = peekIterator(data, true);
    if (pairs) flatPairs = flat;
    else data = flat;
    mapLike = pairs;
    setLike = !pairs;
  } else if (t.isSetIterator(data)) {
    data = peekIterator(data, false);
    setLike = true;
  }

  if (mapLike) {
    const keyCells = [];
    const valueCells = [];
    if (flatPairs !== null) {
      for (let i = 0; i + 1 < flatPairs.length; i += 2) {
        keyCells.push(cell(flatPairs[i]));
        valueCells.push(cell(flatPairs[i + 1]));
      }
    } else {
      for (const { 0: k, 1: v } of data) {
        keyCells.push(cell(k));
        valueCells.push(cell(v));
      }
    }
    return [[ITERATION_TITLE, KEY_TITLE, VALUES_TITLE],
            [counting(keyCells.length), keyCells, valueCells]];
  }
  if (setLike) {
    const valueCells = [];
    for (const v of data) valueCells.push(cell(v));
    return [[ITERATION_TITLE, VALUES_TITLE], [counting(valueCells.length), valueCells]];
  }

  // A plain object or array: one row per own key. Object rows spread into
  // one column per property; primitive rows go to a final Values column.
  const rowKeys = Object.keys(data);
  const byProperty = new Map();
  const primitiveCells = [];
  let anyPrimitive = false;
  rowKeys.forEach((rowKey, r) => {
    const item = data[rowKey];
    const primitive = item === null || (typeof item !== 'object' && typeof item !== 'function');
    if (primitive && properties === undefined) {
      anyPrimitive = true;
      primitiveCells[r] = cell(item);
      return;
    }
    for (const prop of properties || Object.keys(item)) {
      let column = byProperty.get(prop);
      if (column === undefined) byProperty.set(prop, column = []);
      const present = !primitive && Object.prototype.hasOwnProperty.call(item, prop);
      column[r] = present ? cell(item[prop]) : '';
    }
  });
  const header = [INDEX_TITLE, ...byProperty.keys()];
  const columns = [rowKeys, ...byProperty.values()];
  if (anyPrimitive) {
    header.push(VALUES_TITLE);
    columns.push(primitiveCells);
  }
  return [header, columns];
}

// --- Console.prototype ---------------------------------------------------------

// Internal methods, non-enumerable, keyed by the symbols above.
const internals = {
  [kBindStreamsEager](stdout, stderr) {
    hide(this, '_stdout', stdout);
    hide(this, '_stderr', stderr);
  },

  [kBindStreamsLazy](source) {
    Object.defineProperty(this, '_stdout', lazyStream(source, 'stdout'));
    Object.defineProperty(this, '_stderr', lazyStream(source, 'stderr'));
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    hide(this, '_stdoutErrorHandler', swallowLaterErrors(this, kUseStdout));
    hide(this, '_stderrErrorHandler', swallowLaterErrors(this, kUseStderr));
    hide(this, '_ignoreErrors', Boolean(ignoreErrors));
    hide(this, '_times', new Map());
    hide(this, kCounts, new Map());
    hide(this, kColorMode, colorMode);
    hide(this, kIsConsole, true);
    hide(this, kIndentStep, groupIndentation);
    hide(this, kIndent, '');
    Object.defineProperty(this, Symbol.toStringTag, {
      __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
    });
  },

  [kWriteToConsole](which, text) {
    const toStdout = which === kUseStdout;
    const stream = toStdout ? this._stdout : this._stderr;
    const indent = this[kIndent];
    if (indent !== '') text = indent + text.replaceAll('\n', `\n${indent}`);
    text += '\n';

    if (this._ignoreErrors === false) return stream.write(text);

    // A failing write reports either by throwing or emitting 'error' right
    // away (files, TTYs), or later through the callback (pipes). A
    // throw-away 'error' listener covers the first case while we write.
    const guard = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' && typeof stream.removeListener === 'function' &&
      stream.listenerCount('error') === 0;
    if (guard) stream.once('error', ignore);
    try {
      stream.write(text, toStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
    } catch (e) {
      if (isStackOverflow(e)) throw e;
    } finally {
      if (guard) stream.removeListener('error', ignore);
    }
  },

  // The util.inspect options for output to `stream`: colours follow
  // colorMode ('auto' asks the stream) unless inspectOptions fixed them.
  [kGetInspectOptions](stream) {
    let colors = this[kColorMode];
    if (colors === 'auto') colors = require('internal/util').shouldColorize(stream);
    const custom = userInspectOptions.get(this);
    if (custom === undefined) return colors ? WITH_COLORS : WITHOUT_COLORS;
    if (custom.colors === undefined) custom.colors = colors;
    return custom;
  },

  [kFormatForStdout](args) {
    return formatArgs(this, this._stdout, args);
  },

  [kFormatForStderr](args) {
    return formatArgs(this, this._stderr, args);
  },
};

// The public methods, in Node's order (it shows in Object.keys(console)).
const methods = {
  log(...args) {
    publish('log', args);
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  info(...args) {
    publish('info', args);
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  debug(...args) {
    publish('debug', args);
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    publish('warn', args);
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  error(...args) {
    publish('error', args);
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  // Always the inspected object, never its custom [inspect] view.
  dir(object, options) {
    const inspectOptions = {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    };
    this[kWriteToConsole](kUseStdout, inspector().inspect(object, inspectOptions));
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
    if (reportTimer(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...extra) {
    reportTimer(this, 'timeLog', `${label}`, extra);
  },

  trace: function trace(...args) {
    const header = { name: 'Trace', message: this[kFormatForStderr](args) };
    if (typeof Error.captureStackTrace === 'function') {
      // The stack starts at trace()'s caller.
      Error.captureStackTrace(header, trace);
    }
    let stack = header.stack;
    if (typeof stack !== 'string') {
      const frames = `${new Error().stack || ''}`.split('\n').slice(1).filter(Boolean);
      stack = [`Trace: ${header.message}`, ...frames].join('\n');
    }
    this.error(stack);
  },

  // A failed assertion prints like console.warn, prefixed: 'Assertion
  // failed: <message>' when the first argument is a string (it stays a
  // format string), 'Assertion failed' as an argument of its own otherwise.
  assert(expression, ...args) {
    if (expression) return;
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    Reflect.apply(this.warn, this, args);
  },

  // Only a terminal can be cleared.
  clear() {
    const out = this._stdout;
    if (!out.isTTY || process.env.TERM === 'dumb') return;
    out.write('\x1b[1;1H');
    out.write('\x1b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const total = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, total);
    this.log(`${label}: ${total}`);
  },

  // The lookup uses the label as given, so a non-string label never
  // matches (as in Node).
  countReset(label = 'default') {
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(`${label}`);
  },

  group(...heading) {
    if (heading.length !== 0) Reflect.apply(this.log, this, heading);
    this[kIndent] += ' '.repeat(this[kIndentStep]);
  },

  groupEnd() {
    const indent = this[kIndent];
    this[kIndent] = indent.slice(0, Math.max(0, indent.length - this[kIndentStep]));
  },

  table(data, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (data === null || typeof data !== 'object') return this.log(data);
    const inspectOptions = this[kGetInspectOptions](this._stdout);
    // Cells are one-line inspections; objects with many keys print
    // shallower so the table stays readable.
    const cell = (value) => {
      const wide = value !== null && typeof value === 'object' && !Array.isArray(value) &&
        Object.keys(value).length > 2;
      return inspector().inspect(value, {
        depth: wide ? -1 : 0,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...inspectOptions,
      });
    };
    const [header, columns] = tabulate(data, properties, cell);
    return this.log(renderTable(header, columns));
  },
};
methods.dirxml = methods.log;
methods.groupCollapsed = methods.group;

for (const name of Object.keys(methods)) Console.prototype[name] = methods[name];
for (const key of Object.getOwnPropertySymbols(internals)) {
  Object.defineProperty(Console.prototype, key, {
    __proto__: null, value: internals[key], writable: true, enumerable: false, configurable: true,
  });
}

// --- the global console --------------------------------------------------------

// An ordinary object (its prototype an empty object) carrying every Console
// method bound to itself, writing to process.stdout/stderr looked up when
// first used.
function createGlobalConsole() {
  const con = Object.create({});
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      const bound = desc.value.bind(con);
      Reflect.defineProperty(bound, 'name', { __proto__: null, value: key });
      desc.value = bound;
    }
    Reflect.defineProperty(con, key, desc);
  }
  con[kBindStreamsLazy](require('internal/process/stdio').consoleStreams);
  con[kBindProperties](true, 'auto');
  return con;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  kBindProperties,
  kBindStreamsLazy,
  kWriteToConsole,
  renderTable,
};
