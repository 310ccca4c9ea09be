'use strict';

const {
  Timeout,
  Immediate,
  insert,
  clearTimeout,
  clearImmediate,
  active: activeTimer,
  unenroll: unenrollTimer,
} = require('internal/timers');
const { deprecate } = require('internal/util');
const { validateFunction } = require('internal/validators');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args.push(arguments[i]);
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args.push(arguments[i]);
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  // setTimeout and setInterval share one kind of timer; Node allows either
  // clear function on either.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default: args = [arg1, arg2, arg3];
      for (let i = 4; i < arguments.length; i++) args.push(arguments[i]);
  }
  return new Immediate(callback, args);
}

// Legacy API kept by Node for old code (DEP0095/DEP0096/DEP0126/DEP0127).
const TIMEOUT_MAX = 2 ** 31 - 1;
function enroll(item, msecs) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenrollTimer(item);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  item._idleTimeout = msecs;
  item._idleNext = item;
  item._idlePrev = item;
}

let promises;
module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(function _unrefActive(item) {
    require('internal/timers').unrefActive(item);
  }, 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(function active(item) { activeTimer(item); },
                    'timers.active() is deprecated. Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(function unenroll(item) { unenrollTimer(item); },
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.',
                    'DEP0095'),
  get promises() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
};
