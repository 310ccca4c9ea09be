'use strict';

// AssertionError: the error thrown by every failing `assert` function. When no
// message is given it builds Node's message for the operator: a line diff of
// the inspected values for (deep)strictEqual, the value shown once for the
// "not" variants, and `actual <operator> expected` for the legacy ones.

const { diffLines } = require('internal/assert/myers_diff');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// The first line of a generated message, per operator.
const kHeadlines = Object.assign({ __proto__: null }, Object.fromEntries([
  ['deepStrictEqual', 'Expected values to be strictly deep-equal:'],
  ['partialDeepStrictEqual', 'Expected values to be partially and strictly deep-equal:'],
  ['strictEqual', 'Expected values to be strictly equal:'],
  ['strictEqualObject', 'Expected "actual" to be reference-equal to "expected":'],
  ['deepEqual', 'Expected values to be loosely deep-equal:'],
  ['notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to:'],
  ['notStrictEqual', 'Expected "actual" to be strictly unequal to:'],
  ['notStrictEqualObject', 'Expected "actual" not to be reference-equal to "expected":'],
  ['notDeepEqual', 'Expected "actual" not to be loosely deep-equal to:'],
  ['notIdentical', 'Values have same structure but are not reference-equal:'],
  ['notDeepEqualUnequal', 'Expected values not to be loosely deep-equal:'],
]));

// Two short single-line values are shown as `a !== b` instead of a diff.
const kShortLimit = 12;
// A `^` under the first differing character is added when both lines fit
// this width together.
const kIndicatorWidth = 80;
// A run of unchanged lines longer than this is cut: its first kRunHead
// lines and its last line stay, `...` marks the rest. After the last change
// only kRunHead lines are kept.
const kRunLimit = 7;
const kRunHead = 5;
// Longest value shown in full by the messages that print a value as it is.
const kValueLines = 50;

// Diff colors; only set when stderr is a color terminal.
let blue = '';
let gray = '';
let green = '';
let red = '';
let white = '';

function pickColors() {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  let useColors = false;
  try {
    useColors = Boolean(stderr && stderr.isTTY &&
                        typeof stderr.hasColors === 'function' && stderr.hasColors());
  } catch {
    useColors = false;
  }
  if (stderr && stderr.isTTY) {
    if (useColors) {
      blue = '\u001b[34m';
      gray = '\u001b[90m';
      green = '\u001b[32m';
      white = '\u001b[39m';
      red = '\u001b[31m';
    } else {
      blue = '';
      gray = '';
      green = '';
      white = '';
      red = '';
    }
  }
}

// eslint-disable-next-line no-control-regex
const ansiPattern = /\u001b\[\d\d?m/g;
function removeColors(str) { return str.replace(ansiPattern, ''); }

function isObjectLike(v) { return typeof v === 'object' && v !== null; }

// Same shape as an Error (class, name, message, cause, own keys) but no
// stack, so inspecting it does not print stack frames in the diff. Causes
// that are errors are copied too (`copies` keeps a cycle a cycle).
function copyError(source, copies = new Map()) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  copies.set(source, target);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let cause = source.cause;
    if (cause instanceof Error) cause = copies.get(cause) || copyError(cause, copies);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// How long a value looks in the `a !== b` form: a string without its quotes.
function shortLength(value, line) {
  const length = removeColors(line).length;
  return typeof value === 'string' ? length - 2 : length;
}

// Colored diff, by UTF-16 code unit, of two strings shown on one line each.
function charDiff(header, actualLine, expectedLine) {
  let out = '';
  for (const [kind, ch] of diffLines(actualLine.split(''), expectedLine.split(''))) {
    const color = kind === '+' ? green : kind === '-' ? red : white;
    out += `${color}${ch}${white}`;
  }
  return `${header}\n${green}actual${white} ${red}expected${white}\n\n${out}\n`;
}

// Both values on one line, not both objects.
function singleLineDiff(header, actual, expected, actualLine, expectedLine) {
  if ((actual !== 0 || expected !== 0) &&
      shortLength(actual, actualLine) + shortLength(expected, expectedLine) <= kShortLimit) {
    return `${header}\n\n${actualLine} !== ${expectedLine}\n`;
  }
  if (green !== '' && typeof actual === 'string' && typeof expected === 'string') {
    return charDiff(header, actualLine, expectedLine);
  }
  let message = `${header}\n${green}+ actual${white} ${red}- expected${white}\n\n` +
    `${green}+${white} ${actualLine}\n${red}- ${white}${expectedLine}\n`;
  // Without colors, a `^` points at the first difference of two short lines.
  const a = removeColors(actualLine);
  const b = removeColors(expectedLine);
  if (green === '' && !isObjectLike(actual) && !isObjectLike(expected) &&
      a.length + b.length <= kIndicatorWidth) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i > 2 && i < a.length && i < b.length) message += `${' '.repeat(i + 2)}^\n`;
  }
  return message;
}

