'use strict';

// The current async context: what AsyncLocalStorage stores hang off.
//
// A context is an immutable "frame" (a Map from AsyncLocalStorage instance
// to its store) or undefined when no store is set. A frame is never mutated
// once it is current, so capturing it is just keeping a reference.
//
// Propagation contract for the schedulers (timers, setImmediate, nextTick,
// queueMicrotask, promise jobs, libuv request callbacks):
//   - when work is scheduled, capture `getContext()`;
//   - when it runs, `const prev = setContext(captured)`, run it, and
//     `setContext(prev)` in a finally block (or wrap it once with bind()).
// Until some store has been set, isActive() is false and every context is
// undefined, so a scheduler may skip the capture/restore work entirely.
//
// The frame lives in `holder.frame` so that native code (the promise job
// queue) can read and set it on the same object without calling into JS.

// `active` turns true for good the first time a store is set; until then
// the schedulers skip all capture work. On activation the engine's job
// queue (src/core/job_queue.cc) starts recording the frame of each promise
// job, and restores it when the job runs.
const holder = { frame: undefined };
let active = false;

function activate() {
  active = true;
  internalBinding('task_queue').setAsyncContextHolder(holder);
}

function isActive() {
  return active;
}

function getContext() {
  return holder.frame;
}

// Makes `frame` current and returns the frame it replaces.
function setContext(frame) {
  if (frame !== undefined && !active) activate();
  const prev = holder.frame;
  holder.frame = frame;
  return prev;
}

// Calls fn with `frame` current, restoring the previous frame afterwards.
function runInContext(frame, fn, thisArg, args) {
  if (frame !== undefined && !active) activate();
  const prev = holder.frame;
  holder.frame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    holder.frame = prev;
  }
}

// Returns fn wrapped to run in the context current now (fn itself while no
// store has ever been set).
function bind(fn) {
  if (!active) return fn;
  const frame = holder.frame;
  return function bound(...args) {
    const prev = holder.frame;
    holder.frame = frame;
    // Restored after a normal return only: what the callback throws reaches
    // the uncaught-exception handler in the callback's context (its
    // domain), as for the loop's other callbacks (timers, nextTick).
    const result = Reflect.apply(fn, this, args);
    holder.frame = prev;
    return result;
  };
}

module.exports = { getContext, setContext, runInContext, bind, isActive, holder };
