'use strict';
// process.binding('util') is Node's legacy set of type checks; names outside
// the allow list are "No such module".
const assert = require('assert');
const util = require('util');

const binding = process.binding('util');
assert.deepStrictEqual(Object.keys(binding).sort(), [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView',
  'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp',
  'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array',
]);
for (const key of Object.keys(binding)) assert.strictEqual(binding[key], util.types[key]);
assert.throws(() => process.binding('no_such_thing'), {
  name: 'Error',
  message: 'No such module: no_such_thing',
});
assert.strictEqual(typeof process.binding('constants').os.signals.SIGINT, 'number');
