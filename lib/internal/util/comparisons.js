'use strict';

// Deep equality used by assert.deepEqual / assert.deepStrictEqual /
// assert.partialDeepStrictEqual and util.isDeepStrictEqual.
//
// Loose mode: primitives compare with == (NaN equals NaN), prototypes are
// ignored, symbol keys are ignored.
// Strict mode: primitives compare with Object.is, prototypes must be the same
// object, enumerable own symbol keys are compared.
// Both modes: type tags (Object.prototype.toString) must match, only
// enumerable own properties count, Error name/message/cause/errors, RegExp
// source/flags/lastIndex, Date time values and boxed primitive values are
// always compared, Map/Set entries compare unordered, cycles are tolerated,
// WeakMaps and WeakSets are only equal to themselves.
//
// Partial mode (isPartialStrictEqual) is strict mode where `expected` only
// describes part of `actual`; it is written out at the end of this file.

const { toString: objectToString, hasOwnProperty, propertyIsEnumerable } = Object.prototype;
const hasOwn = (obj, key) => hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => propertyIsEnumerable.call(obj, key);

// --- brand checks (no engine binding needed) --------------------------------

function getter(proto, name) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  return desc && desc.get;
}

const dateGetTime = Date.prototype.getTime;
const regexpGlobalGetter = getter(RegExp.prototype, 'global');
const setSizeGetter = getter(Set.prototype, 'size');
const mapSizeGetter = getter(Map.prototype, 'size');
const abByteLengthGetter = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLengthGetter = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = getter(TypedArrayProto, Symbol.toStringTag);

function passes(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

function isDate(v) { return passes(dateGetTime, v); }
function isRegExp(v) {
  try {
    return typeof regexpGlobalGetter.call(v) === 'boolean';
  } catch {
    return false;
  }
}
function isSet(v) { return passes(setSizeGetter, v); }
function isMap(v) { return passes(mapSizeGetter, v); }
function isArrayBuffer(v) { return passes(abByteLengthGetter, v); }
function isSharedArrayBuffer(v) {
  return sabByteLengthGetter !== undefined && passes(sabByteLengthGetter, v);
}
function isAnyArrayBuffer(v) { return isArrayBuffer(v) || isSharedArrayBuffer(v); }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function typedArrayName(v) { return typedArrayTagGetter.call(v); }

const boxedTypes = [
  [Number.prototype.valueOf, Object.is],
  [String.prototype.valueOf, (a, b) => a === b],
  [Boolean.prototype.valueOf, (a, b) => a === b],
  [BigInt.prototype.valueOf, (a, b) => a === b],
  [Symbol.prototype.valueOf, (a, b) => a === b],
];

// Index into boxedTypes of the wrapper kind of `v`, or -1.
function boxedKind(v) {
  if (typeof v !== 'object' || v === null) return -1;
  for (let i = 0; i < boxedTypes.length; i++) {
    if (passes(boxedTypes[i][0], v)) return i;
  }
  return -1;
}
function isBoxedPrimitive(v) { return boxedKind(v) !== -1; }

function passesWith(fn, value, arg) {
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
function isWeakMap(v) { return passesWith(weakMapHas, v, {}); }
function isWeakSet(v) { return passesWith(weakSetHas, v, {}); }

function isError(v, tag) {
  return tag === '[object Error]' || v instanceof Error;
}

function isURL(v) {
  return Boolean(v && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

// --- helpers -------------------------------------------------------------------

function isArrayIndex(key) {
  if (typeof key !== 'string') return false;
  const n = Number(key) >>> 0;
  return n !== 4294967295 && String(n) === key;
}

// Enumerable own keys that are not array indices (symbols only in strict mode).
function nonIndexKeys(obj, strict) {
  const result = [];
  const keys = Reflect.ownKeys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'symbol') {
      if (!strict) continue;
    } else if (isArrayIndex(key)) {
      continue;
    }
    if (isEnumerable(obj, key)) result.push(key);
  }
  return result;
}

// The same for a typed array, without listing its elements: a
// multi-megabyte view has millions of index keys.
function viewNonIndexKeys(view, strict) {
  const { getOwnNonIndexProperties, constants } = internalBinding('util');
  const filter = strict ? constants.ONLY_ENUMERABLE :
    constants.ONLY_ENUMERABLE | constants.SKIP_SYMBOLS;
  return getOwnNonIndexProperties(view, filter);
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBoxed(a, b) {
  const kind = boxedKind(a);
  if (kind === -1 || boxedKind(b) !== kind) return false;
  const [valueOf, same] = boxedTypes[kind];
  return same(valueOf.call(a), valueOf.call(b));
}

const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

// --- core ----------------------------------------------------------------------

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kArray, keysA, undefined);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kPlain, undefined, undefined);
  }
  if (isDate(a)) {
    if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a, tag)) {
    if (!isError(b, objectToString.call(b)) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
    // `cause` and `errors` are compared even when they are not enumerable;
    // one side having them and the other not is a difference too.
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause') || hasOwn(a, 'errors') !== hasOwn(b, 'errors')) {
      return false;
    }
    const extra = [];
    if ((hasOwn(a, 'cause') && !isEnumerable(a, 'cause')) ||
        (hasOwn(b, 'cause') && !isEnumerable(b, 'cause'))) {
      extra.push('cause');
    }
    if ((hasOwn(a, 'errors') && !isEnumerable(a, 'errors')) ||
        (hasOwn(b, 'errors') && !isEnumerable(b, 'errors'))) {
      extra.push('errors');
    }
    if (extra.length !== 0) {
      return keyCheck(a, b, strict, memos, kPlain, undefined, extra);
    }
  } else if (isArrayBufferView(a)) {
    // The element type from the internal slot: a prototype or a
    // Symbol.toStringTag property can be made to lie.
    const name = typedArrayName(a);
    if (!isArrayBufferView(b) || typedArrayName(b) !== name) return false;
    if (!strict) {
      if (name === 'Float16Array' || name === 'Float32Array' || name === 'Float64Array') {
        if (!sameFloatElements(a, b)) return false;
      } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
        return false;
      }
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = viewNonIndexKeys(a, strict);
    if (keysA.length !== viewNonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kPlain, keysA, undefined);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kSet, undefined, undefined);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kMap, undefined, undefined);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (isWeakMap(a) || isWeakSet(a) || isWeakMap(b) || isWeakSet(b)) {
    // Their entries cannot be listed: only the same instance is equal.
    return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) ||
             isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) ||
             isError(b, objectToString.call(b))) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, kPlain, undefined, undefined);
}

