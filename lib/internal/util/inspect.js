'use strict';

// util.inspect() and util.format(): the text console.log prints for a value.
//
// Node 22's output is the contract, down to where lines break. The design:
//
//   * Every top-level inspect() call creates one `Inspection` holding the
//     options and the state of the walk (the objects on the current path,
//     numbers handed out for `<ref *n>`, the current indentation).
//   * `render()` deals with what all values share: primitives, proxies,
//     [util.inspect.custom] hooks and cycles. Objects go on to
//     `renderObject()`.
//   * `renderObject()` looks the object up in two tables of kinds. A kind
//     either answers with finished text (an empty array, a plain function) or
//     with a *shape*: optional heading, brackets, a producer of entries and
//     the own keys to list. Depth limits, cycle markers, sorting and the
//     final line layout are then done once, for every kind alike, by
//     `renderObject()` and `layOut()`.

// Built-ins are captured at load time: user code that patches Object.keys
// or Array.prototype.join must not change what inspect prints.
const { isArray } = Array;
const {
  assign: objectAssign,
  create: objectCreate,
  defineProperty,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  keys: enumerableNames,
  seal,
} = Object;
const { apply: applyFn, ownKeys } = Reflect;
const { max: mathMax, min: mathMin } = Math;

// method(self, ...args) as a plain function: `call` bound once, now, so a
// later patch of Function.prototype.call changes nothing.
const bindCall = Function.prototype.bind.bind(Function.prototype.call);
const uncurry = (method) => bindCall(method);
const { hasOwn } = Object;
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const isPrototypeOf = uncurry(Object.prototype.isPrototypeOf);
const objectToString = uncurry(Object.prototype.toString);
const functionSource = uncurry(Function.prototype.toString);
const errorToString = uncurry(Error.prototype.toString);
const symbolDescription = uncurry(Symbol.prototype.toString);
const regexpSource = uncurry(RegExp.prototype.toString);
const dateTime = uncurry(Date.prototype.getTime);
const dateISO = uncurry(Date.prototype.toISOString);
const dateText = uncurry(Date.prototype.toString);
const numberValue = uncurry(Number.prototype.valueOf);
const stringValue = uncurry(String.prototype.valueOf);
const booleanValue = uncurry(Boolean.prototype.valueOf);
const bigintValue = uncurry(BigInt.prototype.valueOf);
const symbolValue = uncurry(Symbol.prototype.valueOf);
const mapIterate = uncurry(Map.prototype.entries);
const setIterate = uncurry(Set.prototype.values);
const mapSizeOf = uncurry(getOwnPropertyDescriptor(Map.prototype, 'size').get);
const setSizeOf = uncurry(getOwnPropertyDescriptor(Set.prototype, 'size').get);
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedKindOf = uncurry(getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const typedLengthOf = uncurry(getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
// SpiderMonkey keeps `stack` as an accessor on Error.prototype; it still
// answers for an error whose prototype was replaced.
const stackAccessor = (() => {
  const slot = getOwnPropertyDescriptor(Error.prototype, 'stack');
  return slot !== undefined && typeof slot.get === 'function' ? uncurry(slot.get) : undefined;
})();

const utilBinding = internalBinding('util');
const {
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getConstructorName: engineConstructorName,
} = utilBinding;
const {
  kPending: PROMISE_PENDING,
  kRejected: PROMISE_REJECTED,
  ALL_PROPERTIES,
  ONLY_ENUMERABLE,
} = utilBinding.constants;

const types = require('internal/util/types');

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Constructors of the language itself. Their prototypes are not searched for
// inherited properties (showHidden), and a toString inherited from one of
// them does not count as "user-defined" for format('%s').
const LANGUAGE_CONSTRUCTORS = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array',
  'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
  'Reflect', 'FinalizationRegistry', 'WeakRef', 'WebAssembly',
]);

const WELL_KNOWN_PROTOTYPES = new Map([
  [Array.prototype, ['Array', Array]],
  [ArrayBuffer.prototype, ['ArrayBuffer', ArrayBuffer]],
  [Function.prototype, ['Function', Function]],
  [Map.prototype, ['Map', Map]],
  [Object.prototype, ['Object', Object]],
  [Set.prototype, ['Set', Set]],
  [TypedArrayPrototype, ['TypedArray', TypedArrayPrototype.constructor]],
]);

// ---------------------------------------------------------------------------
// Options

const inspectDefaultOptions = seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});
const OPTION_NAMES = enumerableNames(inspectDefaultOptions);

// State of one inspect() call.
class Inspection {
  constructor() {
    // Spelled out (not a loop over the names) so that every Inspection has
    // the same layout from the start; inspect() is called a lot.
    const defaults = inspectDefaultOptions;
    this.showHidden = defaults.showHidden;
    this.depth = defaults.depth;
    this.colors = defaults.colors;
    this.customInspect = defaults.customInspect;
    this.showProxy = defaults.showProxy;
    this.maxArrayLength = defaults.maxArrayLength;
    this.maxStringLength = defaults.maxStringLength;
    this.breakLength = defaults.breakLength;
    this.compact = defaults.compact;
    this.sorted = defaults.sorted;
    this.getters = defaults.getters;
    this.numericSeparator = defaults.numericSeparator;
    this.stylize = plainStyle;
    // Options inspect() does not know, passed on to custom inspectors.
    this.extraOptions = undefined;
    // Objects whose rendering is in progress, outermost first.
    this.path = [];
    // object -> n, for the objects that turned out to be circular.
    this.refIds = undefined;
    // Columns of indentation at which the current value starts.
    this.indent = 0;
    // Nesting level of the object entered last; layOut() compares it with
    // the level it lays out to keep only the innermost levels on one line.
    this.level = 0;
    // Characters produced per indentation, to stop runaway output.
    this.produced = [];
  }

  // The options as a plain object, as custom inspectors receive them.
  snapshot() {
    const copy = { stylize: this.stylize };
    for (const name of OPTION_NAMES) copy[name] = this[name];
    return copy;
  }
}

function isBeyondDepth(job, level) {
  return job.depth !== null && level > job.depth;
}

function inspect(value, opts) {
  const job = new Inspection();
  if (arguments.length > 1) {
    // The pre-options signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2 && arguments[2] !== undefined) job.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) job.colors = arguments[3];
    if (typeof opts === 'boolean') {
      job.showHidden = opts;
    } else if (opts) {
      for (const name of enumerableNames(opts)) {
        if (name === 'stylize' || hasOwn(inspectDefaultOptions, name)) {
          job[name] = opts[name];
        } else if (job.extraOptions === undefined) {
          job.extraOptions = opts;
        }
      }
    }
  }
  if (job.colors) job.stylize = colorStyle;
  if (job.maxArrayLength === null) job.maxArrayLength = Infinity;
  if (job.maxStringLength === null) job.maxStringLength = Infinity;
  return render(job, value, 0);
}

inspect.custom = customInspectSymbol;
defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    lazyValidators().validateObject(options, 'options');
    return objectAssign(inspectDefaultOptions, options);
  },
});

// ---------------------------------------------------------------------------
// Colours

// SGR codes: [switch on, switch off]. The eight hues follow a fixed
// numbering (foreground 30-37, bright 90-97, background 40-47 / 100-107);
// the keys are created in the order Node documents them.
const colorCodes = objectCreate(null);
const HUES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
const capitalized = (word) => word[0].toUpperCase() + word.slice(1);
for (const [name, on, off] of [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
  ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
]) {
  colorCodes[name] = [on, off];
}
HUES.forEach((hue, n) => { colorCodes[hue] = [30 + n, 39]; });
HUES.forEach((hue, n) => { colorCodes[`bg${capitalized(hue)}`] = [40 + n, 49]; });
colorCodes.framed = [51, 54];
colorCodes.overlined = [53, 55];
// Bright black is better known as gray.
HUES.forEach((hue, n) => { colorCodes[n === 0 ? 'gray' : `${hue}Bright`] = [90 + n, 39]; });
HUES.forEach((hue, n) => {
  colorCodes[n === 0 ? 'bgGray' : `bg${capitalized(hue)}Bright`] = [100 + n, 49];
});
// Alternative spellings share the entry of their original (non-enumerable,
// so listing inspect.colors shows each colour once).
for (const [alias, original] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  defineProperty(colorCodes, alias, {
    get() { return this[original]; },
    set(value) { this[original] = value; },
    configurable: true,
    enumerable: false,
  });
}

