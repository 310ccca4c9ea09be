'use strict';

// The public node:util module.

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
  },
  captureNodeErrorStack,
  errnoException,
  uvExceptionWithHostPort,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorName,
  promisify,
  shouldColorize,
  stripVTControlCharacters,
  toUSVString,
} = require('internal/util');
const { debuglog } = require('internal/util/debuglog');

const { format, formatWithOptions, inspect } = require('internal/util/inspect');
const types = require('internal/util/types');

// --- deprecated type checks -------------------------------------------------

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}
function isBuffer(arg) {
  const B = typeof globalThis.Buffer === 'function' ? globalThis.Buffer : require('buffer').Buffer;
  return B.isBuffer(arg);
}

// --- log -------------------------------------------------------------------

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad(n) { return `${n}`.padStart(2, '0'); }
function timestamp() {
  const d = new Date();
  const t = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
function log(...args) {
  console.log('%s - %s', timestamp(), Reflect.apply(format, undefined, args));
}

// --- inherits / _extend --------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// --- callbackify -------------------------------------------------------------

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
    captureNodeErrorStack(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const keys = Reflect.ownKeys(descriptors);
  for (let i = 0; i < keys.length; i++) Object.setPrototypeOf(descriptors[keys[i]], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// --- isDeepStrictEqual ----------------------------------------------------------

let comparisons;
function isDeepStrictEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

// --- styleText -----------------------------------------------------------------

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof stream.pipe === 'function' && typeof stream.on === 'function') return true;
  if (typeof stream.write === 'function' && typeof stream.on === 'function') return true;
  if (typeof stream.getReader === 'function' || typeof stream.getWriter === 'function') return true;
  return false;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const colors = inspect.colors;
  const styles = [];
  for (let i = 0; i < formats.length; i++) {
    const key = formats[i];
    if (key === 'none') continue;  // no style, as in node 22
    const codes = typeof key === 'string' && Object.prototype.hasOwnProperty.call(colors, key) ?
      colors[key] : undefined;
    if (codes == null) validateOneOf(key, 'format', Object.keys(colors));
    styles.push(codes);
  }
  if (skipColorize) return text;
  // The first format is the outermost. Text styled inside this one ends its
  // style with the same closing code as ours would (every colour closes
  // with 39): there our style is opened again, so the rest of the text keeps
  // it. Bold and dim share their closing code, so for them the inner close
  // must stand and ours is reopened after it.
  for (let i = styles.length - 1; i >= 0; i--) {
    const [open, close] = styles[i];
    const closing = `\u001b[${close}m`;
    const reopen = close === 22 ? `${closing}\u001b[${open}m` : `\u001b[${open}m`;
    let inner = text;
    const last = inner.endsWith(closing) ? inner.length - closing.length : inner.length;
    inner = inner.slice(0, last).replaceAll(closing, reopen) + inner.slice(last);
    text = `\u001b[${open}m${inner}${closing}`;
  }
  return text;
}

// --- parseEnv (dotenv format) ---------------------------------------------------

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str[start] === ' ') start++;
  while (end > start && str[end - 1] === ' ') end--;
  return str.slice(start, end);
}

// Reads KEY=VALUE pairs the way `--env-file` does; keys come out sorted.
function parseEnv(content) {
  validateString(content, 'content');
  const store = new Map();
  let rest = trimSpaces(content.replace(/\r/g, ''));
  while (rest.length > 0) {
    const first = rest[0];
    if (first === '\n' || first === '#') {
      const nl = rest.indexOf('\n');
      if (nl !== -1) {
        rest = rest.slice(nl + 1);
        continue;
      }
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = trimSpaces(rest.slice(0, eq));
    rest = trimSpaces(rest.slice(eq + 1));
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (rest === '') {
      store.set(key, '');
      break;
    }
    const quote = rest[0];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const close = rest.indexOf(quote, 1);
      if (close === -1) {
        // Unterminated: the rest of the line, quote included, is the value.
        const nl = rest.indexOf('\n');
        if (nl === -1) break;
        store.set(key, rest.slice(0, nl));
        rest = rest.slice(nl);
        continue;
      }
      let value = rest.slice(1, close);
      if (quote === '"') value = value.split('\\n').join('\n');
      store.set(key, value);
      const nl = rest.indexOf('\n', close + 1);
      rest = nl === -1 ? '' : rest.slice(nl);
      continue;
    }
    const nl = rest.indexOf('\n');
    let value = nl === -1 ? rest : rest.slice(0, nl);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store.set(key, trimSpaces(value));
    rest = nl === -1 ? '' : rest.slice(nl);
  }
  const keys = Array.from(store.keys()).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const out = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = store.get(keys[i]);
  return out;
}