function enumerableSymbols(obj) {
  const symbols = Object.getOwnPropertySymbols(obj);
  const result = [];
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(obj, symbols[i])) result.push(symbols[i]);
  }
  return result;
}

// Compares own enumerable keys (given in `keysA` for arrays and typed arrays,
// computed here otherwise), then the entries of Sets/Maps/Arrays, then the
// values of the keys plus `extraKeys` (non-enumerable keys to compare too).
function keyCheck(a, b, strict, memos, kind, keysA, extraKeys) {
  const computed = keysA === undefined;
  if (computed) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }
  for (let i = 0; i < keysA.length; i++) {
    if (!isEnumerable(b, keysA[i])) return false;
  }
  if (strict && computed) {
    const symbolsA = enumerableSymbols(a);
    const symbolsB = enumerableSymbols(b);
    if (symbolsA.length !== symbolsB.length) return false;
    for (let i = 0; i < symbolsA.length; i++) {
      if (!isEnumerable(b, symbolsA[i])) return false;
      keysA.push(symbolsA[i]);
    }
  }
  if (extraKeys !== undefined) {
    for (let i = 0; i < extraKeys.length; i++) keysA.push(extraKeys[i]);
  }

  if (keysA.length === 0 &&
      (kind === kPlain || (kind === kArray && a.length === 0) || a.size === 0)) {
    return true;
  }

  // Cycle detection: every object currently being compared is remembered per
  // side. Meeting an object of each side that is already being compared ends
  // that branch as equal (as Node does), whatever they were paired with.
  if (memos === undefined) {
    memos = { a: new Set(), b: new Set() };
  } else if (memos.a.has(a) && memos.b.has(b)) {
    return true;
  }
  const addedA = !memos.a.has(a);
  const addedB = !memos.b.has(b);
  if (addedA) memos.a.add(a);
  if (addedB) memos.b.add(b);
  const result = compareEntries(a, b, strict, keysA, memos, kind);
  if (addedA) memos.a.delete(a);
  if (addedB) memos.b.delete(b);
  return result;
}

