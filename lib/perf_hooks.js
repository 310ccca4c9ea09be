'use strict';

// node:perf_hooks: the performance timeline (marks, measures, timerify's
// function entries) and PerformanceObserver. Entries reach observers from a
// setImmediate callback, as in Node. nodeTiming and eventLoopUtilization
// read the runtime's milestones and the loop's idle time; histograms and GC
// entries are not implemented.

const {
  codes,
  notImplemented,
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const { EventTarget } = require('internal/event_target');

const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = codes;

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/domexception').DOMException;
  return new DOMExceptionCtor(message, name);
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct');

// --- clock --------------------------------------------------------------------

// Milliseconds since process start (process.uptime() counts from the start
// of main()), with sub-millisecond precision.
const loadUptimeMs = Math.round(process.uptime() * 1e9) / 1e6;
const loadHrtime = process.hrtime.bigint();
const timeOrigin = Date.now() - loadUptimeMs;

function now() {
  const ms = loadUptimeMs + Number(process.hrtime.bigint() - loadHrtime) / 1e6;
  return Math.round(ms * 1e6) / 1e6;
}

// --- detail cloning -------------------------------------------------------------

function cloneDetail(value) {
  if (value === undefined || value === null) return null;
  let sc;
  try {
    sc = globalThis.structuredClone;
    if (typeof sc === 'function') return sc(value);
  } catch (err) {
    if (err && err.name === 'DataCloneError') throw err;
    // structuredClone is not available: fall through to a local clone.
  }
  return localClone(value, new Map());
}

function localClone(value, seen) {
  if (value === null) return null;
  const type = typeof value;
  if (type === 'function' || type === 'symbol') {
    throw domException(`${type === 'function' ? String(value) : 'Symbol()'} could not be cloned.`,
                       'DataCloneError');
  }
  if (type !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  let out;
  if (Array.isArray(value)) {
    out = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = localClone(value[i], seen);
    return out;
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (value instanceof Map) {
    out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(localClone(k, seen), localClone(v, seen));
    return out;
  }
  if (value instanceof Set) {
    out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(localClone(v, seen));
    return out;
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.slice(0);
  out = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = localClone(value[key], seen);
  return out;
}

// --- entries --------------------------------------------------------------------

function inspectEntry(self, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(self.toJSON(), opts)}`;
}

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(key = undefined, name, type, start, duration) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#name in self)) {
      throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', self);
    }
  }

  get name() { PerformanceEntry.#check(this); return this.#name; }
  get entryType() { PerformanceEntry.#check(this); return this.#type; }
  get startTime() { PerformanceEntry.#check(this); return this.#start; }
  get duration() { PerformanceEntry.#check(this); return this.#duration; }

  [kInspect](depth, options, inspect) { return inspectEntry(this, depth, options, inspect); }

  toJSON() {
    PerformanceEntry.#check(this);
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', configurable: true,
});

// Entries that carry `detail` (function entries from timerify).
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;
  constructor(key, name, type, start, duration, detail) {
    super(key, name, type, start, duration);
    this.#detail = detail;
  }
  get detail() { return this.#detail; }
  toJSON() { return { ...super.toJSON(), detail: this.#detail }; }
}

function toTimestamp(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
  return value;
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options', { nullable: true });
    let startTime = options != null ? options.startTime : undefined;
    startTime = startTime === undefined ? now() : toTimestamp(startTime, 'startTime');
    const detail = cloneDetail(options != null ? options.detail : undefined);
    super(kConstruct, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) {
      throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMark', this);
    }
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
  value: 'PerformanceMark', configurable: true,
});

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(key = undefined, name, start, duration, detail) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) {
      throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMeasure', this);
    }
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: 'PerformanceMeasure', configurable: true,
});

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

// --- the timeline -----------------------------------------------------------------

const markBuffer = [];
const measureBuffer = [];

function byStartTime(a, b) { return a.startTime - b.startTime; }

function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = markBuffer.slice();
  else if (type === 'measure') list = measureBuffer.slice();
  else if (type === undefined) list = markBuffer.concat(measureBuffer);
  else return [];
  if (name !== undefined) list = list.filter((e) => e.name === name);
  return list.sort(byStartTime);
}

function clearBuffer(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  name = `${name}`;
  let kept = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i].name !== name) buffer[kept++] = buffer[i];
  }
  buffer.length = kept;
}

// Milestones of the Node timeline usable as mark names in measure().
function milestone(name) {
  const timing = nodeTiming();
  switch (name) {
    case 'nodeStart': return timing.nodeStart;
    case 'v8Start': return timing.v8Start;
    case 'environment': return timing.environment;
    case 'bootstrapComplete': return timing.bootstrapComplete;
    case 'loopStart': return timing.loopStart;
    case 'loopExit': return timing.loopExit;
    default: return undefined;
  }
}

function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return toTimestamp(name, 'name');
  name = `${name}`;
  const m = milestone(name);
  if (m !== undefined) return m;
  for (let i = markBuffer.length - 1; i >= 0; i--) {
    if (markBuffer[i].name === name) return markBuffer[i].startTime;
  }
  throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function measureSpan(startOrOptions, endMark) {
  const useOptions = startOrOptions !== null && typeof startOrOptions === 'object' &&
    Object.keys(startOrOptions).length > 0;
  let start;
  let end;
  let duration;
  if (useOptions) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    ({ start, end, duration } = startOrOptions);
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = markTime(endMark);
  } else if (useOptions && end !== undefined) {
    endTime = markTime(end);
  } else if (useOptions && start !== undefined && duration !== undefined) {
    endTime = markTime(start) + markTime(duration);
  } else {
    endTime = now();
  }
  let startTime;
  if (typeof startOrOptions === 'string') {
    startTime = markTime(startOrOptions);
  } else if (useOptions && start !== undefined) {
    startTime = markTime(start);
  } else if (useOptions && duration !== undefined && end !== undefined) {
    startTime = endTime - markTime(duration);
  } else {
    startTime = 0;
  }
  return { startTime, duration: endTime - startTime };
}

// --- observers ----------------------------------------------------------------------

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

function scheduleDispatch() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const list = Array.from(pending);
    pending.clear();
    for (const observer of list) observer[kDispatch]();
  });
}

function enqueue(entry) {
  const type = entry.entryType;
  for (const observer of observers) observer[kMaybeBuffer](entry, type);
}

function hasObserver(type) {
  for (const observer of observers) {
    if (observer[kObserves](type)) return true;
  }
  return false;
}

const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kObserves = Symbol('kObserves');
const kSingle = 1;
const kMultiple = 2;

class PerformanceObserverEntryList {
  #entries;

  constructor(key = undefined, entries) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.slice().sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this.#entries.filter((e) => e.name === name &&
      (type === undefined || e.entryType === type));
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this.#entries, opts)}`;
  }
}
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', configurable: true,
});