// Which colour each kind of token gets.
const styleNames = objectAssign(objectCreate(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

inspect.colors = colorCodes;
inspect.styles = styleNames;

function colorStyle(text, token) {
  const colorName = styleNames[token];
  const code = colorName === undefined ? undefined : colorCodes[colorName];
  if (code === undefined) return text;
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

function plainStyle(text) {
  return text;
}

// ---------------------------------------------------------------------------
// Terminal text: escape sequences and display width

// CSI sequences (ESC [ or the 8-bit CSI, parameters, final byte) and OSC
// strings (ESC ], text, BEL / ST).
const VT_SEQUENCE = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*(?:' +
    '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))|' +
    '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))',
  'g');

function withoutEscapes(text) {
  if (!text.includes('\u001b') && !text.includes('\u009b')) return text;
  return text.replace(VT_SEQUENCE, '');
}

function stripVTControlCharacters(str) {
  lazyValidators().validateString(str, 'str');
  return str.replace(VT_SEQUENCE, '');
}

// East Asian wide and fullwidth ranges (and emoji blocks): two columns.
const WIDE_RANGES = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0x3247],
  [0x3250, 0x4dbf], [0x4e00, 0xa4c6], [0xa960, 0xa97c], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x1b000, 0x1b001], [0x1f200, 0x1f251], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
// Control characters, combining marks, zero-width spaces and joiners,
// variation selectors: no column.
const ZERO_WIDTH_RANGES = [
  [0x0, 0x1f], [0x7f, 0x9f], [0x300, 0x36f], [0x200b, 0x200f], [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xe0100, 0xe01ef],
];

function inRanges(ranges, code) {
  for (const [low, high] of ranges) {
    if (code < low) return false;
    if (code <= high) return true;
  }
  return false;
}

// Number of terminal columns `str` occupies.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = withoutEscapes(str);
  let columns = 0;
  let i = 0;
  // Printable ASCII, the usual content, one column each.
  while (i < str.length) {
    const code = str.charCodeAt(i);
    if (code >= 127) break;
    if (code >= 32) columns++;
    i++;
  }
  if (i === str.length) return columns;
  let rest = str.slice(i);
  try {
    rest = rest.normalize('NFC');
  } catch {
    // Without Unicode normalization the raw code points are counted.
  }
  for (const ch of rest) {
    const code = ch.codePointAt(0);
    if (inRanges(WIDE_RANGES, code)) columns += 2;
    else if (!inRanges(ZERO_WIDTH_RANGES, code)) columns += 1;
  }
  return columns;
}

// ---------------------------------------------------------------------------
// Primitives

// Characters shown as escapes inside quotes: C0 and C1 controls, DEL, the
// backslash, and (the `u` flag makes paired surrogates one code point, so
// only) lone surrogates. The second form also escapes the single quote.
const NEEDS_ESCAPE = /[\x00-\x1f\x5c\x7f-\x9f\u{d800}-\u{dfff}]/gu;
const NEEDS_ESCAPE_OR_QUOTE = /[\x00-\x1f\x27\x5c\x7f-\x9f\u{d800}-\u{dfff}]/gu;
const HAS_ESCAPE = /[\x00-\x1f\x5c\x7f-\x9f\u{d800}-\u{dfff}]/u;
const SHORT_ESCAPES = {
  '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r',
  '\'': '\\\'', '\\': '\\\\',
};

function escapeChar(ch) {
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return short;
  const code = ch.charCodeAt(0);
  if (code < 0x100) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return `\\u${code.toString(16)}`;
}

// A string literal for `str`. Single quotes are preferred; when the text
// contains one, double quotes or backticks are used if that avoids escaping.
function quote(str) {
  let mark = '\'';
  if (str.includes('\'')) {
    if (!str.includes('"')) mark = '"';
    else if (!str.includes('`') && !str.includes('${')) mark = '`';
  }
  // Most strings need no escape at all.
  if (!HAS_ESCAPE.test(str) && (mark !== '\'' || !str.includes('\''))) return `${mark}${str}${mark}`;
  const pattern = mark === '\'' ? NEEDS_ESCAPE_OR_QUOTE : NEEDS_ESCAPE;
  pattern.lastIndex = 0;
  return `${mark}${str.replace(pattern, escapeChar)}${mark}`;
}

// Key names in brackets ([hidden], [Symbol(x)]) are escaped, not quoted.
function escapeBare(str) {
  NEEDS_ESCAPE_OR_QUOTE.lastIndex = 0;
  return str.replace(NEEDS_ESCAPE_OR_QUOTE, escapeChar);
}

// "1234567" -> "1_234_567" (a leading minus sign stays in front).
function groupThousands(digits) {
  const sign = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let groups = '';
  while (end - sign > 3) {
    groups = `_${digits.slice(end - 3, end)}${groups}`;
    end -= 3;
  }
  return digits.slice(0, end) + groups;
}

// Fraction digits are grouped from the decimal point: "1234" -> "123_4".
function groupFraction(digits) {
  let start = 0;
  let grouped = '';
  while (digits.length - start > 3) {
    grouped += `${digits.slice(start, start + 3)}_`;
    start += 3;
  }
  return grouped + digits.slice(start);
}

function renderNumber(paint, number, separators) {
  if (!separators) return paint(Object.is(number, -0) ? '-0' : `${number}`, 'number');
  const whole = Math.trunc(number);
  const wholeText = `${whole}`;
  if (whole === number) {
    const plain = !Number.isFinite(number) || wholeText.includes('e');
    return paint(plain ? wholeText : groupThousands(wholeText), 'number');
  }
  if (Number.isNaN(number)) return paint(wholeText, 'number');
  // Split the shortest round-trip text at its point. (Node splits exponent
  // forms such as 1e-7, which have no point, the same odd way.)
  const text = `${number}`;
  const point = text.indexOf('.');
  return paint(
    `${groupThousands(text.slice(0, point))}.${groupFraction(text.slice(point + 1))}`,
    'number');
}

function renderBigInt(paint, bigint, separators) {
  const digits = `${bigint}`;
  return paint(`${separators ? groupThousands(digits) : digits}n`, 'bigint');
}

// Strings longer than this may be split at their newlines.
const SPLIT_THRESHOLD = 16;

function renderString(job, str, paint) {
  let cutNote = '';
  if (str.length > job.maxStringLength) {
    const cut = str.length - job.maxStringLength;
    str = str.slice(0, mathMax(0, job.maxStringLength));
    cutNote = `... ${cut} more character${cut > 1 ? 's' : ''}`;
  }
  if (job.compact !== true && str.length > SPLIT_THRESHOLD &&
      str.length > job.breakLength - job.indent - 4) {
    // One literal per source line, continued with `+` on the next line.
    const joiner = ` +\n${' '.repeat(job.indent + 2)}`;
    let text = '';
    let first = true;
    for (const line of str.split(/(?<=\n)/)) {
      text += `${first ? '' : joiner}${paint(quote(line), 'string')}`;
      first = false;
    }
    return text + cutNote;
  }
  return paint(quote(str), 'string') + cutNote;
}

