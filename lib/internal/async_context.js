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

let current;

function getContext() {
  return current;
}

// Makes `frame` current and returns the frame it replaces.
function setContext(frame) {
  const prev = current;
  current = frame;
  return prev;
}

// Calls fn with `frame` current, restoring the previous frame afterwards.
function runInContext(frame, fn, thisArg, args) {
  const prev = current;
  current = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    current = prev;
  }
}

// Returns fn wrapped to run in the context current now.
function bind(fn) {
  const frame = current;
  return function bound(...args) {
    const prev = current;
    current = frame;
    try {
      return Reflect.apply(fn, this, args);
    } finally {
      current = prev;
    }
  };
}

module.exports = { getContext, setContext, runInContext, bind };