function compareEntries(a, b, strict, keys, memos, kind) {
  if (kind === kSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === kMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (kind === kArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining own enumerable keys one by one.
        const keysA = Object.keys(a);
        for (let j = i; j < keysA.length; j++) {
          const key = keysA[j];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// For a primitive missing from the other collection in loose mode: `true`
// when a loosely-equal counterpart may exist, `false` when none can, and
// `null`/`undefined` for null/undefined whose only counterpart is the other.
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+prim);
    case 'number':
      return !Number.isNaN(prim);
    default:
      return true;
  }
}

function setMayHaveLooseMatch(a, b, prim) {
  const alt = looseCounterpart(prim);
  if (alt !== null && alt !== undefined) return alt;
  return b.has(alt) && !a.has(alt);
}

function takeEqualElement(pending, value, strict, memos) {
  for (const candidate of pending) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pending === null) pending = new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict || !setMayHaveLooseMatch(a, b, value)) return false;
      if (pending === null) pending = new Set();
      pending.add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapMayHaveLooseMatch(a, b, prim, item, memos) {
  const alt = looseCounterpart(prim);
  if (alt !== null && alt !== undefined) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alt);
}

function takeEqualEntry(pending, map, key, item, strict, memos) {
  for (const candidate of pending) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
      continue;
    }
    const itemB = b.get(key);
    if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(itemA, itemB, strict, memos)) {
      if (strict || !mapMayHaveLooseMatch(a, b, key, itemA, memos)) return false;
      if (pending === null) pending = new Set();
      pending.add(key);
    }
  }
  if (pending === null) return true;
  for (const [key, itemB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, itemB, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), itemB, false, memos)) &&
               !takeEqualEntry(pending, a, key, itemB, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

// --- partial mode ---------------------------------------------------------------
//
// isPartialStrictEqual(actual, expected): every part of `expected` is in
// `actual`. Primitives compare with Object.is; objects need the same type
// tag and kind, prototypes are not compared; the enumerable own properties
// of `expected` (symbols too) must be enumerable own properties of `actual`
// with partially equal values. Arrays match as an ordered subsequence,
// typed arrays and buffers as a subsequence of their bytes, Set items and
// Map entries each need a distinct partner. Error names and messages count
// when `expected` has non-empty ones, causes and `errors` when `expected`
// has its own.

const kKindObject = 0;
const kKindArray = 1;
const kKindDate = 2;
const kKindRegExp = 3;
const kKindError = 4;
const kKindView = 5;
const kKindSet = 6;
const kKindMap = 7;
const kKindBuffer = 8;
const kKindBoxed = 9;
const kKindWeak = 10;
const kKindURL = 11;

let isNativeError;
function isErrorObject(v) {
  if (isNativeError === undefined) isNativeError = require('internal/util/types').isNativeError;
  return isNativeError(v) || v instanceof Error;
}

function kindOf(v) {
  if (Array.isArray(v)) return kKindArray;
  if (isArrayBufferView(v)) return kKindView;
  if (isDate(v)) return kKindDate;
  if (isRegExp(v)) return kKindRegExp;
  if (isSet(v)) return kKindSet;
  if (isMap(v)) return kKindMap;
  if (isAnyArrayBuffer(v)) return kKindBuffer;
  if (isBoxedPrimitive(v)) return kKindBoxed;
  if (isWeakMap(v) || isWeakSet(v)) return kKindWeak;
  if (isErrorObject(v)) return kKindError;
  if (isURL(v)) return kKindURL;
  return kKindObject;
}

function isPartialStrictEqual(actual, expected) {
  return partialEqual(actual, expected, undefined);
}

function partialEqual(actual, expected, memos) {
  if (actual === expected) return actual !== 0 || Object.is(actual, expected);
  if (typeof actual !== 'object' || actual === null ||
      typeof expected !== 'object' || expected === null) {
    return typeof actual === 'number' && Number.isNaN(actual) && Number.isNaN(expected);
  }
  if (objectToString.call(actual) !== objectToString.call(expected)) return false;
  const kind = kindOf(actual);
  if (kind !== kindOf(expected) || kind === kKindWeak) return false;
  switch (kind) {
    case kKindDate:
      if (dateGetTime.call(actual) !== dateGetTime.call(expected)) return false;
      break;
    case kKindRegExp:
      if (!sameRegExp(actual, expected)) return false;
      break;
    case kKindBoxed:
      if (!sameBoxed(actual, expected)) return false;
      break;
    case kKindURL:
      if (actual.href !== expected.href) return false;
      break;
    case kKindError:
      if (expected.name && actual.name !== expected.name) return false;
      if (expected.message && actual.message !== expected.message) return false;
      break;
    case kKindView:
      if (typedArrayName(actual) !== typedArrayName(expected) ||
          !isSubsequence(bytesOf(actual), bytesOf(expected))) {
        return false;
      }
      break;
    case kKindBuffer:
      if (!isSubsequence(new Uint8Array(actual), new Uint8Array(expected))) return false;
      break;
    default:
      break;
  }

  // A pair already being compared further up is taken as equal (cycles).
  if (memos === undefined) {
    memos = { a: new Set(), b: new Set() };
  } else if (memos.a.has(actual) && memos.b.has(expected)) {
    return true;
  }
  const addedA = !memos.a.has(actual);
  const addedB = !memos.b.has(expected);
  if (addedA) memos.a.add(actual);
  if (addedB) memos.b.add(expected);
  const result = partialContents(actual, expected, kind, memos);
  if (addedA) memos.a.delete(actual);
  if (addedB) memos.b.delete(expected);
  return result;
}

function partialContents(actual, expected, kind, memos) {
  switch (kind) {
    case kKindArray:
      if (!partialArray(actual, expected, memos)) return false;
      break;
    case kKindSet:
      if (!partialSet(actual, expected, memos)) return false;
      break;
    case kKindMap:
      if (!partialMap(actual, expected, memos)) return false;
      break;
    case kKindError:
      for (const key of ['cause', 'errors']) {
        if (!hasOwn(expected, key)) continue;
        if (!hasOwn(actual, key)) return false;
        if (expected[key] !== undefined && !partialEqual(actual[key], expected[key], memos)) {
          return false;
        }
      }
      break;
    default:
      break;
  }
  return partialKeys(actual, expected, memos, kind === kKindArray || kind === kKindView);
}

function partialKeys(actual, expected, memos, skipIndices) {
  const keys = Reflect.ownKeys(expected);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!isEnumerable(expected, key) || (skipIndices && isArrayIndex(key))) continue;
    if (!isEnumerable(actual, key) || !partialEqual(actual[key], expected[key], memos)) {
      return false;
    }
  }
  return true;
}

