'use strict';

// The ERR_* errors eddy throws, with Node's codes and messages.
//
// codes.ERR_X is a factory used with `new`: it builds an instance of the
// code's base class (TypeError, RangeError, ...) carrying an enumerable
// `code`, the rendered message, and a stack whose first line reads
// `TypeError [ERR_X]: message`, which is what Node prints for uncaught
// errors. Codes Node throws with more than one base expose the others as
// properties, e.g. new codes.ERR_INVALID_ARG_VALUE.RangeError(...).

const templates = new Map();   // code -> printf-style string or message builder
const codes = {};

// util.inspect and util.format are loaded on first use: the inspector
// itself depends on this module.
let inspectModule;
function inspect(value, options) {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}
function formatOne(directive, value) {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule.format(directive, value);
}

// Expands a template's directives the way util.format would for the
// handful of them Node's messages use.
function fillTemplate(template, args) {
  let next = 0;
  return template.replace(/%[sdijoO%]/g, (directive) => {
    if (directive === '%%') return '%';
    const value = args[next++];
    switch (directive) {
      case '%d':
      case '%i':
        return String(Number(value));
      case '%j':
        return JSON.stringify(value);
      case '%o':
        return inspect(value, { showHidden: true, depth: 4 });
      case '%O':
        return inspect(value);
      default:
        // %s: strings as they are, anything else as util.format shows it.
        return typeof value === 'string' ? value : formatOne('%s', value);
    }
  });
}

// Replaces the first line of err.stack (the engine's "message" line)
// with `header`, keeping the frames below it.
function setStackHeader(err, header) {
  const { stack } = err;
  if (typeof stack !== 'string') return;
  const firstFrame = stack.indexOf('\n    at ');
  const frames = firstFrame === -1 ? '' : stack.slice(firstFrame);
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: header + frames, writable: true, configurable: true, enumerable: false,
  });
}

function hiddenValue(err, key, value) {
  Object.defineProperty(err, key, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
}

function errorFactory(Base, code) {
  function NodeError(...args) {
    const err = new Base();
    // `code` goes first: message builders may add properties (input, base,
    // reason ...) that should follow it when the error is inspected.
    Object.defineProperty(err, 'code', {
      __proto__: null, value: code, writable: true, configurable: true, enumerable: true,
    });
    const template = templates.get(code);
    const message = typeof template === 'function' ?
      Reflect.apply(template, err, args) : fillTemplate(template, args);
    hiddenValue(err, 'message', message);
    hiddenValue(err, 'toString', function toString() {
      return `${this.name} [${code}]: ${this.message}`;
    });
    if (Error.captureStackTrace) Error.captureStackTrace(err, NodeError);
    setStackHeader(err, `${err.name} [${code}]: ${err.message}`);
    return err;
  }
  return NodeError;
}

// Registers `code`: its message (template or builder), its main base class
// and any further bases it is also thrown with.
function E(code, message, Base, ...alsoAs) {
  templates.set(code, message);
  const make = errorFactory(Base, code);
  for (const Other of alsoAs) make[Other.name] = errorFactory(Other, code);
  codes[code] = make;
}

// Registers a group of codes sharing one base class.
function defineAll(Base, table) {
  for (const code of Object.keys(table)) E(code, table[code], Base);
}

// --- pieces of messages ----------------------------------------------------

// "a", "a and b", "a, b, and c" (or with `word` = 'or').
function formatList(items, word = 'and') {
  if (items.length < 3) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
}

// Groups the digits of a number's text by thousands with '_', the way
// Node shows large out-of-range values: "-1234567" -> "-1_234_567".
function addNumericalSeparator(text) {
  const sign = text[0] === '-' ? '-' : '';
  let rest = text.slice(sign.length);
  let grouped = '';
  while (rest.length > 3) {
    grouped = `_${rest.slice(-3)}${grouped}`;
    rest = rest.slice(0, -3);
  }
  return `${sign}${rest}${grouped}`;
}

// How a received value is named in type errors: "undefined", "function f",
// "an instance of Map", or "type number (42)" for other primitives.
function determineSpecificType(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return `an instance of ${ctor.name}`;
    return inspect(value, { depth: -1 });
  }
  const shown = inspect(value, { colors: false });
  const short = shown.length > 28 ? `${shown.slice(0, 25)}...` : shown;
  return `type ${typeof value} (${short})`;
}

