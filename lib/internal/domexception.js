'use strict';

// The WHATWG/WebIDL DOMException: an Error-like object whose `name`,
// `message` and `code` are read through prototype getters. `code` is the
// legacy numeric code of the name (0 for names that have none).
//
// Exported as `{ DOMException }`.

const legacyCodes = [
  // [constant, name or null when the name has no legacy code, value]
  ['INDEX_SIZE_ERR', 'IndexSizeError', 1],
  ['DOMSTRING_SIZE_ERR', null, 2],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError', 3],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError', 4],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError', 5],
  ['NO_DATA_ALLOWED_ERR', null, 6],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError', 7],
  ['NOT_FOUND_ERR', 'NotFoundError', 8],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError', 9],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError', 10],
  ['INVALID_STATE_ERR', 'InvalidStateError', 11],
  ['SYNTAX_ERR', 'SyntaxError', 12],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError', 13],
  ['NAMESPACE_ERR', 'NamespaceError', 14],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError', 15],
  ['VALIDATION_ERR', null, 16],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError', 17],
  ['SECURITY_ERR', 'SecurityError', 18],
  ['NETWORK_ERR', 'NetworkError', 19],
  ['ABORT_ERR', 'AbortError', 20],
  ['URL_MISMATCH_ERR', 'URLMismatchError', 21],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError', 22],
  ['TIMEOUT_ERR', 'TimeoutError', 23],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError', 24],
  ['DATA_CLONE_ERR', 'DataCloneError', 25],
];

const codeOfName = new Map();
for (const entry of legacyCodes) {
  if (entry[1] !== null) codeOfName.set(entry[1], entry[2]);
}

// Internal state lives here so that instances own nothing but `stack`
// (and `cause` when given), like Node's.
const internals = new WeakMap();

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function stateOf(self) {
  const state = internals.get(self);
  if (state === undefined) throw invalidThis();
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    message = `${message}`;
    let name;
    let hasCause = false;
    let cause;
    if (options !== null && typeof options === 'object') {
      // Node 20 reads `name` even when absent (giving 'undefined').
      name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      name = `${options}`;
    }
    internals.set(this, { name, message });
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this);
    } else {
      const stack = new Error(message).stack;
      Object.defineProperty(this, 'stack', {
        value: stack, writable: true, enumerable: false, configurable: true,
      });
    }
    if (hasCause) {
      Object.defineProperty(this, 'cause', {
        value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

Object.defineProperties(DOMException.prototype, {
  name: {
    get: { name() { return stateOf(this).name; } }.name,
    enumerable: true, configurable: true,
  },
  message: {
    get: { message() { return stateOf(this).message; } }.message,
    enumerable: true, configurable: true,
  },
  code: {
    get: {
      code() {
        const code = codeOfName.get(stateOf(this).name);
        return code === undefined ? 0 : code;
      },
    }.code,
    enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: {
    value: 'DOMException', writable: false, enumerable: false, configurable: true,
  },
});

// Getter functions are named `get name` etc. like WebIDL accessors.
for (const key of ['name', 'message', 'code']) {
  const { get } = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  Object.defineProperty(get, 'name', { value: `get ${key}`, configurable: true });
}

for (const [constant, , value] of legacyCodes) {
  const desc = { value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

function isDOMException(value) {
  return value !== null && typeof value === 'object' && internals.has(value);
}

module.exports = { DOMException, isDOMException };
