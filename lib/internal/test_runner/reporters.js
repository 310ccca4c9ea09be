'use strict';

// The built-in reporters: async generators turning test events into text.

const { inspect } = require('internal/util/inspect');
const { kUnwrapErrors } = require('internal/test_runner/test');

const inspectOptions = { __proto__: null, colors: false, breakLength: Infinity };
const kLineBreak = /\r?\n|\r/;
const kFrameStart = /^ {4}at /;

function indent(nesting) {
  return '    '.repeat(nesting);
}

function tapEscape(input) {
  return String(input)
    .replace(/\x08/g, '\\b')
    .replace(/\f/g, '\\f')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\v/g, '\\v')
    .replace(/\\/g, '\\\\')
    .replace(/#/g, '\\#');
}

function isErrorLike(value) {
  return value instanceof Error ||
    Object.prototype.toString.call(value) === '[object Error]';
}

function isAssertionError(value) {
  return value !== null && typeof value === 'object' && value.code === 'ERR_ASSERTION' &&
    value.name === 'AssertionError';
}

function jsToYaml(ind, name, value, seen) {
  if (value === null || typeof value !== 'object') {
    const prefix = `${ind}  ${name}:`;
    if (value === undefined) return '';
    if (value === null) return `${prefix} ~\n`;  // YAML's null
    if (typeof value !== 'string') return `${prefix} ${inspect(value, inspectOptions)}\n`;
    const lines = value.split(kLineBreak);
    if (lines.length === 1) return `${prefix} ${inspect(value, inspectOptions)}\n`;
    let str = `${prefix} |-\n`;
    for (const line of lines) str += `${ind}    ${line}\n`;
    return str;
  }
  seen.add(value);
  const isErr = isErrorLike(value);
  let result = '';
  let propsIndent = ind;
  if (name != null) {
    result += `${ind}  ${name}:\n`;
    propsIndent += '  ';
  }
  for (const [key, propValue] of Object.entries(value)) {
    if (isErr && (key === 'cause' || key === 'code')) continue;
    if (seen.has(propValue)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsIndent, key, propValue, seen);
  }
  if (isErr) {
    const { cause, code, failureType, message, stack } = value;
    let errMsg = message !== undefined && message !== null ? message : '<unknown error>';
    let errStack = stack;
    let errCode = code;
    let errName = value.name;
    let errExpected = value.expected;
    let errActual = value.actual;
    let errOperator = value.operator;
    let errIsAssertion = isAssertionError(value);
    if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
      const c = cause !== null && cause !== undefined ? Object(cause) : {};
      errStack = c.stack !== undefined ? c.stack : errStack;
      errCode = c.code !== undefined ? c.code : errCode;
      errName = c.name !== undefined ? c.name : errName;
      if (isAssertionError(cause)) {
        errExpected = cause.expected;
        errActual = cause.actual;
        errOperator = cause.operator;
        errIsAssertion = true;
      }
      if (c.message !== undefined) errMsg = c.message;
    }
    result += jsToYaml(ind, 'error', errMsg, seen);
    if (errCode) result += jsToYaml(ind, 'code', errCode, seen);
    if (errName && errName !== 'Error') result += jsToYaml(ind, 'name', errName, seen);
    if (errIsAssertion) {
      result += jsToYaml(ind, 'expected', errExpected, seen);
      result += jsToYaml(ind, 'actual', errActual, seen);
      if (errOperator) result += jsToYaml(ind, 'operator', errOperator, seen);
    }
    if (typeof errStack === 'string') {
      const frames = [];
      for (const frame of errStack.split(kLineBreak)) {
        const processed = frame.replace(kFrameStart, '');
        if (processed.length > 0 && processed.length !== frame.length) frames.push(processed);
      }
      if (frames.length > 0) {
        const delimiter = `\n${ind}    `;
        result += `${ind}  stack: |-${delimiter}${frames.join(delimiter)}\n`;
      }
    }
  }
  return result;
}

function reportTest(nesting, testNumber, status, name, skip, todo) {
  let line = `${indent(nesting)}${status} ${testNumber}`;
  if (name) line += ` - ${tapEscape(`${name}`)}`;
  if (skip !== undefined) {
    line += ' # SKIP';
    if (typeof skip === 'string' && skip.length) line += ` ${tapEscape(skip)}`;
  } else if (todo !== undefined) {
    line += ' # TODO';
    if (typeof todo === 'string' && todo.length) line += ` ${tapEscape(todo)}`;
  }
  return `${line}\n`;
}

