'use strict';

// structuredClone(value[, { transfer }]) on the engine's structured clone.

const { structuredClone: engineClone } = internalBinding('messaging');
const { codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const transfer = options.transfer;
    if (transfer !== undefined && transfer !== null) {
      if ((typeof transfer !== 'object' && typeof transfer !== 'function') ||
          typeof transfer[Symbol.iterator] !== 'function') {
        // Node's message (thrown from C++, so without the code in it).
        const err = new TypeError('Optional transferList argument must be an iterable');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      if ([...transfer].length > 0) {
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
