'use strict';

// util.debuglog(): sections named in NODE_DEBUG (comma separated, `*`
// wildcards, case-insensitive) print `SECTION PID: message` to stderr.

let testEnabled;

// Called by bootstrap with process.env.NODE_DEBUG; otherwise read on first use.
function initializeDebugEnv(debugEnv) {
  const patterns = [];
  if (debugEnv) {
    const parts = `${debugEnv}`.split(',');
    for (let i = 0; i < parts.length; i++) {
      let re = '';
      const part = parts[i];
      for (let j = 0; j < part.length; j++) {
        const ch = part[j];
        if (ch === '*') re += '.*';
        else if ('\\^$.|?+()[]{}'.indexOf(ch) !== -1) re += `\\${ch}`;
        else re += ch;
      }
      patterns.push(re);
    }
  }
  if (patterns.length === 0) {
    testEnabled = () => false;
  } else {
    const regex = new RegExp(`^(?:${patterns.join('|')})$`, 'i');
    testEnabled = (str) => regex.test(str);
  }
}

function isEnabled(set) {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return testEnabled(set);
}

const debugImpls = { __proto__: null };

function noop() {}

function emitWarningIfNeeded(set) {
  if (set === 'HTTP' || set === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      `to '${set.toLowerCase()}' can expose sensitive ` +
      'data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      emitWarningIfNeeded(set);
      debugImpls[set] = function debug(...args) {
        const { formatWithOptions, inspect } = require('internal/util/inspect');
        const colors = require('internal/util').shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(`${set} ${coloredPID}: ${msg}\n`);
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    set = `${set}`.toUpperCase();
    enabled = isEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return Reflect.apply(debug, undefined, args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => Reflect.apply(debug, undefined, args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
