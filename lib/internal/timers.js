'use strict';

// The engine behind setTimeout/setInterval/setImmediate.
//
// Timeouts: every timer of one duration expires in the order it was
// started, so each duration owns a TimersList, a ring of its timers oldest
// first. The lists sit in a min-heap keyed by the expiry of their oldest
// timer (ties go to the list made first). C++ keeps a single libuv timer
// armed for the top of the heap and calls processTimers(now) when it fires.
//
// Immediates: one FIFO, drained by processImmediate() in the check phase.
//
// The underscore fields of Timeout (_idleTimeout, _idleStart, _onTimeout,
// _repeat, _destroyed, _idlePrev/_idleNext) are Node's de-facto API: legacy
// code and util.inspect output rely on them, so they keep Node's names.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, toggleImmediateRef, getLibuvNow, immediateInfo } = binding;
const { holder: contextHolder } = require('internal/async_context');

// Slots of immediateInfo shared with C++ (src/core/environment.h).
const IMMEDIATE_COUNT = 0;
const IMMEDIATE_REFS = 1;
const IMMEDIATE_BATCH_OPEN = 2;

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const timerId = Symbol('asyncId');  // doubles as the primitive id, as in Node
const kAsyncContext = Symbol('kAsyncContextFrame');

// --- rings ---------------------------------------------------------------------
// A TimersList is the sentinel of a circular doubly linked ring: the newest
// timer hangs off _idleNext, the oldest off _idlePrev.

function oldestIn(list) {
  const candidate = list._idlePrev;
  return candidate === list ? null : candidate;
}

function detach(item) {
  const { _idleNext: next, _idlePrev: prev } = item;
  if (next) next._idlePrev = prev;
  if (prev) prev._idleNext = next;
  item._idleNext = null;
  item._idlePrev = null;
}

function pushNewest(list, item) {
  if (item._idleNext || item._idlePrev) detach(item);
  const newest = list._idleNext;
  item._idlePrev = list;
  item._idleNext = newest;
  newest._idlePrev = item;
  list._idleNext = item;
}

let listSerial = Number.MIN_SAFE_INTEGER;

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = listSerial++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// --- the heap of lists -----------------------------------------------------------

const queue = [];                 // 0-based binary min-heap of TimersLists
const listFor = { __proto__: null };  // duration -> its TimersList

function expiresFirst(a, b) {
  if (a.expiry !== b.expiry) return a.expiry < b.expiry;
  return a.id < b.id;
}

function place(list, index) {
  queue[index] = list;
  list.priorityQueuePosition = index;
}

// Moves the list at `index` towards the root while it beats its parent,
// then towards the leaves while a child beats it.
function restoreOrder(index) {
  const list = queue[index];
  let at = index;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!expiresFirst(list, queue[parent])) break;
    place(queue[parent], at);
    at = parent;
  }
  for (;;) {
    const left = 2 * at + 1;
    if (left >= queue.length) break;
    const right = left + 1;
    const child = right < queue.length && expiresFirst(queue[right], queue[left]) ? right : left;
    if (!expiresFirst(queue[child], list)) break;
    place(queue[child], at);
    at = child;
  }
  place(list, at);
}

function enqueueList(list) {
  queue.push(list);
  restoreOrder(queue.length - 1);
}

function dequeueList(list) {
  const index = list.priorityQueuePosition;
  const last = queue.pop();
  if (last !== list) {
    place(last, index);
    restoreOrder(index);
  }
  list.priorityQueuePosition = null;
}

// --- reference counting: referenced timers keep the loop alive ---------------------

let refedTimers = 0;
function addRef() {
  if (refedTimers++ === 0) toggleTimerRef(true);
}
function dropRef() {
  if (--refedTimers === 0) toggleTimerRef(false);
}

// Timers that have been turned into numbers (+timeout) can be cleared by
// that number, so they are findable by id until they finish.
const byPrimitive = { __proto__: null };
let lastTimerId = 0;

function forgetPrimitive(timer) {
  if (timer[kHasPrimitive]) delete byPrimitive[timer[timerId]];
}

