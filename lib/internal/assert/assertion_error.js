'use strict';

// AssertionError: the error thrown by every failing `assert` function. When no
// message is given it builds Node's message for the operator: a line diff of
// the inspected values for (deep)strictEqual, the value shown once for the
// "not" variants, and `actual <operator> expected` for the legacy ones.

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function defaultColors() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  const defaults = inspectFn.defaultOptions;
  return Boolean(defaults && defaults.colors);
}

const kHeadlines = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short single-line primitives are shown as `a !== b` instead of a diff.
const kShortLimit = 12;

// Diff colors; only set when stderr is a color terminal.
let blue = '';
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
      green = '\u001b[32m';
      white = '\u001b[39m';
      red = '\u001b[31m';
    } else {
      blue = '';
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

// Same shape as an Error (class, name, message, own keys) but no stack, so
// inspecting it does not print stack frames in the diff.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
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

// Up to three lines that matched just before a difference are shown for
// context; when more matched, a `...` marks the lines left out.
function contextBefore(lines, i, identical) {
  let out = '';
  let skipped = false;
  let printed = 0;
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          out += `\n  ${lines[i - 3]}`;
          printed++;
        } else {
          out += `\n${blue}...${white}`;
          skipped = true;
        }
      }
      out += `\n  ${lines[i - 2]}`;
      printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    printed++;
  }
  return { out, skipped, printed };
}

// `customHeadline` (a user message) replaces the "Expected values..." line.
function createErrDiff(actual, expected, operator, customHeadline) {
  let pending = '';
  let res = '';
  let tail = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  let i = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colored = defaultColors();
    const actualRaw = colored ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colored ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kShortLimit) {
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${customHeadline || kHeadlines[operator]}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
      const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the common trailing lines: up to three are kept as context after the
  // diff, the rest collapse into `...`.
  let lastCommon = '';
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      tail = `\n  ${a}${tail}`;
    } else {
      lastCommon = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Identical inspection but not equal (e.g. different symbols).
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    return `${kHeadlines.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (i >= 5) {
    tail = `\n${blue}...${white}${tail}`;
    skipped = true;
  }
  if (lastCommon !== '') {
    tail = `\n  ${lastCommon}${tail}`;
  }

  let printedLines = 0;
  let identical = 0;
  const header = `${customHeadline || kHeadlines[operator]}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedNote = ` ${blue}...${white} Lines skipped`;

  // `longer` holds the lines that outlast the other side.
  let longer = actualLines;
  let sign = `${green}+${white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    longer = expectedLines;
    sign = `${red}-${white}`;
    shorterLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (shorterLength < i + 1) {
      const ctx = contextBefore(longer, i, identical);
      res += ctx.out;
      printedLines += ctx.printed;
      if (ctx.skipped) skipped = true;
      identical = 0;
      if (longer === actualLines) {
        res += `\n${sign} ${longer[i]}`;
      } else {
        pending += `\n${sign} ${longer[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // Only a trailing comma differs: show the actual line with the comma.
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        const ctx = contextBefore(actualLines, i, identical);
        res += ctx.out;
        printedLines += ctx.printed;
        if (ctx.skipped) skipped = true;
        identical = 0;
        // Expected lines wait so a block of changes reads +++ then ---.
        res += `\n${green}+${white} ${actualLine}`;
        pending += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += pending;
        pending = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return `${header}${skippedNote}\n${res}\n${blue}...${white}${pending}\n` +
             `${blue}...${white}`;
    }
  }

  return `${header}${skipped ? skippedNote : ''}\n${res}${pending}${tail}${indicator}`;
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

function buildMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kHeadlines[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        (isObjectLike(actual) || typeof actual === 'function')) {
      base = kHeadlines.notStrictEqualObject;
    }
    if (lines.length > 50) {
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
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
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
    } = options;
    let { actual, expected } = options;

    const limitWritable = isStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;

    const diffOperator = operator === 'deepStrictEqual' || operator === 'strictEqual' ||
      operator === 'partialDeepStrictEqual';
    if (message != null && !diffOperator) {
      super(String(message));
    } else {
      pickColors();
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (diffOperator) {
        super(createErrDiff(actual, expected, operator, message == null ? '' : String(message)));
      } else {
        super(buildMessage(actual, expected, operator));
      }
    }

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