// Names Node prints as "of type x" (lower-cased); names that look like a
// class become "an instance of X"; anything else is free text.
const TYPE_NAMES = new Set(['string', 'function', 'number', 'object', 'Function', 'Object',
                            'boolean', 'bigint', 'symbol']);
const LOOKS_LIKE_CLASS = /^([A-Z][a-z0-9]*)+$/;

function describeExpected(expected) {
  const primitives = [];
  const classes = [];
  const free = [];
  for (const item of Array.isArray(expected) ? expected : [expected]) {
    if (TYPE_NAMES.has(item)) primitives.push(item.toLowerCase());
    else if (LOOKS_LIKE_CLASS.test(item)) classes.push(item);
    else free.push(item);
  }
  // Next to class names, a plain object reads as "an instance of Object".
  const objectAt = classes.length > 0 ? primitives.indexOf('object') : -1;
  if (objectAt !== -1) {
    primitives.splice(objectAt, 1);
    classes.push('Object');
  }
  const phrases = [];
  if (primitives.length === 1) phrases.push(`of type ${primitives[0]}`);
  if (primitives.length > 1) phrases.push(`one of type ${formatList(primitives, 'or')}`);
  if (classes.length > 0) phrases.push(`an instance of ${formatList(classes, 'or')}`);
  if (free.length === 1) {
    const article = free[0].toLowerCase() !== free[0] ? 'an ' : '';
    phrases.push(`${article}${free[0]}`);
  }
  if (free.length > 1) phrases.push(`one of ${formatList(free, 'or')}`);
  return phrases.join(' or ');
}

function invalidArgType(name, expected, actual) {
  let subject;
  if (name.endsWith(' argument')) {
    subject = name;
  } else {
    subject = `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  }
  return `The ${subject} must be ${describeExpected(expected)}. ` +
         `Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = String(name).includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}

// Large integers are shown with digit groups (and bigints with their 'n').
function describeReceivedNumber(input) {
  if (typeof input === 'bigint') {
    const digits = String(input);
    const large = input > 2n ** 32n || input < -(2n ** 32n);
    return `${large ? addNumericalSeparator(digits) : digits}n`;
  }
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    return addNumericalSeparator(String(input));
  }
  return inspect(input);
}

function outOfRange(name, range, input, nameIsWholeSentence = false) {
  const opening = nameIsWholeSentence ? name : `The value of "${name}" is out of range.`;
  return `${opening} It must be ${range}. Received ${describeReceivedNumber(input)}`;
}

function missingArgs(...names) {
  const quote = (n) => `"${n}"`;
  const shown = names.map((n) => (Array.isArray(n) ? n.map(quote).join(' or ') : quote(n)));
  const noun = shown.length === 1 ? 'argument' : 'arguments';
  return `The ${formatList(shown)} ${noun} must be specified`;
}

function ifPresent(text, value) {
  return value ? `${text}${value}` : '';
}

// --- the codes -------------------------------------------------------------