function reportDetails(nesting, data = {}, location) {
  const ind = indent(nesting);
  let details = `${ind}  ---\n`;
  details += jsToYaml(ind, 'duration_ms', data.duration_ms);
  details += jsToYaml(ind, 'type', data.type);
  if (location) details += jsToYaml(ind, 'location', location);
  if (data.error !== undefined) details += jsToYaml(ind, null, data.error, new Set());
  details += `${ind}  ...\n`;
  return details;
}

function location(data) {
  if (data.file === undefined) return null;
  return `${data.file}:${data.line}:${data.column}`;
}

async function* tap(source) {
  yield 'TAP version 13\n';
  for await (const { type, data } of source) {
    switch (type) {
      case 'test:fail':
        yield reportTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo);
        yield reportDetails(data.nesting, data.details, location(data));
        break;
      case 'test:pass':
        yield reportTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo);
        yield reportDetails(data.nesting, data.details, null);
        break;
      case 'test:plan':
        yield `${indent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        yield `${indent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:stderr':
      case 'test:stdout': {
        const lines = String(data.message).split(kLineBreak);
        for (const line of lines) {
          if (line.length > 0) yield `# ${tapEscape(line)}\n`;
        }
        break;
      }
      case 'test:diagnostic':
        yield `${indent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
    }
  }
}

// --- spec --------------------------------------------------------------------

const symbols = {
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:coverage': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

function formatError(error, ind) {
  if (!error) return '';
  let err = error;
  if (error.code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(error.failureType) &&
      error.cause !== undefined) {
    err = error.cause;
  }
  let message;
  if (err === error) {
    message = typeof error.stack === 'string' ? error.stack : String(error);
  } else {
    message = inspect(err, { colors: false });
  }
  return `\n${message.split('\n').map((l) => `${ind}  ${l}`).join('\n')}\n`;
}

function specTestLine(type, data, ind) {
  const { skip, todo } = data;
  const duration = data.details && data.details.duration_ms !== undefined ?
    ` (${data.details.duration_ms}ms)` : '';
  let title = `${data.name}${duration}`;
  if (skip !== undefined) title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
  else if (todo !== undefined) title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
  const error = type === 'test:fail' ? formatError(data.details && data.details.error, ind) : '';
  const symbol = skip !== undefined ? symbols['hyphen:minus'] : symbols[type];
  return `${ind}${symbol}${title}${error}`;
}

async function* spec(source) {
  const stack = [];
  const failed = [];
  const ind = (n) => '  '.repeat(n);
  for await (const { type, data } of source) {
    switch (type) {
      case 'test:start':
        stack.push({ data, printed: false });
        break;
      case 'test:pass':
      case 'test:fail': {
        if (stack.length > 0 && stack[stack.length - 1].data.nesting === data.nesting) stack.pop();
        let out = '';
        for (const entry of stack) {
          if (!entry.printed) {
            entry.printed = true;
            out += `${ind(entry.data.nesting)}${symbols['arrow:right']}${entry.data.name}\n`;
          }
        }
        if (type === 'test:fail' && data.todo === undefined && !(data.details && data.details.error &&
            data.details.error.failureType === 'subtestsFailed')) {
          failed.push(data);
        }
        out += `${specTestLine(type, data, ind(data.nesting))}\n`;
        yield out;
        break;
      }
      case 'test:diagnostic':
        yield `${ind(data.nesting)}${symbols['test:diagnostic']}${data.message}\n`;
        break;
      default:
        break;
    }
  }
  if (failed.length > 0) {
    yield `\n${symbols['test:fail']}failing tests:\n\n`;
    for (const data of failed) {
      const loc = data.file !== undefined ?
        `test at ${require('path').relative(process.cwd(), data.file)}:${data.line}:${data.column}\n` : '';
      yield `${loc}${specTestLine('test:fail', data, '')}\n`;
    }
  }
}

// --- dot -----------------------------------------------------------------------

async function* dot(source) {
  let count = 0;
  const failed = [];
  for await (const { type, data } of source) {
    if (type === 'test:pass') yield '.';
    if (type === 'test:fail') {
      yield 'X';
      failed.push(data);
    }
    if ((type === 'test:fail' || type === 'test:pass') && ++count === 20) {
      yield '\n';
      count = 0;
    }
  }
  yield '\n';
  if (failed.length > 0) {
    yield `\n${symbols['test:fail']}failing tests:\n\n`;
    for (const data of failed) yield `${specTestLine('test:fail', data, '')}\n`;
  }
}

module.exports = { tap, spec, dot, jsToYaml, tapEscape };
