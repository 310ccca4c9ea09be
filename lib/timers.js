'use strict';

const {
  Timeout,
  Immediate,
  insert,
  clearTimeout,
  clearImmediate,
  active,
  unenroll,
} = require('internal/timers');
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
function enroll(item, msecs) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, 'msecs', 0, 2 ** 31 - 1);
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenroll(item);
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
  _unrefActive(item) { require('internal/timers').unrefActive(item); },
  active(item) { active(item); },
  unenroll(item) { unenroll(item); },
  enroll,
  get promises() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
};