E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValue, TypeError, RangeError);
E('ERR_OUT_OF_RANGE', outOfRange, RangeError);
E('ERR_MISSING_ARGS', missingArgs, TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`, TypeError, RangeError);

// Every SystemError-style code of the fs copy functions is a plain Error.
defineAll(Error, {
  ERR_NOT_IMPLEMENTED: (what) => `${what} is not implemented in eddy yet`,
  ERR_METHOD_NOT_IMPLEMENTED: 'The %s method is not implemented',
  ERR_METHOD_NOT_IMPLEMENTED_STREAM: 'The %s method is not implemented',
  ERR_UNHANDLED_ERROR: (err = undefined) =>
    (err === undefined ? 'Unhandled error.' : `Unhandled error. (${inspect(err)})`),
  ERR_UNKNOWN_CREDENTIAL: '%s does not exist: %s',
  ERR_USE_AFTER_CLOSE: '%s was closed',
  ERR_DOMAIN_CALLBACK_NOT_AVAILABLE:
    'A callback was registered through process.setUncaughtExceptionCaptureCallback(), ' +
    'which is mutually exclusive with using the `domain` module',
  ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE:
    'The `domain` module is in use, which is mutually exclusive with calling ' +
    'process.setUncaughtExceptionCaptureCallback()',
  ERR_FALSY_VALUE_REJECTION: function(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  },
  ERR_STRING_TOO_LONG: 'Cannot create a string longer than 0x%s characters',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_DIR_CLOSED: 'Directory handle was closed',
  ERR_DIR_CONCURRENT_OPERATION:
    'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  ERR_STREAM_PREMATURE_CLOSE: 'Premature close',
  ERR_STREAM_DESTROYED: 'Cannot call %s after a stream was destroyed',
  ERR_STREAM_PUSH_AFTER_EOF: 'stream.push() after EOF',
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: 'stream.unshift() after end event',
  ERR_STREAM_WRITE_AFTER_END: 'write after end',
  ERR_STREAM_ALREADY_FINISHED: 'Cannot call %s after a stream was finished',
  ERR_STREAM_CANNOT_PIPE: 'Cannot pipe, not readable',
  ERR_MULTIPLE_CALLBACK: 'Callback called multiple times',
  ERR_INVALID_PACKAGE_CONFIG: (path, base, message) =>
    `Invalid package config ${path}${ifPresent(' while importing ', base)}` +
    `${ifPresent('. ', message)}`,
  ERR_INVALID_PACKAGE_TARGET: invalidPackageTarget,
  ERR_PACKAGE_PATH_NOT_EXPORTED: (pkgPath, subpath, base = undefined) => {
    const where = `${pkgPath}package.json${ifPresent(' imported from ', base)}`;
    return subpath === '.' ? `No "exports" main defined in ${where}` :
      `Package subpath '${subpath}' is not defined by "exports" in ${where}`;
  },
  ERR_REQUIRE_ESM: (filename) => `require() of ES Module ${filename} not supported.`,
  ERR_VM_MODULE_STATUS: 'Module status %s',
  ERR_MODULE_NOT_FOUND: (request, base, exactUrl) =>
    `Cannot find ${exactUrl === 'package' ? 'package' : 'module'} '${request}'` +
    `${ifPresent(' imported from ', base)}`,
  ERR_UNSUPPORTED_DIR_IMPORT: (path, base) =>
    `Directory import '${path}' is not supported resolving ES modules imported from ${base}`,
  ERR_UNSUPPORTED_ESM_URL_SCHEME: (protocol, schemes = ['file', 'data']) =>
    `Only URLs with a scheme in: ${formatList(schemes)} are supported by the default ESM ` +
    `loader. Received protocol '${protocol}'`,
  ERR_REQUIRE_ASYNC_MODULE: (filename, parentFilename) =>
    'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.' +
    `${parentFilename ? `\n  From ${parentFilename} ` : ''}` +
    `${filename ? `\n  Requiring ${filename} ` : ''}`,
  ERR_REQUIRE_CYCLE_MODULE: '%s',
  ERR_EVAL_ESM_CANNOT_PRINT: '--print cannot be used with ESM input',
  ERR_INPUT_TYPE_NOT_ALLOWED:
    '--input-type can only be used with string input via --eval, --print, or STDIN',
  ERR_VM_MODULE_ALREADY_LINKED: 'Module has already been linked',
  ERR_VM_MODULE_NOT_MODULE: 'Provided module is not an instance of Module',
  ERR_VM_MODULE_DIFFERENT_CONTEXT: 'Linked modules must use the same context',
  ERR_VM_MODULE_LINK_FAILURE: '%s',
  ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA:
    'Cached data cannot be created for a module which has been evaluated',
  ERR_UNKNOWN_BUILTIN_MODULE: 'No such built-in module: %s',
  ERR_DLOPEN_FAILED: '%s',
  ERR_UNAVAILABLE_DURING_EXIT: 'Cannot call function in process exit handler',
  ERR_ASSERTION: '%s',
  ERR_SYNTHETIC: 'JavaScript Callstack',
  ERR_NO_CRYPTO: 'Node.js is not compiled with OpenSSL crypto support',
  ERR_EVENT_RECURSION: 'The event "%s" is already being dispatched',
  ERR_IPC_CHANNEL_CLOSED: 'Channel closed',
  ERR_IPC_DISCONNECTED: 'IPC channel is already disconnected',
  ERR_IPC_ONE_PIPE: 'Child process can have only one IPC pipe',
  ERR_IPC_SYNC_FORK: 'IPC cannot be used with synchronous forks',
  ERR_CHILD_PROCESS_IPC_REQUIRED:
    "Forked processes must have an IPC channel, missing value 'ipc' in %s",
  ERR_SERVER_ALREADY_LISTEN: 'Listen method has been called more than once without closing.',
  ERR_SERVER_NOT_RUNNING: 'Server is not running.',
  ERR_SOCKET_CLOSED: 'Socket is closed',
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: 'Socket closed before the connection was established',
  ERR_SOCKET_CONNECTION_TIMEOUT: 'Socket connection timeout',
  ERR_IP_BLOCKED: (ip) => `IP(${ip}) is blocked by net.BlockList`,
  ERR_INVALID_ADDRESS: 'Invalid socket address',
  ERR_ZLIB_INITIALIZATION_FAILED: (message = 'Initialization failed') => message,
});

defineAll(TypeError, {
  ERR_INVALID_THIS: 'Value of "this" must be of type %s',
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: 'A dynamic import callback was not specified.',
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG:
    'A dynamic import callback was invoked without --experimental-vm-modules',
  ERR_MODULE_LINK_MISMATCH: '%s',
  ERR_IMPORT_ATTRIBUTE_MISSING: (url, key, value) =>
    `Module "${url}" needs an import attribute of "${key}: ${value}"`,
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE: (url, type) => `Module "${url}" is not of type "${type}"`,
  ERR_INVALID_RETURN_PROPERTY_VALUE: '%s',
  ERR_ILLEGAL_CONSTRUCTOR: 'Illegal constructor',
  ERR_CONSTRUCT_CALL_REQUIRED: 'Class constructor %s cannot be invoked without `new`',
  ERR_UNKNOWN_ENCODING: 'Unknown encoding: %s',
  ERR_UNKNOWN_SIGNAL: 'Unknown signal: %s',
  ERR_INVALID_CURSOR_POS: 'Cannot set cursor row without setting its column',
  ERR_PERFORMANCE_INVALID_TIMESTAMP: '%d is not a valid timestamp',
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: '%s',
  ERR_ASYNC_CALLBACK: '%s must be a function',
  ERR_ASYNC_TYPE: 'Invalid name for async "type": %s',
  ERR_INVALID_CALLBACK: 'Callback must be a function. Received %O',
  ERR_INVALID_FILE_URL_HOST: 'File URL host must be "localhost" or empty on %s',
  ERR_INVALID_FILE_URL_PATH: 'File URL path %s',
  ERR_INVALID_URL: function(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  },
  ERR_INVALID_URL_SCHEME: (expected) => {
    const schemes = typeof expected === 'string' ? [expected] : expected;
    return schemes.length === 2 ?
      `The URL must be one of scheme ${schemes[0]} or ${schemes[1]}` :
      `The URL must be of scheme ${schemes[0]}`;
  },
  ERR_ARG_NOT_ITERABLE: '%s must be iterable',
  ERR_INVALID_TUPLE: '%s must be an iterable %s tuple',
  ERR_MISSING_OPTION: '%s is required',
  ERR_INVALID_OBJECT_DEFINE_PROPERTY: '%s',
  ERR_INVALID_FD_TYPE: 'Unsupported fd type: %s',
  ERR_INVALID_IP_ADDRESS: 'Invalid IP address: %s',
  ERR_INVALID_HANDLE_TYPE: 'This handle type cannot be sent',
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM:
    'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  ERR_STREAM_NULL_VALUES: 'May not write null values to stream',
  ERR_TRAILING_JUNK_AFTER_STREAM_END: 'Trailing junk found after the end of the compressed stream',
  ERR_INVALID_MODULE_SPECIFIER: (request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${ifPresent(' imported from ', base)}`,
  ERR_PACKAGE_IMPORT_NOT_DEFINED: (specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
  ERR_UNKNOWN_FILE_EXTENSION: 'Unknown file extension "%s" for %s',
  ERR_UNSUPPORTED_RESOLVE_REQUEST: 'Failed to resolve module specifier "%s" from "%s": ' +
    'Invalid relative URL or base scheme is not hierarchical.',
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: (key, value, url) =>
    `Import attribute "${key}" with value "${value}" is not supported in ${url}`,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: '%s',
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (option, allowPositionals) => {
    const hint = allowPositionals ?
      '. To specify a positional argument starting with a \'-\', place it at the end of the ' +
      `command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${hint}`;
  },
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL:
    "Unexpected argument '%s'. This command does not take positional arguments",
  ERR_AMBIGUOUS_ARGUMENT: 'The "%s" argument is ambiguous. %s',
  ERR_CONSOLE_WRITABLE_STREAM: 'Console expects a writable stream instance for %s',
  ERR_INCOMPATIBLE_OPTION_PAIR: 'Option "%s" cannot be used in combination with option "%s"',
  ERR_INVALID_MIME_SYNTAX: (production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid` +
    `${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`,
  ERR_INVALID_HANDLE_TYPE: 'This handle type cannot be sent',
  ERR_INVALID_SYNC_FORK_INPUT:
    'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  ERR_ENCODING_INVALID_ENCODED_DATA: function(encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  },
});

defineAll(RangeError, {
  ERR_UNKNOWN_MODULE_FORMAT: 'Unknown module format: %s for URL %s',
  ERR_INVALID_ASYNC_ID: 'Invalid %s value: %s',
  ERR_BUFFER_OUT_OF_BOUNDS: (name = undefined) => (name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
  ERR_INVALID_BUFFER_SIZE: 'Buffer size must be a multiple of %s',
  ERR_FS_FILE_TOO_LARGE: 'File size (%s) is greater than 2 GiB',
  ERR_INVALID_FD: '"fd" must be a positive integer: %s',
  ERR_INVALID_ADDRESS_FAMILY: function(family, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${family} ${host}:${port}`;
  },
  ERR_SOCKET_BAD_PORT: (name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. ` +
    `Received ${determineSpecificType(port)}.`,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: '%s maxBuffer length exceeded',
  ERR_ENCODING_NOT_SUPPORTED: 'The "%s" encoding is not supported',
  ERR_BUFFER_TOO_LARGE: 'Cannot create a Buffer larger than %s bytes',
  ERR_BROTLI_INVALID_PARAM: '%s is not a valid Brotli parameter',
  ERR_ZSTD_INVALID_PARAM: '%s is not a valid zstd parameter',
});

E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', '%s', SyntaxError);
E('ERR_INVALID_TYPESCRIPT_SYNTAX', '%s', SyntaxError);

function invalidPackageTarget(pkgPath, key, target, isImport = false, base = undefined) {
  const shown = JSON.stringify(target);
  const from = ifPresent(' imported from ', base);
  // A bare "exports" target (no leading ./) gets a hint.
  const hint = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./') ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${shown} defined in the package config ` +
      `${pkgPath}package.json${from}${hint}`;
  }
  const field = isImport ? 'imports' : 'exports';
  return `Invalid "${field}" target ${shown} defined for '${key}' in the package config ` +
    `${pkgPath}package.json${from}${hint}`;
}

// --- errors from libuv and the OS ------------------------------------------

let uv;
function uvBinding() {
  if (uv === undefined) uv = internalBinding('uv');
  return uv;
}

// An fs-style error: `ENOENT: no such file or directory, open 'x'`, with
// the context's fields (errno, syscall, ...) copied on, then code, path
// and dest in that order.
function uvException(ctx) {
  const { errname, strerror } = uvBinding();
  const code = errname(ctx.errno);
  const hasPath = ctx.path !== undefined;
  const hasDest = ctx.dest !== undefined;
  const text = `${code}: ${ctx.message || strerror(ctx.errno)}, ${ctx.syscall}` +
    (hasPath ? ` '${ctx.path}'` : '') + (hasDest ? ` -> '${ctx.dest}'` : '');
  const err = new Error(text);
  for (const key of Object.keys(ctx)) {
    if (key !== 'message' && key !== 'path' && key !== 'dest') err[key] = ctx[key];
  }
  err.code = code;
  if (hasPath) err.path = ctx.path;
  if (hasDest) err.dest = ctx.dest;
  if (Error.captureStackTrace) Error.captureStackTrace(err, uvException);
  return err;
}

// A network-style error: `connect ECONNREFUSED 127.0.0.1:80`, and with
// `additional` (the local end) `... - Local (127.0.0.1:5000)`.
function uvExceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = uvBinding().errname(errno);
  let where = '';
  if (port && port > 0) where = ` ${address}:${port}`;
  else if (address) where = ` ${address}`;
  if (additional) where += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${where}`);
  Object.assign(err, { errno, code, syscall });
  if (address) err.address = address;
  if (port) err.port = port;
  if (Error.captureStackTrace) Error.captureStackTrace(err, uvExceptionWithHostPort);
  return err;
}

// What a failed listen() reports: `listen EADDRINUSE: address already in
// use :::80`, with code first, then errno, syscall, address and port.
function uvListenException(errno, syscall, address, port) {
  const { errname, strerror } = uvBinding();
  const code = errname(errno);
  let where = '';
  if (port && port > 0) where = ` ${address}:${port}`;
  else if (address) where = ` ${address}`;
  const err = new Error(`${syscall} ${code}: ${strerror(errno)}${where}`);
  Object.assign(err, { code, errno, syscall });
  if (address) err.address = address;
  if (port) err.port = port;
  if (Error.captureStackTrace) Error.captureStackTrace(err, uvListenException);
  return err;
}

// `syscall CODE [extra]` with errno, code and syscall set.
function errnoException(errno, syscall, original) {
  const code = uvBinding().errname(errno);
  const err = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  Object.assign(err, { errno, code, syscall });
  if (Error.captureStackTrace) Error.captureStackTrace(err, errnoException);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Node uses this to keep its own frames out of user-facing stacks; eddy's
// engine does not need the wrapper, so it is the identity.
function hideStackFrames(fn) { return fn; }

// Re-captures a Node-style error's stack below `fn`, keeping the
// `Name [CODE]: message` first line.
function captureNodeErrorStack(err, fn) {
  Error.captureStackTrace(err, fn);
  setStackHeader(err, `${err.name} [${err.code}]: ${err.message}`);
}

function notImplemented(what) { return new codes.ERR_NOT_IMPLEMENTED(what); }

// An error whose stack was given its source arrow in front (vm's
// displayErrors, TypeScript's refusals): the fatal report adds none.
const kDecoratedStack = Symbol.for('eddy.decoratedStack');
function markStackDecorated(err) {
  Object.defineProperty(err, kDecoratedStack, {
    __proto__: null, value: true, configurable: true, enumerable: false, writable: false,
  });
}
function isStackDecorated(err) {
  return err[kDecoratedStack] === true;
}

module.exports = {
  codes,
  markStackDecorated,
  isStackDecorated,
  AbortError,
  E,
  hideStackFrames,
  captureNodeErrorStack,
  uvException,
  uvExceptionWithHostPort,
  uvListenException,
  errnoException,
  notImplemented,
  determineSpecificType,
  formatList,
  addNumericalSeparator,
};