// `wanted` appears in order in `pool` (list-likes of primitives).
function isSubsequence(pool, wanted) {
  let from = 0;
  for (let i = 0; i < wanted.length; i++) {
    while (from < pool.length && !Object.is(pool[from], wanted[i])) from++;
    if (from === pool.length) return false;
    from++;
  }
  return true;
}

// The elements of `expected` appear in order in `actual`. While neither
// side has holes each element also needs room for all the slots after it;
// from the first hole on, only the present elements are matched.
function partialArray(actual, expected, memos) {
  let i = 0;
  let j = 0;
  while (j < expected.length) {
    if (actual.length - i < expected.length - j) return false;
    if (!hasOwn(expected, j) || !hasOwn(actual, i)) {
      return partialSubsequence(presentFrom(actual, i), presentFrom(expected, j), memos);
    }
    if (partialEqual(actual[i], expected[j], memos)) j++;
    i++;
  }
  return true;
}

function presentFrom(array, start) {
  const out = [];
  for (let i = start; i < array.length; i++) {
    if (hasOwn(array, i)) out.push(array[i]);
  }
  return out;
}

function partialSubsequence(pool, wanted, memos) {
  let from = 0;
  for (let i = 0; i < wanted.length; i++) {
    while (from < pool.length && !partialEqual(pool[from], wanted[i], memos)) from++;
    if (from === pool.length) return false;
    from++;
  }
  return true;
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// Each wanted object takes the first unused pool item it matches.
function takeEach(pool, wanted, matches) {
  const used = new Set();
  for (let i = 0; i < wanted.length; i++) {
    let found = false;
    for (let j = 0; j < pool.length; j++) {
      if (!used.has(j) && matches(pool[j], wanted[i])) {
        used.add(j);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function partialSet(actual, expected, memos) {
  const objects = [];
  for (const item of expected) {
    if (actual.has(item)) continue;
    if (!isObjectLike(item)) return false;
    objects.push(item);
  }
  if (objects.length === 0) return true;
  const pool = [];
  for (const item of actual) {
    if (isObjectLike(item) && !expected.has(item)) pool.push(item);
  }
  return takeEach(pool, objects, (a, b) => partialEqual(a, b, memos));
}

function partialMap(actual, expected, memos) {
  const entries = [];
  for (const { 0: key, 1: value } of expected) {
    if (actual.has(key)) {
      if (!partialEqual(actual.get(key), value, memos)) return false;
    } else if (isObjectLike(key)) {
      entries.push([key, value]);
    } else {
      return false;
    }
  }
  if (entries.length === 0) return true;
  const pool = [];
  for (const entry of actual) {
    if (isObjectLike(entry[0]) && !expected.has(entry[0])) pool.push(entry);
  }
  return takeEach(pool, entries, (a, b) => (
    partialEqual(a[0], b[0], memos) && partialEqual(a[1], b[1], memos)));
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
