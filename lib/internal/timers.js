'use strict';

// setTimeout/setInterval/setImmediate with Node's ordering. Timers live in
// one list per duration (insertion order = expiry order within a list) and
// the lists in a priority queue by expiry; C++ keeps a single libuv timer
// armed for the earliest list. Immediates run in the check phase.

const binding = internalBinding('timers');
const {
  scheduleTimer,
  toggleTimerRef,
  toggleImmediateRef,
  getLibuvNow,
  immediateInfo,
} = binding;

// Indices into immediateInfo (src/core/environment.h, ImmediateInfo).
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;

const { holder: contextHolder } = require('internal/async_context');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const timerId = Symbol('timerId');
const kAsyncContext = Symbol('kAsyncContext');

let timerIdCounter = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;
const timerListMap = Object.create(null);
const knownTimersById = Object.create(null);

// --- intrusive doubly linked lists -------------------------------------------

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}
function listPeek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}
function listIsEmpty(list) { return list._idleNext === list; }

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// --- a binary heap of TimersLists by (expiry, id) ----------------------------

const heap = [null];  // 1-based
function before(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(pos, list) {
  heap[pos] = list;
  list.priorityQueuePosition = pos;
}
function percolateUp(pos) {
  const item = heap[pos];
  while (pos > 1) {
    const parent = pos >> 1;
    if (!before(item, heap[parent])) break;
    heapSet(pos, heap[parent]);
    pos = parent;
  }
  heapSet(pos, item);
}
function percolateDown(pos) {
  const size = heap.length - 1;
  const item = heap[pos];
  for (;;) {
    let child = pos * 2;
    if (child > size) break;
    if (child + 1 <= size && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], item)) break;
    heapSet(pos, heap[child]);
    pos = child;
  }
  heapSet(pos, item);
}
function heapInsert(list) {
  heap.push(list);
  percolateUp(heap.length - 1);
}
function heapPeek() { return heap.length > 1 ? heap[1] : null; }
function heapRemoveAt(pos) {
  const last = heap.pop();
  if (pos < heap.length) {
    heapSet(pos, last);
    if (pos > 1 && before(last, heap[pos >> 1])) percolateUp(pos);
    else percolateDown(pos);
  }
}

// --- Timeout -------------------------------------------------------------------

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[timerId] = timerIdCounter++;
    this[kAsyncContext] = contextHolder.frame;  // for AsyncLocalStorage
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[timerId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[kRefed] !== !refed) {
    item._destroyed = false;
    if (refed) incRefCount();
    else if (!isDestroyed) decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[timerId]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    heapRemoveAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

let runNextTicks;
let running = null;  // the timer whose callback is running (or threw)
let runningStart;

// After a timer's callback: re-arm an interval, or retire a timeout.
function finishTimer(timer, start) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, start);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[timerId]];
    if (timer[kRefed]) decRefCount();
  }
}

// Called by C++ when the libuv timer fires. Returns the next expiry:
// positive if a referenced timer waits, negative if only unreferenced, 0 if
// none.
function processTimers(now) {
  if (running !== null) {
    // The last callback threw: finish it as Node's finally would have.
    const timer = running;
    running = null;
    finishTimer(timer, runningStart);
  }
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heapPeek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      percolateDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    // No try/finally around user code: the engine would report the finally
    // as the throw site of an uncaught error. When the callback throws, the
    // bookkeeping Node does in its finally runs at the next processTimers.
    running = timer;
    runningStart = start;
    contextHolder.frame = timer[kAsyncContext];
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, args);
    running = null;
    finishTimer(timer, start);
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(1);
  }
}

// --- Immediate -----------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kAsyncContext] = contextHolder.frame;  // for AsyncLocalStorage
    this[kRefed] = false;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// Called by C++ in the check phase.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Immediates queued while these run wait for the next loop iteration.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) immediateInfo[kRefCount]--;
    immediate[kRefed] = null;
    prevImmediate = immediate;
    // Advance before the call (no try/finally around user code, see
    // listOnTimeout): a throwing callback leaves the rest for next time.
    const callback = immediate._onImmediate;
    const argv = immediate._argv;
    contextHolder.frame = immediate[kAsyncContext];
    immediate._onImmediate = null;
    outstandingQueue.head = immediate._idleNext;
    if (!argv) Reflect.apply(callback, immediate, []);
    else Reflect.apply(callback, immediate, argv);
    immediate = immediate._idleNext;
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

// 'Timeout' for each referenced timer, 'Immediate' for each referenced
// immediate (process.getActiveResourcesInfo).
// (A timeout counts until its callback has returned, as in Node.)
function getActiveTimersInfo() {
  const out = [];
  for (let i = 0; i < refCount; i++) out.push('Timeout');
  for (let i = 0; i < immediateInfo[kRefCount]; i++) out.push('Immediate');
  return out;
}

function setupTimers(nextTicksRunner) {
  runNextTicks = nextTicksRunner;
  binding.setupTimers(processImmediate, processTimers);
}

module.exports = {
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  kRefed,
  active,
  unrefActive,
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  setupTimers,
  getLibuvNow,
  getActiveTimersInfo,
};
