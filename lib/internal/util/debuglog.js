'use strict';

// util.debuglog(section[, callback]): a logger that writes
// `SECTION PID: message` to stderr when NODE_DEBUG names the section.
//
// NODE_DEBUG is a comma-separated list of section names, compared without
// regard to case, where `*` stands for any run of characters. The list
// becomes one regular expression the first time a logger needs an answer;
// bootstrap may hand the value in earlier through initializeDebugEnv().
// Nothing is decided when a logger is created, so modules can create
// theirs at load time for free.

const { apply: applyFn } = Reflect;
const { defineProperty } = Object;

// RegExp matching the enabled sections; null when NODE_DEBUG names none;
// undefined until NODE_DEBUG has been read.
let enabledSections;

// `a*b` -> `a.*b`, every other character taken literally.
function globSource(glob) {
  const literal = (text) => text.replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
  return glob.split('*').map(literal).join('.*');
}

function initializeDebugEnv(debugEnv) {
  enabledSections = null;
  if (!debugEnv) return;
  const alternatives = `${debugEnv}`.split(',').map(globSource);
  enabledSections = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
}

function isSectionEnabled(section) {
  if (enabledSections === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return enabledSections !== null && enabledSections.test(section);
}

// Writers carry a read-only `enabled` flag, as the function a callback
// receives does in Node.
function withEnabledFlag(fn, enabled) {
  defineProperty(fn, 'enabled', {
    __proto__: null,
    get() { return enabled; },
    configurable: true,
    enumerable: true,
  });
  return fn;
}

// Every disabled section shares the one writer that does nothing.
const silentWriter = withEnabledFlag(function noop() {}, false);

// section name -> the writer all its loggers end up calling.
const writers = new Map();

function writerFor(section, enabled) {
  if (!enabled) return silentWriter;
  let writer = writers.get(section);
  if (writer === undefined) {
    writer = makeWriter(section);
    writers.set(section, writer);
  }
  return writer;
}

// These sections log request and response headers.
const SENSITIVE_SECTIONS = new Set(['HTTP', 'HTTP2']);

function makeWriter(section) {
  if (SENSITIVE_SECTIONS.has(section)) {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      `to '${section.toLowerCase()}' can expose sensitive data (such as ` +
      'passwords, tokens and authentication headers) in the resulting log.');
  }
  const pid = process.pid;
  // inspect is loaded on the first message: most programs never log one.
  return withEnabledFlag(function debug(...args) {
    const { formatWithOptions, inspect } = require('internal/util/inspect');
    const colors = require('internal/util').shouldColorize(process.stderr);
    const message = formatWithOptions({ colors }, ...args);
    process.stderr.write(`${section} ${inspect(pid, { colors })}: ${message}\n`);
  }, true);
}

function debuglog(section, callback) {
  // Resolved on first use: { name, enabled }.
  let resolved;
  const resolve = () => {
    if (resolved === undefined) {
      const name = `${section}`.toUpperCase();
      resolved = { name, enabled: isSectionEnabled(name) };
    }
    return resolved;
  };

  let write;
  const logger = (...args) => {
    if (write === undefined) {
      const { name, enabled } = resolve();
      write = writerFor(name, enabled);
      // The callback may keep `write` and skip this wrapper from now on.
      if (typeof callback === 'function') callback(write);
    }
    return applyFn(write, undefined, args);
  };
  defineProperty(logger, 'enabled', {
    __proto__: null,
    get() { return resolve().enabled; },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