class PerformanceObserver {
  #callback;
  #buffer = [];
  #types = new Set();
  #mode = undefined;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (this.#mode === undefined) {
      this.#mode = entryTypes !== undefined ? kMultiple : kSingle;
    } else if (this.#mode === kSingle && entryTypes !== undefined) {
      throw domException('PerformanceObserver can not change to multiple observations',
                         'InvalidModificationError');
    } else if (this.#mode === kMultiple && type !== undefined) {
      throw domException('PerformanceObserver can not change to single observation',
                         'InvalidModificationError');
    }
    if (this.#mode === kMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#types.clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t)) this.#types.add(t);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const entries = bufferedEntries(undefined, type);
        for (const e of entries) this.#buffer.push(e);
        pending.add(this);
        scheduleDispatch();
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#types.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kObserves](type) {
    return this.#types.has(type);
  }

  [kMaybeBuffer](entry, type) {
    if (!this.#types.has(type)) return;
    this.#buffer.push(entry);
    pending.add(this);
    scheduleDispatch();
  }

  [kDispatch]() {
    const entries = this.takeRecords();
    if (entries.length === 0) return;
    const list = new PerformanceObserverEntryList(kConstruct, entries);
    Reflect.apply(this.#callback, this, [list, this]);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this.#types),
      buffer: this.#buffer,
    }, opts)}`;
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver', configurable: true,
});

// --- nodeTiming -----------------------------------------------------------------------

// Start-up milestones recorded by the runtime, in ms since the process
// started (the time origin); -1 until reached.
const milestones = () => internalBinding('process_methods').milestones();
class PerformanceNodeTiming {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return milestones()[0]; }
  get v8Start() { return milestones()[1]; }
  get environment() { return milestones()[2]; }
  get bootstrapComplete() { return milestones()[3]; }
  get loopStart() { return milestones()[4]; }
  get loopExit() { return milestones()[5]; }
  get idleTime() { return milestones()[6]; }
  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
let nodeTimingInstance;
// The share of time the loop spent running callbacks rather than waiting
// in poll, since the loop started (or between two earlier readings).
function eventLoopUtilization(util1, util2) {
  const timing = milestones();
  const loopStart = timing[4];
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = timing[6];
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function nodeTiming() {
  if (nodeTimingInstance === undefined) nodeTimingInstance = new PerformanceNodeTiming(kConstruct);
  return nodeTimingInstance;
}

// --- Performance --------------------------------------------------------------------------

let performanceInstance;
function checkThis(self) {
  if (self !== performanceInstance) throw new ERR_INVALID_ARG_TYPE('this', 'Performance', self);
}

let resourceTimingBufferSize = 250;
let onResourceTimingBufferFull = null;

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    checkThis(this);
    clearBuffer(markBuffer, name);
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    clearBuffer(measureBuffer, name);
  }

  clearResourceTimings(name = undefined) {
    checkThis(this);
    // No resource entries are ever recorded (fetch is not implemented).
  }

  getEntries() {
    checkThis(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) return bufferedEntries(name, `${type}`);
    return bufferedEntries(name, undefined);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const entry = new PerformanceMark(name, options);
    markBuffer.push(entry);
    enqueue(entry);
    return entry;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    validateString(name, 'name');
    const { startTime, duration } = measureSpan(startOrMeasureOptions, endMark);
    let detail = null;
    if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
      detail = cloneDetail(startOrMeasureOptions.detail);
    }
    const entry = new PerformanceMeasure(kConstruct, name, startTime, duration, detail);
    measureBuffer.push(entry);
    enqueue(entry);
    return entry;
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // WebIDL `unsigned long` conversion.
    let size = Number(maxSize);
    size = Number.isFinite(size) ? Math.trunc(size) % 2 ** 32 : 0;
    if (size < 0) size += 2 ** 32;
    resourceTimingBufferSize = size;
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: nodeTiming(),
      timeOrigin,
    };
  }

  eventLoopUtilization(util1, util2) {
    return eventLoopUtilization(util1, util2);
  }

  get nodeTiming() {
    checkThis(this);
    return nodeTiming();
  }

  markResourceTiming() {
    throw notImplemented('performance.markResourceTiming');
  }

  timerify(fn, options = {}) {
    return timerify(fn, options);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({
      nodeTiming: nodeTiming(),
      timeOrigin,
    }, opts)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  get() { return onResourceTimingBufferFull; },
  set(value) { onResourceTimingBufferFull = value; },
  enumerable: true, configurable: true,
});

performanceInstance = new Performance(kConstruct);

// --- timerify ---------------------------------------------------------------------

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  if (options.histogram !== undefined) throw notImplemented('timerify options.histogram');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      if (hasObserver('function')) {
        enqueue(new PerformanceNodeEntry(kConstruct, fn.name, 'function', start,
                                         now() - start, args));
      }
    };
    if (!new.target && result && typeof result.finally === 'function') {
      return result.finally(finish);
    }
    finish();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// --- histograms and constants ---------------------------------------------------------

function monitorEventLoopDelay() {
  throw notImplemented('perf_hooks.monitorEventLoopDelay');
}

function createHistogram() {
  throw notImplemented('perf_hooks.createHistogram');
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance: performanceInstance,
};

// Entries other modules record (net's 'net' connects) go through here.
Object.assign(require('internal/perf/node_entries'), {
  hasObserver,
  now,
  record(type, name, start, detail) {
    enqueue(new PerformanceNodeEntry(kConstruct, name, type, start, now() - start, detail));
  },
});

Object.defineProperty(module.exports, 'constants', {
  configurable: false, enumerable: true, value: constants,
});
