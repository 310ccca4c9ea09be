'use strict';

// util.types: the engine-level checks come from the `types` binding, the
// typed-array checks are done here through the %TypedArray% toStringTag getter
// (which answers the element type of any real typed array, and undefined for
// everything else, proxies included).

const binding = internalBinding('types');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typedArrayTag(value) {
  return Reflect.apply(getTypedArrayTag, value, []);
}

function isTypedArray(value) { return typedArrayTag(value) !== undefined; }
function isArrayBufferView(value) { return ArrayBuffer.isView(value); }

function makeTagCheck(tag) {
  const fn = function(value) { return typedArrayTag(value) === tag; };
  Object.defineProperty(fn, 'name', { value: `is${tag}` });
  return fn;
}

const isUint8Array = makeTagCheck('Uint8Array');
const isUint8ClampedArray = makeTagCheck('Uint8ClampedArray');
const isUint16Array = makeTagCheck('Uint16Array');
const isUint32Array = makeTagCheck('Uint32Array');
const isInt8Array = makeTagCheck('Int8Array');
const isInt16Array = makeTagCheck('Int16Array');
const isInt32Array = makeTagCheck('Int32Array');
const isFloat16Array = makeTagCheck('Float16Array');
const isFloat32Array = makeTagCheck('Float32Array');
const isFloat64Array = makeTagCheck('Float64Array');
const isBigInt64Array = makeTagCheck('BigInt64Array');
const isBigUint64Array = makeTagCheck('BigUint64Array');

// KeyObject / CryptoKey are not provided by eddy's crypto yet.
function isKeyObject(value) { return false; } // eslint-disable-line no-unused-vars
function isCryptoKey(value) { return false; } // eslint-disable-line no-unused-vars

module.exports = {
  isExternal: binding.isExternal,
  isDate: binding.isDate,
  isArgumentsObject: binding.isArgumentsObject,
  isBigIntObject: binding.isBigIntObject,
  isBooleanObject: binding.isBooleanObject,
  isNumberObject: binding.isNumberObject,
  isStringObject: binding.isStringObject,
  isSymbolObject: binding.isSymbolObject,
  isNativeError: binding.isNativeError,
  isRegExp: binding.isRegExp,
  isAsyncFunction: binding.isAsyncFunction,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isPromise: binding.isPromise,
  isMap: binding.isMap,
  isSet: binding.isSet,
  isMapIterator: binding.isMapIterator,
  isSetIterator: binding.isSetIterator,
  isWeakMap: binding.isWeakMap,
  isWeakSet: binding.isWeakSet,
  isArrayBuffer: binding.isArrayBuffer,
  isDataView: binding.isDataView,
  isSharedArrayBuffer: binding.isSharedArrayBuffer,
  isProxy: binding.isProxy,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isAnyArrayBuffer: binding.isAnyArrayBuffer,
  isBoxedPrimitive: binding.isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat16Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