// Marks a timer that will never run again, releasing what it held.
function retire(timer) {
  timer._destroyed = true;
  forgetPrimitive(timer);
  if (timer[kRefed]) dropRef();
}

// --- Timeout ---------------------------------------------------------------------

let armedExpiry = Infinity;  // what the libuv timer is set for

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    // `* 1` rather than Number(): a BigInt delay is a TypeError, as in Node.
    let delay = after * 1;
    if (!(delay >= 1 && delay <= TIMEOUT_MAX)) {
      if (delay > TIMEOUT_MAX) {
        process.emitWarning(`${delay} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      // Below 1ms, NaN and overflow all mean "as soon as possible".
      delay = 1;
    }
    this._idleTimeout = delay;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? delay : null;
    this._destroyed = false;
    if (isRefed) addRef();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[timerId] = ++lastTimerId;
    this[kAsyncContext] = contextHolder.frame;  // AsyncLocalStorage of the caller
  }

  // Restarts the countdown from now with the same duration.
  refresh() {
    reinsert(this, this[kRefed]);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) dropRef();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) addRef();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() { clearTimeout(this); }

  // Shown one level deep, as Node does: the lists it is linked into are
  // engine state, and fully expanded they only print a cycle.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }

  [Symbol.toPrimitive]() {
    const id = this[timerId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      byPrimitive[id] = this;
    }
    return id;
  }
}

// Starts (or restarts) `item`'s countdown of `msecs` from `start`.
function insert(item, msecs, start = getLibuvNow()) {
  const duration = Math.trunc(msecs);
  item._idleStart = start;
  let list = listFor[duration];
  if (list === undefined) {
    const expiry = start + duration;
    list = new TimersList(expiry, duration);
    listFor[duration] = list;
    enqueueList(list);
    if (expiry < armedExpiry) {
      scheduleTimer(duration);
      armedExpiry = expiry;
    }
  }
  pushNewest(list, item);
}

// refresh()/timers.active()/unrefActive(): back into the queue with the
// given ref state, reviving a finished timer if need be.
function reinsert(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  insert(item, msecs);
  const wasDestroyed = item._destroyed;
  const refChanged = Boolean(item[kRefed]) !== Boolean(refed);
  if (wasDestroyed || refChanged) {
    item._destroyed = false;
    if (refed) addRef();
    else if (!wasDestroyed) dropRef();
  }
  item[kRefed] = refed;
}

function active(item) { reinsert(item, true); }
function unrefActive(item) { reinsert(item, false); }

// Takes a timer out of its list for good.
function unenroll(item) {
  if (item._destroyed) return;
  retire(item);
  const list = listFor[item._idleTimeout];
  detach(item);
  if (list !== undefined && oldestIn(list) === null) {
    dequeueList(list);
    delete listFor[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  // Also by the number (or its string) a timer was converted to.
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = byPrimitive[timer];
    if (found !== undefined) {
      found._idleTimeout = -1;
      unenroll(found);
    }
  }
}

// --- firing timeouts ----------------------------------------------------------------

let runNextTicks;

// User callbacks run without a try/finally around them (the engine would
// then report the finally as the throw site of an uncaught error). If one
// throws, the bookkeeping that should follow it is done at the start of the
// next processTimers call instead.
let unfinished = null;
let unfinishedRestart;

function afterCallback(timer, restartAt) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    // An interval goes round again (unless its callback cleared it).
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, restartAt);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    // Done, and not re-armed by refresh() inside the callback.
    retire(timer);
  }
}

// Runs the due timers of `list`; stops at the first that is not due.
function runList(list, now) {
  let ranOne = false;
  for (let timer = oldestIn(list); timer !== null; timer = oldestIn(list)) {
    if (now - timer._idleStart < list.msecs) {
      // The rest are younger: the list now waits for this one.
      list.expiry = Math.max(timer._idleStart + list.msecs, now + 1);
      list.id = listSerial++;
      restoreOrder(list.priorityQueuePosition);
      return;
    }
    if (ranOne) runNextTicks();
    ranOne = true;
    detach(timer);
    if (!timer._onTimeout) {
      // Cleared through a path that left it linked: just drop it.
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refedTimers--;
      }
      continue;
    }
    const restartAt = timer._repeat ? getLibuvNow() : undefined;
    unfinished = timer;
    unfinishedRestart = restartAt;
    contextHolder.frame = timer[kAsyncContext];
    if (timer._timerArgs === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, timer._timerArgs);
    unfinished = null;
    afterCallback(timer, restartAt);
  }
  // Emptied. A callback may already have dropped or replaced the list.
  if (listFor[list.msecs] === list) {
    delete listFor[list.msecs];
    dequeueList(list);
  }
}

// Called by C++ when the libuv timer fires. Returns the next expiry:
// positive if a referenced timer waits for it, negative if only
// unreferenced ones do, 0 when nothing is left.
function processTimers(now) {
  if (unfinished !== null) {
    const timer = unfinished;
    unfinished = null;
    afterCallback(timer, unfinishedRestart);
  }
  armedExpiry = Infinity;
  let ranOne = false;
  while (queue.length > 0) {
    const list = queue[0];
    if (list.expiry > now) {
      armedExpiry = list.expiry;
      return refedTimers > 0 ? armedExpiry : -armedExpiry;
    }
    if (ranOne) runNextTicks();
    ranOne = true;
    runList(list, now);
  }
  return 0;
}

// --- Immediate ------------------------------------------------------------------------

// Immediates waiting for the next check phase, and the batch being run now
// (what is left of it if a callback threw). Both chain through
// _idleNext/_idlePrev.
const waiting = { head: null, tail: null };
const running = { head: null, tail: null };

function unlinkImmediate(item) {
  const { _idleNext: next, _idlePrev: prev } = item;
  if (next) next._idlePrev = prev;
  if (prev) prev._idleNext = next;
  for (const chain of [waiting, running]) {
    if (chain.head === item) chain.head = next;
    if (chain.tail === item) chain.tail = prev;
  }
  item._idleNext = null;
  item._idlePrev = null;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[kAsyncContext] = contextHolder.frame;  // AsyncLocalStorage of the caller
    this.ref();
    immediateInfo[IMMEDIATE_COUNT]++;
    if (waiting.tail === null) {
      waiting.head = this;
    } else {
      waiting.tail._idleNext = this;
      this._idlePrev = waiting.tail;
    }
    waiting.tail = this;
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[IMMEDIATE_REFS]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[IMMEDIATE_REFS] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return Boolean(this[kRefed]); }

  [Symbol.dispose]() { clearImmediate(this); }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[IMMEDIATE_COUNT]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[IMMEDIATE_REFS] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  unlinkImmediate(immediate);
}

// Called by C++ in the check phase. Runs the immediates queued before this
// phase began; ones they queue wait for the next loop iteration.
function processImmediate() {
  if (running.head === null) {
    running.head = waiting.head;
    running.tail = waiting.tail;
    waiting.head = null;
    waiting.tail = null;
    immediateInfo[IMMEDIATE_BATCH_OPEN] = 1;
  }
  let ranOne = false;
  while (running.head !== null) {
    if (ranOne) runNextTicks();
    ranOne = true;
    // The ticks just run may have cleared what was next.
    const immediate = running.head;
    if (immediate === null) break;
    // Off the batch before its callback runs, so that a throw leaves
    // exactly the rest for the next check phase.
    unlinkImmediate(immediate);
    immediate._destroyed = true;
    immediateInfo[IMMEDIATE_COUNT]--;
    if (immediate[kRefed]) immediateInfo[IMMEDIATE_REFS]--;
    immediate[kRefed] = null;
    const callback = immediate._onImmediate;
    immediate._onImmediate = null;
    contextHolder.frame = immediate[kAsyncContext];
    Reflect.apply(callback, immediate, immediate._argv || []);
  }
  immediateInfo[IMMEDIATE_BATCH_OPEN] = 0;
}

// process.getActiveResourcesInfo(): 'Timeout' per referenced timer (until
// its callback has returned, as in Node), 'Immediate' per referenced
// immediate.
function getActiveTimersInfo() {
  const names = [];
  for (let i = 0; i < refedTimers; i++) names.push('Timeout');
  for (let i = 0; i < immediateInfo[IMMEDIATE_REFS]; i++) names.push('Immediate');
  return names;
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
