'use strict';

// structuredClone(value[, { transfer }]) on the engine's structured clone.

const { structuredClone: engineClone } = internalBinding('messaging');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  if (options !== undefined && options !== null) {
    // Web IDL's conversions, with node 22's messages (no code in them).
    const idlError = (message) => {
      const err = new TypeError(message);
      err.code = 'ERR_INVALID_ARG_TYPE';
      return err;
    };
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw idlError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    const transfer = options.transfer;
    if (transfer !== undefined) {
      if (transfer === null || (typeof transfer !== 'object' && typeof transfer !== 'function') ||
          typeof transfer[Symbol.iterator] !== 'function') {
        throw idlError("Failed to execute 'structuredClone': transfer in Options can not be " +
                       'converted to sequence.');
      }
      const list = [...transfer];
      for (const item of list) {
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          throw idlError('Value is not an object');
        }
      }
      if (list.length > 0) {
        throw require('internal/errors').notImplemented('structuredClone({ transfer })');
      }
    }
  }
  // process.env is a Proxy here (a plain object in Node): clone its data.
  if (value === process.env) value = { ...value };
  try {
    return engineClone(value);
  } catch (err) {
    // The engine's DataCloneError becomes the DOMException Node throws.
    if (!err || (err.name !== 'DataCloneError' && !/structured data|clone/i.test(`${err.message}`))) {
      throw err;
    }
    const { DOMException } = require('internal/domexception');
    let what;
    try {
      what = typeof value === 'function' ? String(value) : require('internal/util/inspect').inspect(value);
    } catch {
      what = 'value';
    }
    throw new DOMException(`${what} could not be cloned.`, 'DataCloneError');
  }
}

module.exports = { structuredClone };