function renderPrimitive(job, value, paint) {
  switch (typeof value) {
    case 'string': return renderString(job, value, paint);
    case 'number': return renderNumber(paint, value, job.numericSeparator);
    case 'bigint': return renderBigInt(paint, value, job.numericSeparator);
    case 'boolean': return paint(`${value}`, 'boolean');
    case 'undefined': return paint('undefined', 'undefined');
    default: return paint(symbolDescription(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Every value

function render(job, value, level, insideTypedArray) {
  if (value === null) return job.stylize('null', 'null');
  if (typeof value !== 'object' && typeof value !== 'function') {
    return renderPrimitive(job, value, job.stylize);
  }

  // A proxy is shown as its target (or, with showProxy, as target and
  // handler), without running any of its traps.
  const receiver = value;
  const proxied = getProxyDetails(value, !!job.showProxy);
  if (proxied !== undefined) {
    if (proxied === null || (job.showProxy && proxied[0] === null)) {
      return job.stylize('<Revoked Proxy>', 'special');
    }
    if (job.showProxy) return renderProxy(job, proxied, level);
    value = proxied;
  }

  if (job.customInspect) {
    const hook = value[customInspectSymbol];
    // A prototype that defines the hook is shown as an ordinary object.
    if (typeof hook === 'function' && hook !== inspect && !isPrototypeObject(value)) {
      const depthLeft = job.depth === null ? null : job.depth - level;
      const foreign = proxied !== undefined || !(receiver instanceof Object);
      const result = applyFn(hook, receiver, [depthLeft, optionsForHook(job, foreign), inspect]);
      if (result !== receiver) {
        if (typeof result !== 'string') return render(job, result, level);
        return result.replaceAll('\n', `\n${' '.repeat(job.indent)}`);
      }
    }
  }

  if (job.path.includes(value)) {
    if (job.refIds === undefined) job.refIds = new Map();
    let id = job.refIds.get(value);
    if (id === undefined) {
      id = job.refIds.size + 1;
      job.refIds.set(value, id);
    }
    return job.stylize(`[Circular *${id}]`, 'special');
  }
  return renderObject(job, value, level, insideTypedArray);
}

function isPrototypeObject(value) {
  const ctor = value.constructor;
  return !!ctor && ctor.prototype === value;
}

// The options a custom inspector receives. One from another realm (or a
// proxy) gets primitives only and a stylize that cannot leak our objects.
function optionsForHook(job, foreign) {
  const options = job.snapshot();
  if (job.extraOptions !== undefined) objectAssign(options, job.extraOptions);
  if (!foreign) return options;
  Object.setPrototypeOf(options, null);
  for (const name of enumerableNames(options)) {
    const item = options[name];
    if (item !== null && (typeof item === 'object' || typeof item === 'function')) {
      delete options[name];
    }
  }
  const stylize = (text, token) => {
    let styled;
    try {
      styled = `${job.stylize(text, token)}`;
    } catch {
      return text;
    }
    return typeof styled === 'string' ? styled : text;
  };
  options.stylize = Object.setPrototypeOf(stylize, null);
  return options;
}

function renderProxy(job, [target, handler], level) {
  if (isBeyondDepth(job, level)) return job.stylize('Proxy [Array]', 'special');
  job.indent += 2;
  const parts = [render(job, target, level + 1), render(job, handler, level + 1)];
  job.indent -= 2;
  return layOut(job, parts, '', 'Proxy [', ']', true, level + 1);
}

// ---------------------------------------------------------------------------
// How an object names itself

// "Foo", "Map(2)", "Foo [tag]", "[Array(2): null prototype]", ...
function heading(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    const bare = `[${fallback}${size}: null prototype]`;
    return tag !== '' && tag !== fallback ? `${bare} [${tag}]` : bare;
  }
  return tag !== '' && !nameMentionsTag(ctor, tag) ? `${ctor}${size} [${tag}]` : `${ctor}${size}`;
}

// Whether a constructor name already says what the tag says: the tag ends
// the name or is followed by a new capitalised word (MySet / Set,
// SetSubclass / Set, MyFooBar / Foo; but not Seta / Set).
function nameMentionsTag(name, tag) {
  for (let at = name.indexOf(tag); at !== -1; at = name.indexOf(tag, at + 1)) {
    const after = name.charCodeAt(at + tag.length);
    if (Number.isNaN(after) || (after >= 65 && after <= 90)) return true;
  }
  return false;
}

// `object instanceof ctor` without running a user Symbol.hasInstance.
function safeInstanceOf(object, ctor) {
  try {
    const proto = ctor.prototype;
    return proto !== null && (typeof proto === 'object' || typeof proto === 'function') &&
      isPrototypeOf(proto, object);
  } catch {
    return false;
  }
}

// The name of the first constructor up the prototype chain that really
// constructed `obj`; null for an object without prototype. With showHidden,
// `inherited` collects what the object inherits from user-land prototypes.
function constructorNameOf(job, obj, level, inherited) {
  let holder = obj;
  let parent;
  while (holder) {
    const slot = getOwnPropertyDescriptor(holder, 'constructor');
    let ctor = slot === undefined ? undefined : slot.value;
    let name = typeof ctor === 'function' ? ctor.name : '';
    if (slot !== undefined && (name === '' || !safeInstanceOf(obj, ctor))) {
      // A builtin prototype still names its class when user code has
      // replaced its `constructor`.
      const known = WELL_KNOWN_PROTOTYPES.get(holder);
      if (known !== undefined) [name, ctor] = known;
    }
    if (typeof ctor === 'function' && name !== '' && safeInstanceOf(obj, ctor)) {
      if (inherited !== undefined &&
          (parent !== holder || !LANGUAGE_CONSTRUCTORS.has(name))) {
        collectInherited(job, obj, parent || obj, level, inherited);
      }
      return String(name);
    }
    holder = getPrototypeOf(holder);
    if (parent === undefined) parent = holder;
  }
  if (parent === null) return null;

  // No usable constructor property: describe the chain instead.
  const own = engineConstructorName(obj);
  if (isBeyondDepth(job, level)) return `${own} <Complex prototype>`;
  const parentName = constructorNameOf(job, parent, level + 1, inherited);
  if (parentName !== null) return `${own} <${parentName}>`;
  const options = job.snapshot();
  options.customInspect = false;
  options.depth = -1;
  return `${own} <${inspect(parent, options)}>`;
}

// Data properties from up to three user-land prototypes, dimmed.
function collectInherited(job, main, start, level, out) {
  const listed = new Set();
  let proto = start;
  for (let hop = 0; hop < 3; hop++) {
    if (hop !== 0 || proto === main) {
      proto = getPrototypeOf(proto);
      if (proto === null) return;
      const slot = getOwnPropertyDescriptor(proto, 'constructor');
      if (slot !== undefined && typeof slot.value === 'function' &&
          LANGUAGE_CONSTRUCTORS.has(slot.value.name)) {
        return;
      }
    }
    const names = ownKeys(proto);
    job.path.push(main);
    for (const key of names) {
      if (key === 'constructor' || hasOwn(main, key) || listed.has(key)) continue;
      const slot = getOwnPropertyDescriptor(proto, key);
      if (typeof slot.value === 'function') continue;
      const text = renderMember(job, proto, level, key, OBJECT_MEMBER, slot, main);
      out.push(job.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    job.path.pop();
    for (const key of names) listed.add(key);
  }
}

// Symbol.toStringTag, unless it is listed among the properties anyway.
function visibleTag(job, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || tag === '') return '';
  const listed = job.showHidden ?
    hasOwn(value, Symbol.toStringTag) :
    isEnumerable(value, Symbol.toStringTag);
  return listed ? '' : tag;
}

// V8 lists a function's `length` and `name` first; SpiderMonkey lists
// `prototype` first. Node's order is V8's.
function lengthAndNameFirst(names) {
  const front = names.filter((name) => name === 'length' || name === 'name');
  if (front.length === 0) return names;
  front.sort();
  return front.concat(names.filter((name) => name !== 'length' && name !== 'name'));
}

// The own keys inspect lists: enumerable ones, or all with showHidden.
function listKeys(obj, all) {
  const symbols = getOwnPropertySymbols(obj);
  if (all) {
    let names = getOwnPropertyNames(obj);
    if (typeof obj === 'function') names = lengthAndNameFirst(names);
    for (const symbol of symbols) names.push(symbol);
    return names;
  }
  let names;
  try {
    names = enumerableNames(obj);
  } catch (err) {
    // Reading a module namespace with bindings still in their TDZ throws.
    if (!types.isModuleNamespaceObject(obj)) throw err;
    names = getOwnPropertyNames(obj);
  }
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(obj, symbols[i])) names.push(symbols[i]);
  }
  return names;
}

// ---------------------------------------------------------------------------
// Objects

// How members after the entries are written: `key: value` for objects;
// arrays list their elements bare and their extra keys as `key: value`.
const OBJECT_MEMBER = 0;
const ELEMENT = 1;
const EXTRA_MEMBER = 2;

function renderObject(job, value, level, insideTypedArray) {
  const inheritedOut = job.showHidden && !isBeyondDepth(job, level) ? [] : undefined;
  const ctor = constructorNameOf(job, value, level, inheritedOut);
  const info = {
    ctor,
    tag: visibleTag(job, value),
    level,
    insideTypedArray,
    inherited: inheritedOut !== undefined && inheritedOut.length !== 0 ? inheritedOut : undefined,
  };
  const shape = describe(job, value, info);
  if (typeof shape === 'string') return shape;

  if (isBeyondDepth(job, level)) {
    const name = heading(ctor, info.tag, 'Object');
    return job.stylize(ctor === null ? name : `[${name}]`, 'special');
  }

  const inner = level + 1;
  const startIndent = job.indent;
  job.path.push(value);
  job.level = inner;
  let parts;
  try {
    parts = shape.entries === undefined ? [] : shape.entries(job, value, inner, shape);
    // Indexed loops: this runs for every object printed.
    const { slots, keys, memberKind } = shape;
    for (let i = 0; i < slots.length; i++) {
      parts.push(renderSlot(job, value, inner, slots[i], shape.slotStyle));
    }
    for (let i = 0; i < keys.length; i++) {
      parts.push(renderMember(job, value, inner, keys[i], memberKind));
    }
    if (info.inherited !== undefined) {
      for (const line of info.inherited) parts.push(line);
    }
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    job.path.pop();
    job.indent = startIndent;
    return job.stylize(`[${heading(ctor, info.tag, 'Object')}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]', 'special');
  }

  const id = job.refIds === undefined ? undefined : job.refIds.get(value);
  if (id !== undefined) {
    const marker = job.stylize(`<ref *${id}>`, 'special');
    if (job.compact === true) shape.open = `${marker} ${shape.open}`;
    else shape.head = shape.head === '' ? marker : `${marker} ${shape.head}`;
  }
  job.path.pop();

  if (job.sorted) sortParts(job, parts, shape);

  const text = layOut(job, parts, shape.head, shape.open, shape.close,
                      shape.memberKind === EXTRA_MEMBER, inner, value);
  // Once one indentation level has produced an absurd amount of text
  // (2 ** 27 characters), everything further is summarised as [Object].
  const produced = (job.produced[job.indent] || 0) + text.length;
  job.produced[job.indent] = produced;
  if (produced > 2 ** 27) job.depth = -1;
  return text;
}

function sortParts(job, parts, shape) {
  const order = job.sorted === true ? undefined : job.sorted;
  if (shape.memberKind !== EXTRA_MEMBER) {
    parts.sort(order);
    return;
  }
  // Elements keep their order; only the trailing keyed members are sorted.
  const count = shape.keys.length;
  if (count < 2) return;
  const tail = parts.slice(parts.length - count).sort(order);
  parts.splice(parts.length - count, count, ...tail);
}

function isStackOverflow(err) {
  if (err === null || typeof err !== 'object') return false;
  return (err.name === 'RangeError' && err.message === 'Maximum call stack size exceeded') ||
    (err.name === 'InternalError' && err.message === 'too much recursion');
}

const NO_NAMES = Object.freeze([]);

// What a kind of object looks like; see renderObject().
class Shape {
  constructor(fields) {
    // Text before the opening bracket (function, regexp, error, ...).
    this.head = fields.head === undefined ? '' : fields.head;
    this.open = fields.open === undefined ? '{' : fields.open;
    this.close = fields.close === undefined ? '}' : fields.close;
    // (job, value, level, shape) => entries shown before the keys.
    this.entries = fields.entries;
    // Internal values shown as `[name]: value` ([byteLength], ...).
    this.slots = fields.slots === undefined ? NO_NAMES : fields.slots;
    // 'string' paints slot names like Node; undefined writes them as
    // ordinary hidden properties.
    this.slotStyle = 'slotStyle' in fields ? fields.slotStyle : 'string';
    this.keys = fields.keys;
    this.memberKind = fields.memberKind === undefined ? OBJECT_MEMBER : fields.memberKind;
  }
}

function newShape(fields) {
  return new Shape(fields);
}

// Kinds recognised among iterable objects (and objects without prototype).
const kind = (matches, build) => ({ matches, build });
const ITERABLE_KINDS = [
  kind(isArray, arrayShape),
  kind(types.isSet, setShape),
  kind(types.isMap, mapShape),
  kind(types.isTypedArray, typedArrayShape),
  kind(types.isMapIterator, (job, value, info) => iteratorShape(job, value, info, 'Map')),
  kind(types.isSetIterator, (job, value, info) => iteratorShape(job, value, info, 'Set')),
];

// All other kinds, in order; the last one takes anything.
const OTHER_KINDS = [
  kind((value) => typeof value === 'function', functionShape),
  kind((value, info) => info.ctor === 'Object', plainObjectShape),
  kind(types.isRegExp, regexpShape),
  kind(types.isDate, dateShape),
  kind(isError, errorShape),
  kind(types.isAnyArrayBuffer, arrayBufferShape),
  kind(types.isDataView, dataViewShape),
  kind(types.isPromise, promiseShape),
  kind(types.isWeakSet, (job, value, info) => weakShape(job, value, info, 'WeakSet')),
  kind(types.isWeakMap, (job, value, info) => weakShape(job, value, info, 'WeakMap')),
  kind(types.isModuleNamespaceObject, namespaceShape),
  kind(types.isBoxedPrimitive, boxedShape),
  kind(() => true, genericShape),
];

function firstKind(kinds, job, value, info) {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i].matches(value, info)) return kinds[i];
  }
  return undefined;
}

function describe(job, value, info) {
  let found;
  if (Symbol.iterator in value || info.ctor === null) {
    found = firstKind(ITERABLE_KINDS, job, value, info);
  }
  if (found === undefined) found = firstKind(OTHER_KINDS, job, value, info);
  return found.build(job, value, info);
}

function nothingElse(keys, info) {
  return keys.length === 0 && info.inherited === undefined;
}

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function arrayShape(job, value, info) {
  const keys = getOwnNonIndexProperties(value, job.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
  const intro = info.ctor === 'Array' && info.tag === '' ? '' :
    `${heading(info.ctor, info.tag, 'Array', `(${value.length})`)} `;
  if (value.length === 0 && nothingElse(keys, info)) return `${intro}[]`;
  return newShape({ open: `${intro}[`, close: ']', keys, memberKind: EXTRA_MEMBER,
                    entries: arrayEntries });
}

function arrayEntries(job, array, level) {
  const total = array.length;
  const shown = mathMin(mathMax(0, job.maxArrayLength), total);
  const parts = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(array, i)) return sparseArrayEntries(job, array, level, shown, parts, i);
    parts.push(renderMember(job, array, level, i, ELEMENT));
  }
  if (total > shown) parts.push(moreItems(total - shown));
  return parts;
}

function holes(job, count) {
  return job.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

// Arrays with holes: runs of missing elements take one line each, and the
// line limit (maxArrayLength) counts those lines too.
function sparseArrayEntries(job, array, level, limit, parts, firstHole) {
  const names = enumerableNames(array);
  let expected = firstHole;
  for (let k = firstHole; k < names.length && parts.length < limit; k++) {
    const name = names[k];
    const index = +name;
    if (index > MAX_ARRAY_INDEX) break;
    if (name !== `${expected}`) {
      if (!INDEX_KEY.test(name)) break;
      parts.push(holes(job, index - expected));
      expected = index;
      if (parts.length === limit) break;
    }
    parts.push(renderMember(job, array, level, name, ELEMENT));
    expected++;
  }
  const rest = array.length - expected;
  if (rest > 0) parts.push(parts.length === limit ? moreItems(rest) : holes(job, rest));
  return parts;
}

function setShape(job, value, info) {
  const size = setSizeOf(value);
  const intro = heading(info.ctor, info.tag, 'Set', `(${size})`);
  const keys = listKeys(value, job.showHidden);
  if (size === 0 && nothingElse(keys, info)) return `${intro} {}`;
  // Without a prototype every entry is shown.
  const cap = info.ctor === null ? Infinity : size;
  return newShape({ open: `${intro} {`, keys,
                    entries: (j, set, level) => collectionEntries(j, setIterate(set), size, cap, level, false) });
}

function mapShape(job, value, info) {
  const size = mapSizeOf(value);
  const intro = heading(info.ctor, info.tag, 'Map', `(${size})`);
  const keys = listKeys(value, job.showHidden);
  if (size === 0 && nothingElse(keys, info)) return `${intro} {}`;
  const cap = info.ctor === null ? Infinity : size;
  return newShape({ open: `${intro} {`, keys,
                    entries: (j, map, level) => collectionEntries(j, mapIterate(map), size, cap, level, true) });
}

// Entries of a Set (values) or Map (`key => value`), up to maxArrayLength.
function collectionEntries(job, iterator, size, cap, level, pairs) {
  const limit = cap === Infinity ? Infinity : mathMin(mathMax(0, job.maxArrayLength), size);
  const parts = [];
  job.indent += 2;
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    if (parts.length >= limit) break;
    const item = step.value;
    parts.push(pairs ?
      `${render(job, item[0], level)} => ${render(job, item[1], level)}` :
      render(job, item, level));
  }
  if (limit !== Infinity && size > limit) parts.push(moreItems(size - limit));
  job.indent -= 2;
  return parts;
}

function typedArrayShape(job, value, info) {
  const keys = getOwnNonIndexProperties(value, job.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
  let view = value;
  let kind = '';
  if (info.ctor === null) {
    // Read the elements through a fresh view with a prototype.
    kind = typedKindOf(value);
    view = new globalThis[kind](value);
  }
  const length = typedLengthOf(value);
  const intro = heading(info.ctor, info.tag, kind, `(${length})`);
  if (value.length === 0 && keys.length === 0 && !job.showHidden) return `${intro} []`;
  return newShape({ open: `${intro} [`, close: ']', keys, memberKind: EXTRA_MEMBER,
                    entries: (j, ignored, level) => typedArrayEntries(j, view, length, level) });
}

const TYPED_ARRAY_SLOTS = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];

function typedArrayEntries(job, view, length, level) {
  const shown = mathMin(mathMax(0, job.maxArrayLength), length);
  const renderItem = view.length > 0 && typeof view[0] === 'number' ? renderNumber : renderBigInt;
  const parts = [];
  for (let i = 0; i < shown; i++) parts.push(renderItem(job.stylize, view[i], job.numericSeparator));
  if (view.length > shown) parts.push(moreItems(view.length - shown));
  if (job.showHidden) {
    job.indent += 2;
    for (const name of TYPED_ARRAY_SLOTS) {
      parts.push(`${job.stylize(`[${name}]`, 'string')}: ${render(job, view[name], level, true)}`);
    }
    job.indent -= 2;
  }
  return parts;
}

function iteratorShape(job, value, info, type) {
  const kind = `${type} Iterator`;
  let label = kind;
  if (info.tag !== '' && info.tag !== kind) label = `${info.tag}] [${kind}`;
  return newShape({ open: `[${label}] {`, keys: listKeys(value, job.showHidden),
                    entries: iteratorEntries });
}

// What an iterator has still to produce, read without advancing it.
function iteratorEntries(job, iterator, level, shape) {
  const [items, pairs] = previewEntries(iterator, true);
  if (!pairs) return listEntries(job, items, level, false);
  shape.open = shape.open.replace(/ Iterator\] \{$/, ' Entries] {');
  return pairEntries(job, items, level, false);
}

function listEntries(job, items, level, weak) {
  const shown = mathMin(mathMax(job.maxArrayLength, 0), items.length);
  const parts = [];
  job.indent += 2;
  for (let i = 0; i < shown; i++) parts.push(render(job, items[i], level));
  job.indent -= 2;
  // Weak collections have no order of their own; sort for stable output.
  if (weak && !job.sorted) parts.sort();
  if (items.length > shown) parts.push(moreItems(items.length - shown));
  return parts;
}

// `flat` holds key, value, key, value, ...
function pairEntries(job, flat, level, weak) {
  const count = flat.length / 2;
  const shown = mathMin(mathMax(job.maxArrayLength, 0), count);
  const parts = [];
  job.indent += 2;
  for (let i = 0; i < shown; i++) {
    const key = render(job, flat[2 * i], level);
    const item = render(job, flat[2 * i + 1], level);
    parts.push(weak ? `${key} => ${item}` : layOut(job, [key, item], '', '[', ']', true, level));
  }
  job.indent -= 2;
  if (weak && !job.sorted) parts.sort();
  if (count > shown) parts.push(moreItems(count - shown));
  return parts;
}

function weakShape(job, value, info, type) {
  let entries;
  if (!job.showHidden) {
    entries = (j) => [j.stylize('<items unknown>', 'special')];
  } else if (type === 'WeakSet') {
    entries = (j, set, level) => listEntries(j, previewEntries(set), level, true);
  } else {
    entries = (j, map, level) => pairEntries(j, previewEntries(map), level, true);
  }
  return newShape({ open: `${heading(info.ctor, info.tag, type)} {`,
                    keys: listKeys(value, job.showHidden), entries });
}

function functionShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  const head = describeFunction(value, info.ctor, info.tag);
  if (nothingElse(keys, info)) return job.stylize(head, 'special');
  return newShape({ head, keys });
}

function plainObjectShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  let open = '{';
  if (types.isArgumentsObject(value)) open = '[Arguments] {';
  else if (info.tag !== '') open = `${heading(info.ctor, info.tag, 'Object')} {`;
  if (nothingElse(keys, info)) return `${open}}`;
  return newShape({ open, keys });
}

function regexpShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  let text = regexpSource(info.ctor === null ? new RegExp(value) : value);
  const intro = heading(info.ctor, info.tag, 'RegExp');
  if (intro !== 'RegExp') text = `${intro} ${text}`;
  if (nothingElse(keys, info) || isBeyondDepth(job, info.level)) {
    return job.stylize(text, 'regexp');
  }
  return newShape({ head: text, keys });
}

function dateShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  let text = Number.isNaN(dateTime(value)) ? dateText(value) : dateISO(value);
  const intro = heading(info.ctor, info.tag, 'Date');
  if (intro !== 'Date') text = `${intro} ${text}`;
  if (nothingElse(keys, info)) return job.stylize(text, 'date');
  return newShape({ head: text, keys });
}

// Own properties SpiderMonkey gives every error and V8 does not.
const ENGINE_ERROR_PROPERTIES = new Set(['fileName', 'lineNumber', 'columnNumber']);

function errorShape(job, value, info) {
  let keys = listKeys(value, job.showHidden);
  let slots = [];
  if (job.showHidden && types.isNativeError(value)) {
    // Show what V8 has: an own `stack` and no engine extras.
    keys = keys.filter((key) => !ENGINE_ERROR_PROPERTIES.has(key) || isEnumerable(value, key));
    if (!hasOwn(value, 'stack')) slots = ['stack'];
  }
  const head = describeError(job, value, info.ctor, info.tag, keys);
  if (nothingElse(keys, info) && slots.length === 0) return head;
  return newShape({ head, keys, slots, slotStyle: undefined });
}

function arrayBufferShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  const intro = heading(info.ctor, info.tag,
                        types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
  if (info.insideTypedArray && nothingElse(keys, info)) {
    const length = renderNumber(job.stylize, value.byteLength, false);
    return `${intro} { ${job.stylize('[byteLength]', 'string')}: ${length} }`;
  }
  return newShape({ open: `${intro} {`, keys, slots: ['byteLength'],
                    entries: info.insideTypedArray ? undefined : bufferBytes });
}

// The contents of an ArrayBuffer as hex bytes.
function bufferBytes(job, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [job.stylize('(detached)', 'special')];
  }
  const shown = mathMin(job.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let text = hex.join(' ');
  const rest = bytes.length - shown;
  if (rest > 0) text += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${job.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function dataViewShape(job, value, info) {
  return newShape({ open: `${heading(info.ctor, info.tag, 'DataView')} {`,
                    keys: listKeys(value, job.showHidden),
                    slots: ['byteLength', 'byteOffset', 'buffer'] });
}

function promiseShape(job, value, info) {
  return newShape({ open: `${heading(info.ctor, info.tag, 'Promise')} {`,
                    keys: listKeys(value, job.showHidden), entries: promiseState });
}

function promiseState(job, promise, level) {
  const [state, result] = getPromiseDetails(promise);
  if (state === PROMISE_PENDING) return [job.stylize('<pending>', 'special')];
  job.indent += 2;
  const text = render(job, result, level);
  job.indent -= 2;
  return [state === PROMISE_REJECTED ? `${job.stylize('<rejected>', 'special')} ${text}` : text];
}

function namespaceShape(job, value, info) {
  return newShape({ open: `${heading(info.ctor, info.tag, 'Module')} {`,
                    keys: listKeys(value, job.showHidden), entries: namespaceEntries });
}

// A binding still in its temporal dead zone reads as <uninitialized>.
function namespaceEntries(job, namespace, level, shape) {
  const parts = [];
  for (const key of shape.keys) {
    try {
      parts.push(renderMember(job, namespace, level, key, OBJECT_MEMBER));
    } catch (err) {
      if (!(types.isNativeError(err) && err.name === 'ReferenceError')) throw err;
      parts.push(`${memberName(job, key, false)}: ${job.stylize('<uninitialized>', 'special')}`);
    }
  }
  // Every key is printed already.
  shape.keys = [];
  return parts;
}

function boxedShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = numberValue(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = stringValue(value);
    // The index properties only repeat the characters.
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = booleanValue(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = bigintValue(value);
  } else {
    type = 'Symbol';
    primitive = symbolValue(value);
  }
  let label = type;
  if (info.ctor === null) label += ' (null prototype)';
  else if (info.ctor !== type) label += ` (${info.ctor})`;
  let text = `[${label}: ${renderPrimitive(job, primitive, plainStyle)}]`;
  if (info.tag !== '' && info.tag !== info.ctor) text += ` [${info.tag}]`;
  if (keys.length === 0 && job.stylize !== plainStyle) text = job.stylize(text, type.toLowerCase());
  if (nothingElse(keys, info)) return text;
  return newShape({ head: text, keys });
}

function genericShape(job, value, info) {
  const keys = listKeys(value, job.showHidden);
  if (nothingElse(keys, info)) {
    if (types.isExternal(value)) return job.stylize('[External: address]', 'special');
    return `${heading(info.ctor, info.tag, 'Object')} {}`;
  }
  let fallback = 'Object';
  if (info.ctor === null && info.tag === '') {
    // A prototype-less object that lists its own tag is named after it.
    const ownTag = value[Symbol.toStringTag];
    if (typeof ownTag === 'string' && ownTag !== '') fallback = ownTag;
  }
  return newShape({ open: `${heading(info.ctor, info.tag, fallback)} {`, keys });
}

// ---------------------------------------------------------------------------
// Functions and classes

const LINE_OR_BLOCK_COMMENT = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Whether a function's source text is a class declaration or expression
// (and not, say, a method named `class`).
function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  if (!body.slice(0, brace).includes('(')) return true;
  // `class A extends mixin(B) {`: the parenthesis may sit in a comment.
  const clean = body.replace(LINE_OR_BLOCK_COMMENT, '');
  const cleanBrace = clean.indexOf('{');
  return /^\s/.test(clean) && !clean.slice(0, cleanBrace).includes('(');
}

// Whether the source text declares an async and/or generator function.
// The engine's isAsyncFunction / isGeneratorFunction follow the prototype,
// which user code may have replaced; the syntax cannot change. Undefined
// for native functions (no source to go by).
function syntaxOfFunction(source) {
  if (source === '' || source.endsWith('[native code]\n}')) return undefined;
  // `async x => ...` and `async function` are async; `async => 1` (a
  // parameter named async) and a method named async are not.
  const async = /^async(?:\s+(?!=>)|(?=\*))/.test(source);
  const rest = async ? source.replace(/^async\s*/, '') : source;
  return { async, generator: /^(?:function\s*\*|\*)/.test(rest) };
}

function describeFunction(fn, ctor, tag) {
  let source = '';
  try {
    source = functionSource(fn);
  } catch {
    // Not every callable has source text.
  }
  if (looksLikeClass(source)) return describeClass(fn, ctor, tag);
  const syntax = syntaxOfFunction(source);
  let kind = 'Function';
  if (syntax === undefined ? types.isGeneratorFunction(fn) : syntax.generator) {
    kind = `Generator${kind}`;
  }
  if (syntax === undefined ? types.isAsyncFunction(fn) : syntax.async) kind = `Async${kind}`;
  const prototypeNote = ctor === null ? ' (null prototype)' : '';
  const name = fn.name;
  const nameNote = name === '' ? ' (anonymous)' : `: ${String(name)}`;
  let text = `[${kind}${prototypeNote}${nameNote}]`;
  if (ctor !== null && ctor !== kind) text += ` ${ctor}`;
  if (tag !== '' && tag !== ctor) text += ` [${tag}]`;
  return text;
}

function describeClass(cls, ctor, tag) {
  const words = [`class ${(hasOwn(cls, 'name') && cls.name) || '(anonymous)'}`];
  if (ctor !== null && ctor !== 'Function') words.push(`[${ctor}]`);
  if (tag !== '' && tag !== ctor) words.push(`[${tag}]`);
  if (ctor === null) {
    words.push('extends [null prototype]');
  } else {
    const parentName = getPrototypeOf(cls).name;
    if (parentName) words.push(`extends ${parentName}`);
  }
  return `[${words.join(' ')}]`;
}

// ---------------------------------------------------------------------------
// Errors

function isError(value) {
  return types.isNativeError(value) || isPrototypeOf(Error.prototype, value);
}

function stackTextOf(job, err) {
  let stack = err.stack;
  if (stack === undefined && stackAccessor !== undefined && !('stack' in err) &&
      types.isNativeError(err)) {
    // An error moved off its prototype still has the stack it captured.
    try {
      stack = stackAccessor(err);
    } catch {
      stack = undefined;
    }
  }
  if (!stack) return errorToString(err);
  if (typeof stack !== 'string') {
    // A stack replaced by something else is shown under the error's name.
    // It is laid out without a nesting level, hence never on one line.
    // The error counts as being printed: a stack that leads back to it
    // shows as [Circular].
    job.indent += 4;
    job.path.push(err);
    const shown = render(job, stack, NaN);
    job.path.pop();
    job.indent -= 4;
    return `${errorToString(err)}\n    ${shown}`;
  }
  return engineFramesAsV8(err, stack);
}

// SpiderMonkey frames read `name@file:line:col`; V8's `    at name (file:line:col)`.
const ENGINE_FRAME = /^([^@\n]*)@(.*:\d+:\d+)$/;

// A stack made of raw engine frames (no `Name: message` header) is rewritten
// the way V8 prints it, so it reads like Node's.
function engineFramesAsV8(err, stack) {
  if (stack.includes('\n    at') || !ENGINE_FRAME.test(stack.split('\n', 1)[0])) return stack;
  const lines = stack.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let frames = '';
  for (const line of lines) {
    const match = ENGINE_FRAME.exec(line);
    if (match === null) return stack;
    frames += match[1] === '' ? `\n    at ${match[2]}` : `\n    at ${match[1]} (${match[2]})`;
  }
  let header;
  try {
    header = errorToString(err);
  } catch {
    header = 'Error';
  }
  return header + frames;
}

const ECHOED_IN_STACK = ['name', 'message', 'stack'];

function describeError(job, err, ctor, tag, keys) {
  let rawName;
  let stack;
  try {
    rawName = err.name;
    stack = stackTextOf(job, err);
  } catch {
    // Getters that throw: only the class tag is left to show.
    return objectToString(err);
  }
  const name = rawName != null ? `${rawName}` : 'Error';
  // name / message / stack usually show in the stack text already.
  if (!job.showHidden && keys.length !== 0) {
    for (const prop of ECHOED_IN_STACK) {
      const at = keys.indexOf(prop);
      if (at !== -1 && (typeof err[prop] !== 'string' || stack.includes(err[prop]))) {
        keys.splice(at, 1);
      }
    }
  }
  // The cause and the errors of an AggregateError are shown even when they
  // are not enumerable.
  if (hasOwn(err, 'cause') && !keys.includes('cause')) keys.push('cause');
  if (hasOwn(err, 'errors') && isArray(err.errors) && !keys.includes('errors')) {
    keys.push('errors');
  }

  let text = typeof rawName === 'string' || rawName == null ?
    reviseHeader(stack, ctor, name, tag) :
    tagOddName(stack, ctor, name, tag);
  // The message itself may contain "\n    at": look for frames after it.
  let searchFrom = -1;
  if (err.message) {
    const at = text.indexOf(err.message);
    if (at > 0) searchFrom = at + err.message.length;
  }
  const framesAt = text.indexOf('\n    at', searchFrom);
  if (framesAt === -1) {
    text = `[${text}]`;
  } else {
    const frames = foldCauseFrames(job, err, text.slice(framesAt + 1));
    let out = text.slice(0, framesAt);
    if (job.colors) {
      const cwd = currentDirectory();
      for (const frame of frames) out += `\n${tintFrame(job, frame, cwd)}`;
    } else {
      out += `\n${frames.join('\n')}`;
    }
    text = out;
  }
  if (job.indent !== 0) text = text.replaceAll('\n', `\n${' '.repeat(job.indent)}`);
  return text;
}

const STACK_HEADER_NAME = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/;
const STACK_IS_ERROR_NAME = /^([a-z_A-Z0-9-]*Error)$/;

// Adds the class, tag or "null prototype" to the first line of the stack
// when the stack does not tell them already. Stacks that do not start the
// usual way (`SomeError: message`) are left alone.
function reviseHeader(stack, ctor, name, tag) {
  let nameLength = name.length;
  if (ctor !== null) {
    const usual = name.endsWith('Error') && stack.startsWith(name) &&
      (stack.length === nameLength || stack[nameLength] === ':' || stack[nameLength] === '\n');
    if (!usual) return stack;
  }
  let fallback = 'Error';
  if (ctor === null) {
    const found = STACK_HEADER_NAME.exec(stack) || STACK_IS_ERROR_NAME.exec(stack);
    const stackName = (found && found[1]) || '';
    nameLength = stackName.length;
    fallback = stackName || 'Error';
  }
  const intro = heading(ctor, tag, fallback);
  if (intro === name) return stack;
  if (!intro.includes(name)) return `${intro} [${name}]${stack.slice(nameLength)}`;
  return nameLength === 0 ? `${intro}: ${stack}` : `${intro}${stack.slice(nameLength)}`;
}

// An error whose name is not a string (a number, an object) keeps that
// name in front and gets its class in brackets: `404 [RangeError]: msg`.
function tagOddName(stack, ctor, name, tag) {
  const length = name.length;
  if (ctor === null || !stack.startsWith(name) ||
      !(stack.length === length || stack[length] === ':' || stack[length] === '\n')) {
    return stack;
  }
  return `${name} [${heading(ctor, tag, 'Error')}]${stack.slice(length)}`;
}

// The longest run (more than three lines) of `a` that `b` contains too, as
// { len, offset into a }; len is 0 when there is none.
function identicalSequenceRange(a, b) {
  for (let start = 0; start + 3 < a.length; start++) {
    const at = b.indexOf(a[start]);
    if (at === -1 || b.length - at <= 3) continue;
    const limit = mathMin(a.length - start, b.length - at);
    let run = 1;
    while (run < limit && a[start + run] === b[at + run]) run++;
    if (run > 3) return { len: run, offset: start };
  }
  return { len: 0, offset: 0 };
}

// Frames that the cause's stack repeats are folded into one line (the
// first and last of the shared run stay).
function foldCauseFrames(job, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    return frames;
  }
  if (cause == null || !isError(cause)) return frames;
  const causeStack = stackTextOf(job, cause);
  const causeFramesAt = causeStack.indexOf('\n    at');
  if (causeFramesAt === -1) return frames;
  const shared = identicalSequenceRange(frames, causeStack.slice(causeFramesAt + 1).split('\n'));
  if (shared.len > 0) {
    const folded = shared.len - 2;
    const note = job.stylize(`    ... ${folded} lines matching cause stack trace ...`, 'undefined');
    frames.splice(shared.offset + 1, folded, note);
  }
  return frames;
}

function currentDirectory() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

let builtinsBinding;
function isBuiltinId(id) {
  if (builtinsBinding === undefined) {
    try {
      builtinsBinding = internalBinding('builtins');
    } catch {
      builtinsBinding = null;
    }
  }
  if (builtinsBinding === null) return false;
  if (isArray(builtinsBinding.builtinIds) && builtinsBinding.builtinIds.includes(id)) return true;
  return typeof builtinsBinding.hasBuiltin === 'function' && !!builtinsBinding.hasBuiltin(id);
}

const CORE_FRAME = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// The package directory after node_modules/, with its @scope if any.
const NODE_MODULES_DIR = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g;

// In colour, frames of Node's own modules are greyed out; elsewhere the
// current directory is greyed and package names are underlined.
function tintFrame(job, frame, cwd) {
  const core = CORE_FRAME.exec(frame);
  if (core !== null && isBuiltinId(core[1])) return job.stylize(frame, 'undefined');
  frame = frame.replace(NODE_MODULES_DIR,
                        (whole, pkg) => whole.slice(0, -pkg.length) + job.stylize(pkg, 'module'));
  if (cwd) frame = greyDirectory(job, frame, cwd);
  return frame;
}

function greyDirectory(job, frame, cwd) {
  let from = frame.indexOf(cwd);
  if (from === -1) return frame;
  let length = cwd.length;
  if (frame.slice(from - 7, from) === 'file://') {
    from -= 7;
    length += 7;
  }
  const inParens = frame[from - 1] === '(';
  const start = inParens ? from - 1 : from;
  const dirEnd = from + length + 1;
  const closeParen = inParens && frame.endsWith(')');
  const middle = frame.slice(dirEnd, closeParen ? -1 : frame.length);
  return frame.slice(0, start) + job.stylize(frame.slice(start, dirEnd), 'undefined') + middle +
    (closeParen ? job.stylize(')', 'undefined') : '');
}

// ---------------------------------------------------------------------------
// Members: `key: value`

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function memberName(job, key, hidden) {
  if (typeof key === 'symbol') {
    return `[${job.stylize(escapeBare(symbolDescription(key)), 'symbol')}]`;
  }
  // Written in quotes and brackets so it does not read as the prototype.
  if (key === '__proto__') return '[\'__proto__\']';
  if (hidden) return `[${escapeBare(key)}]`;
  if (IDENTIFIER.test(key)) return job.stylize(key, 'name');
  return job.stylize(quote(key), 'string');
}

function renderMember(job, holder, level, key, kind, slot, receiver = holder) {
  if (slot === undefined) {
    slot = getOwnPropertyDescriptor(holder, key) || { value: holder[key], enumerable: true };
  }
  let text;
  let gap = ' ';
  if (slot.value !== undefined) {
    // In compact=true mode an object's values are indented one column more
    // and move to their own line when they are wider than a line.
    const step = job.compact === true && kind === OBJECT_MEMBER ? 3 : 2;
    job.indent += step;
    text = render(job, slot.value, level);
    if (step === 3 && job.breakLength < getStringWidth(text, job.colors)) {
      gap = `\n${' '.repeat(job.indent)}`;
    }
    job.indent -= step;
  } else if (slot.get !== undefined) {
    text = renderAccessor(job, slot, receiver, level);
  } else if (slot.set !== undefined) {
    text = job.stylize('[Setter]', 'special');
  } else {
    text = job.stylize('undefined', 'undefined');
  }
  if (kind === ELEMENT) return text;
  return `${memberName(job, key, slot.enumerable === false)}:${gap}${text}`;
}

// `[name]: value` for a value the engine keeps internally (byteLength,
// buffer, ...), laid out like a property.
function renderSlot(job, holder, level, name, style) {
  const slot = { value: holder[name], enumerable: false };
  const text = renderMember(job, holder, level, name, OBJECT_MEMBER, slot);
  if (style === undefined) return text;
  const label = `[${name}]`;
  return job.stylize(label, style) + text.slice(label.length);
}

function renderAccessor(job, slot, receiver, level) {
  const label = slot.set === undefined ? 'Getter' : 'Getter/Setter';
  const wanted = job.getters === true ||
    (job.getters === 'get' && slot.set === undefined) ||
    (job.getters === 'set' && slot.set !== undefined);
  if (!job.getters || !wanted) return job.stylize(`[${label}]`, 'special');
  const open = job.stylize(`[${label}:`, 'special');
  const close = job.stylize(']', 'special');
  try {
    const result = applyFn(slot.get, receiver, []);
    job.indent += 2;
    let text;
    if (result === null) {
      text = `${open} ${job.stylize('null', 'null')}${close}`;
    } else if (typeof result === 'object') {
      text = `${job.stylize(`[${label}]`, 'special')} ${render(job, result, level)}`;
    } else {
      text = `${open} ${renderPrimitive(job, result, job.stylize)}${close}`;
    }
    job.indent -= 2;
    return text;
  } catch (err) {
    return `${open} <Inspection threw (${err.message})>${close}`;
  }
}

// ---------------------------------------------------------------------------
// Layout

// Whether `parts`, plus `reserve` columns, fit in breakLength (each part is
// followed by a separator).
function fitsOnLine(job, parts, reserve, head) {
  let used = parts.length + reserve;
  if (used + parts.length > job.breakLength) return false;
  for (let i = 0; i < parts.length; i++) {
    used += job.colors ? withoutEscapes(parts[i]).length : parts[i].length;
    if (used > job.breakLength) return false;
  }
  // A heading that spans lines (an error's stack) never shares one.
  return head === '' || !head.includes('\n');
}

// Concatenates with `+`, which SpiderMonkey turns into a rope in O(1);
// Array#join copies, and for deep structures every level would copy its
// whole subtree again.
function joinRope(parts, separator) {
  if (parts.length === 0) return '';
  let text = parts[0];
  for (let i = 1; i < parts.length; i++) text = text + separator + parts[i];
  return text;
}

function layOut(job, parts, head, open, close, listLike, level, value) {
  const lead = head === '' ? '' : `${head} `;
  if (job.compact === true) return layOutFilled(job, parts, head, open, close);
  if (typeof job.compact === 'number' && job.compact >= 1) {
    const count = parts.length;
    if (listLike && count > 6) parts = columnize(job, parts, value);
    // The innermost `compact` levels may share one line, if they fit and
    // no entry was merged into columns.
    if (job.level - level < job.compact && count === parts.length) {
      const reserve = parts.length + job.indent + open.length + head.length + 10;
      if (fitsOnLine(job, parts, reserve, head)) {
        const oneLine = parts.join(', ');
        if (!oneLine.includes('\n')) return `${lead}${open} ${oneLine} ${close}`;
      }
    }
  }
  const newline = `\n${' '.repeat(job.indent)}`;
  return `${lead}${open}${newline}  ${joinRope(parts, `,${newline}  `)}${newline}${close}`;
}

// compact: true -- entries fill each line as far as it goes.
function layOutFilled(job, parts, head, open, close) {
  const afterOpen = head === '' ? '' : ` ${head}`;
  if (fitsOnLine(job, parts, 0, head)) return `${open}${afterOpen} ${parts.join(', ')} ${close}`;
  const pad = ' '.repeat(job.indent);
  const start = head === '' && open.length === 1 ? ' ' : `${afterOpen}\n${pad}  `;
  return `${open}${start}${joinRope(parts, `,\n${pad}  `)} ${close}`;
}

const SEPARATOR_WIDTH = 2; // ", "

// Long lists of short entries are set in aligned columns, several entries
// per line; numbers right-aligned, other entries left-aligned.
function columnize(job, parts, value) {
  // A trailing "... more items" stays on a line of its own.
  const hasMore = job.maxArrayLength < parts.length;
  const count = hasMore ? parts.length - 1 : parts.length;
  const widths = [];
  let widest = 0;
  let totalWidth = 0;
  for (let i = 0; i < count; i++) {
    const width = getStringWidth(parts[i], job.colors);
    widths.push(width);
    totalWidth += width + SEPARATOR_WIDTH;
    if (width > widest) widest = width;
  }
  const cell = widest + SEPARATOR_WIDTH;
  // Three columns must fit, and the entries must be about equally wide (or
  // all short).
  if (cell * 3 + job.indent >= job.breakLength) return parts;
  if (!(totalWidth / cell > 5 || widest <= 6)) return parts;

  // Aim at a block about as high as it is wide, characters being roughly
  // 2.5 times as tall as they are wide, damped by how much the entries'
  // widths vary.
  const spread = Math.sqrt(cell - totalWidth / parts.length);
  const damped = mathMax(cell - 3 - spread, 1);
  const columns = mathMin(
    Math.round(Math.sqrt(2.5 * damped * count) / damped),
    Math.floor((job.breakLength - job.indent) / cell),
    job.compact * 4,
    15);
  if (columns <= 1) return parts;

  const columnWidths = [];
  for (let c = 0; c < columns; c++) {
    let width = 0;
    for (let i = c; i < count; i += columns) width = mathMax(width, widths[i]);
    columnWidths.push(width + SEPARATOR_WIDTH);
  }
  let rightAlign = true;
  if (value !== undefined) {
    for (let i = 0; i < parts.length; i++) {
      const itemType = typeof value[i];
      if (itemType !== 'number' && itemType !== 'bigint') {
        rightAlign = false;
        break;
      }
    }
  }
  const rows = [];
  for (let rowStart = 0; rowStart < count; rowStart += columns) {
    const rowEnd = mathMin(rowStart + columns, count);
    let row = '';
    for (let i = rowStart; i < rowEnd; i++) {
      // Colour codes take no columns: pad by what is visible.
      const invisible = parts[i].length - widths[i];
      const width = columnWidths[i - rowStart] + invisible;
      if (i < rowEnd - 1) {
        const cellText = `${parts[i]}, `;
        row += rightAlign ? cellText.padStart(width, ' ') : cellText.padEnd(width, ' ');
      } else {
        row += rightAlign ? parts[i].padStart(width - SEPARATOR_WIDTH, ' ') : parts[i];
      }
    }
    rows.push(row);
  }
  if (hasMore) rows.push(parts[count]);
  return rows;
}

// ---------------------------------------------------------------------------
// util.format

// Whether String(value) would give the builtin "[object ...]"-style text
// (then format('%s') inspects the value instead).
function hasBuiltInToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  // A Symbol.toPrimitive from user code converts the value itself; Date's
  // own does not count.
  if (typeof value[Symbol.toPrimitive] === 'function') {
    return !hasOwn(value, Symbol.toPrimitive) && inheritedFromLanguage(value, Symbol.toPrimitive);
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  return inheritedFromLanguage(value, 'toString');
}

// Whether the prototype that supplies `key` to `value` belongs to one of the
// language's constructors.
function inheritedFromLanguage(value, key) {
  let proto = getPrototypeOf(value);
  while (proto !== null && !hasOwn(proto, key)) proto = getPrototypeOf(proto);
  if (proto === null) return true;
  const slot = getOwnPropertyDescriptor(proto, 'constructor');
  return slot !== undefined && typeof slot.value === 'function' &&
    LANGUAGE_CONSTRUCTORS.has(slot.value.name);
}

let cycleMessage;
function firstLine(err) {
  return `${err.message}`.split('\n', 1)[0];
}

// %j: JSON, with '[Circular]' for structures JSON.stringify refuses as cyclic.
function jsonOrCircular(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (cycleMessage === undefined) {
      const loop = {};
      loop.loop = loop;
      try {
        JSON.stringify(loop);
      } catch (loopError) {
        cycleMessage = firstLine(loopError);
      }
    }
    if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
        firstLine(err) === cycleMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function separatorsWanted(options) {
  if (options != null && options.numericSeparator != null) return options.numericSeparator;
  return inspectDefaultOptions.numericSeparator;
}

// A number or bigint as %d / %i / %f / %s print it (never coloured).
function plainNumeric(value, options) {
  const separators = separatorsWanted(options);
  return typeof value === 'bigint' ?
    renderBigInt(plainStyle, value, separators) :
    renderNumber(plainStyle, value, separators);
}

// Conversions of the %-directives, by letter.
const DIRECTIVES = {
  __proto__: null,
  s(arg, options) {
    if (typeof arg === 'number' || typeof arg === 'bigint') return plainNumeric(arg, options);
    if (arg === null || typeof arg !== 'object' || !hasBuiltInToString(arg)) return `${String(arg)}`;
    return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
  },
  j: (arg) => jsonOrCircular(arg),
  d(arg, options) {
    if (typeof arg === 'bigint') return plainNumeric(arg, options);
    if (typeof arg === 'symbol') return 'NaN';
    return plainNumeric(Number(arg), options);
  },
  i(arg, options) {
    if (typeof arg === 'bigint') return plainNumeric(arg, options);
    if (typeof arg === 'symbol') return 'NaN';
    return plainNumeric(Number.parseInt(arg), options);
  },
  f(arg, options) {
    if (typeof arg === 'symbol') return 'NaN';
    return plainNumeric(Number.parseFloat(arg), options);
  },
  O: (arg, options) => inspect(arg, options),
  o: (arg, options) => inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 }),
  // CSS for browsers' consoles: consumed and ignored.
  c: () => '',
};

function formatArguments(options, args) {
  const template = args[0];
  let next = 0; // index of the next argument to print
  let text = '';
  let spacer = '';

  if (typeof template === 'string') {
    if (args.length === 1) return template;
    let copied = 0; // template text before this index is in `text` already
    for (let at = template.indexOf('%'); at !== -1 && at < template.length - 1;
      at = template.indexOf('%', at + 2)) {
      const letter = template[at + 1];
      if (letter === '%') {
        // "%%" prints one percent sign.
        text += template.slice(copied, at + 1);
        copied = at + 2;
      } else if (next + 1 < args.length && DIRECTIVES[letter] !== undefined) {
        const converted = DIRECTIVES[letter](args[++next], options);
        text += template.slice(copied, at) + converted;
        copied = at + 2;
      }
    }
    if (copied !== 0) {
      // The template was used: the remaining arguments follow it.
      next++;
      spacer = ' ';
      if (copied < template.length) text += template.slice(copied);
    }
  }

  for (; next < args.length; next++) {
    const arg = args[next];
    text += spacer + (typeof arg === 'string' ? arg : inspect(arg, options));
    spacer = ' ';
  }
  return text;
}

function format(...args) {
  return formatArguments(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  lazyValidators().validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return formatArguments(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  identicalSequenceRange,
  stripVTControlCharacters,
  isError,
  stylizeWithColor: colorStyle,
  stylizeNoColor: plainStyle,
};