// --- exports ---------------------------------------------------------------------

// Both check `err` like getSystemErrorName (a negative integer), as Node does.
function _errnoException(...args) {
  getSystemErrorName(args[0]);
  return Reflect.apply(errnoException, undefined, args);
}
function _exceptionWithHostPort(...args) {
  getSystemErrorName(args[0]);
  return Reflect.apply(uvExceptionWithHostPort, undefined, args);
}

// util.getCallSites([frameCount][, options]): where the caller was called
// from, as plain records. The engine has no script ids: each script name
// gets a number of its own, in the order first seen.
const scriptIds = new Map();
function getCallSites(frameCount = 10, options) {
  if (options === undefined && frameCount !== null && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  const { captureCallSites } = require('internal/bootstrap/polyfills');
  const sites = captureCallSites(getCallSites).slice(0, frameCount);
  return sites.map((site) => {
    const scriptName = site.getFileName() ?? '';
    if (!scriptIds.has(scriptName)) scriptIds.set(scriptName, `${scriptIds.size + 1}`);
    const name = site.getFunctionName();
    return {
      __proto__: null,
      functionName: name === null || name === '<anonymous>' ? '' : name,
      scriptId: scriptIds.get(scriptName),
      scriptName,
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: site.getColumnNumber() ?? 0,
      column: site.getColumnNumber() ?? 0,
    };
  });
}

let warnedGetCallSite = false;
function getCallSite(frameCount, options) {
  if (!warnedGetCallSite) {
    warnedGetCallSite = true;
    process.emitWarning('The `util.getCallSite` API has been renamed to `util.getCallSites()`.',
                        'ExperimentalWarning');
  }
  return getCallSites(frameCount, options);
}
Object.defineProperty(getCallSite, 'name', { value: 'deprecated' });

function lazyGetter(key, load) {
  let value;
  let loaded = false;
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (!loaded) { value = load(); loaded = true; }
      return value;
    },
    set(v) { value = v; loaded = true; },
  };
}

module.exports = {};
const exported = [
  ['_errnoException', _errnoException],
  ['_exceptionWithHostPort', _exceptionWithHostPort],
  ['_extend', _extend],
  ['callbackify', callbackify],
  ['debug', debuglog],
  ['debuglog', debuglog],
  ['deprecate', deprecate],
  ['format', format],
  ['styleText', styleText],
  ['formatWithOptions', formatWithOptions],
  ['getCallSite', getCallSite],
  ['getCallSites', getCallSites],
  ['getSystemErrorMap', getSystemErrorMap],
  ['getSystemErrorName', getSystemErrorName],
  ['inherits', inherits],
  ['inspect', inspect],
  ['isArray', Array.isArray],
  ['isBoolean', isBoolean],
  ['isBuffer', isBuffer],
  ['isDeepStrictEqual', isDeepStrictEqual],
  ['isNull', isNull],
  ['isNullOrUndefined', isNullOrUndefined],
  ['isNumber', isNumber],
  ['isString', isString],
  ['isSymbol', isSymbol],
  ['isUndefined', isUndefined],
  ['isRegExp', types.isRegExp],
  ['isObject', isObject],
  ['isDate', types.isDate],
  ['isError', isError],
  ['isFunction', isFunction],
  ['isPrimitive', isPrimitive],
  ['log', log],
  ['promisify', promisify],
  ['stripVTControlCharacters', stripVTControlCharacters],
  ['toUSVString', toUSVString],
  ['transferableAbortSignal', null, () => require('internal/abort_controller').transferableAbortSignal],
  ['transferableAbortController', null,
    () => require('internal/abort_controller').transferableAbortController],
  ['aborted', null, () => require('internal/abort_controller').aborted],
  ['types', types],
  ['parseEnv', parseEnv],
  ['parseArgs', null, () => require('internal/util/parse_args').parseArgs],
  ['TextDecoder', null, () => require('internal/encoding').TextDecoder],
  ['TextEncoder', null, () => require('internal/encoding').TextEncoder],
  ['MIMEType', null, () => require('internal/mime').MIMEType],
  ['MIMEParams', null, () => require('internal/mime').MIMEParams],
];
for (let i = 0; i < exported.length; i++) {
  const [key, value, load] = exported[i];
  if (load === undefined) module.exports[key] = value;
  else Object.defineProperty(module.exports, key, lazyGetter(key, load));
}