// The lines of the diff script that are shown, and whether some were left
// out (both diff modes cut the same way). `actualOnly` formats a line only
// in actual.
function layoutDiff(script, actualOnly) {
  const lines = [];
  let skipped = false;
  const common = (line) => lines.push(`${white}  ${line}`);
  let i = 0;
  while (i < script.length) {
    const [kind, line] = script[i];
    if (kind === '+') {
      lines.push(actualOnly(line));
      i++;
      continue;
    }
    if (kind === '-') {
      lines.push(`${red}-${white} ${line}`);
      i++;
      continue;
    }
    let end = i;
    while (end < script.length && script[end][0] === ' ') end++;
    const run = end - i;
    if (run <= kRunLimit && (end < script.length || i === 0)) {
      for (let j = i; j < end; j++) common(script[j][1]);
    } else if (end === script.length) {
      // After the last change only the first lines of context remain.
      for (let j = i; j < i + Math.min(run, kRunHead); j++) common(script[j][1]);
    } else {
      for (let j = i; j < i + kRunHead; j++) common(script[j][1]);
      lines.push(`${blue}...${white}`);
      skipped = true;
      common(script[end - 1][1]);
    }
    i = end;
  }
  return { lines, skipped };
}

// The message of a failed (deep/partial) strict equality: a line diff of
// the inspected values. `customHeadline` (a user message) replaces the
// "Expected values..." line.
function createErrDiff(actual, expected, operator, customHeadline, diffMode) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = customHeadline || kHeadlines[operator] || kHeadlines.strictEqual;
  const actualInspected = inspectValue(actual);
  const expectedInspected = inspectValue(expected);
  const actualLines = actualInspected.split('\n');
  const expectedLines = expectedInspected.split('\n');
  const bothObjects = isObjectLike(actual) && isObjectLike(expected);

  if (actualLines.length === 1 && expectedLines.length === 1 && !bothObjects) {
    return singleLineDiff(header, actual, expected, actualLines[0], expectedLines[0]);
  }

  if (bothObjects && actualInspected === expectedInspected) {
    // Nothing to diff (e.g. different symbols): show the value once.
    let shown = actualLines;
    let note = '';
    if (diffMode !== 'full' && shown.length > kValueLines) {
      shown = shown.slice(0, kValueLines);
      shown.push('...}');
      note = '... Skipped lines\n';
    }
    return `${kHeadlines.notIdentical}\n\n${note}${shown.join('\n')}\n`;
  }

  // With colors, what a partial comparison ignores of actual is grayed.
  const grayed = gray !== '' && operator === 'partialDeepStrictEqual';
  const { lines, skipped } = layoutDiff(
    diffLines(actualLines, expectedLines),
    grayed ? (line) => `${gray}  ${line}${white}` : (line) => `${green}+${white} ${line}`);
  const legend = grayed ? `${gray}actual${white} ${red}- expected${white}` :
    `${green}+ actual${white} ${red}- expected${white}`;
  return `${header}\n${legend}${skipped ? '\n... Skipped lines' : ''}\n\n${lines.join('\n')}\n`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

// Messages that show the values rather than a diff: the "not" variants and
// the legacy (loose) comparisons. 'simple' cuts long values.
function buildMessage(actual, expected, operator, diffMode) {
  const cut = diffMode !== 'full';
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kHeadlines[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        (isObjectLike(actual) || typeof actual === 'function')) {
      base = kHeadlines.notStrictEqualObject;
    }
    if (cut && lines.length > kValueLines) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    if (lines.length === 1) {
      return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    }
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const headline = kHeadlines[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${headline}\n\n${res}`;
    if (cut && res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (cut && res.length > 512) res = `${res.slice(0, 509)}...`;
  if (cut && other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${headline}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequalHeadline = kHeadlines[`${operator}Unequal`];
    if (unequalHeadline) {
      res = `${unequalHeadline}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function isStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return false;
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const {
      message, operator, stackStartFn, details,
      stackStartFunction,  // the name older versions used
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    let text;
    const diffOperator = operator === 'deepStrictEqual' || operator === 'strictEqual' ||
      operator === 'partialDeepStrictEqual';
    if (message != null && !diffOperator) {
      text = String(message);
    } else {
      pickColors();
      // Two errors in a generated message are shown (and kept) as copies
      // without their stacks.
      const stacked = (value) => value instanceof Error && 'stack' in value;
      if (message == null && stacked(actual) && stacked(expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = diffOperator ?
        createErrDiff(actual, expected, operator, message ? String(message) : '', diff) :
        buildMessage(actual, expected, operator, diff);
    }

    // No stack for the Error constructor to capture: ours is taken below.
    // Only around super(): errors inspected for the message must keep
    // theirs.
    const limitWritable = isStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    super(text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction || AssertionError);
    }
    // Materialize the stack while the name still carries the code, so the
    // stack header reads `AssertionError [ERR_ASSERTION]: ...`.
    fixStackHeader(this);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// V8 renders the stack header lazily from the name at capture time; other
// engines do not put a header in `stack` at all. Make it Node-like.
function fixStackHeader(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const header = `${err.name}: ${err.message}`;
  if (stack.startsWith(header)) return;
  const framesAt = stack.indexOf('\n    at ');
  let frames;
  if (framesAt !== -1) {
    frames = stack.slice(framesAt);
  } else if (stack === '' || /^[^\n]*@/.test(stack)) {
    frames = stack === '' ? '' : `\n${stack.replace(/\n$/, '')}`;
  } else {
    frames = '';
  }
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    value: header + frames, writable: true, configurable: true, enumerable: false,
  });
}

// `util.inspect.custom` is the registered symbol below, in Node and eddy.
Object.defineProperty(AssertionError.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null,
  value: function inspectAssertionError(recurseTimes, ctx) {
    // Long strings are cut and the values shown at depth 0: the message
    // already holds the full comparison.
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  },
  enumerable: false,
  writable: true,
  configurable: true,
});

module.exports = AssertionError;
