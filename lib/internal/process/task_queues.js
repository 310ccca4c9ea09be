'use strict';

// process.nextTick and the drain that runs after every callback from libuv
// (Node's processTicksAndRejections): all nextTicks, then the microtask
// queue, repeated until both are empty, then unhandled rejections.

const {
  tickInfo,
  setTickCallback,
  runMicrotasks,
  enqueueMicrotask,
} = internalBinding('task_queue');
const { holder: contextHolder } = require('internal/async_context');
const { validateFunction } = require('internal/validators');
const { processPromiseRejections } = require('internal/process/promises');

// Indices into tickInfo, mirrored from src/core/environment.h (TickInfo).
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A FIFO of ticks in fixed-size circular chunks: push and shift are O(1)
// without the array shifting a plain queue would do. A tick takes three
// slots (callback, arguments, async context) rather than an object of its
// own: no allocation per nextTick, and a queue of 100k ticks is not
// copied out of the nursery by every minor GC.
const kSize = 2048;
const kMask = kSize - 1;
class Chunk {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSize * 3);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kMask) === this.bottom; }
}

let head = new Chunk();
let tail = head;

function queuePush(callback, args, frame) {
  if (head.isFull()) head = head.next = new Chunk();
  const chunk = head;
  const at = chunk.top * 3;
  chunk.list[at] = callback;
  chunk.list[at + 1] = args;
  chunk.list[at + 2] = frame;
  chunk.top = (chunk.top + 1) & kMask;
}

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }
function setHasTickScheduled(value) { tickInfo[kHasTickScheduled] = value ? 1 : 0; }

function nextTick(callback) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  // No array for the common call without arguments.
  const args = arguments.length === 1 ? undefined : restArguments.apply(undefined, arguments);
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  queuePush(callback, args, contextHolder.frame);
}

function restArguments(first, ...rest) { return rest; }

// Assigned to a property of an object named `process`, the engine names
// the function `process.processTicksAndRejections` in stack traces, as
// node's frames read.
let processTicksAndRejections;
{
  const process = {};
  process.processTicksAndRejections = function () {
    do {
      for (;;) {
        let chunk = tail;
        let bottom = chunk.bottom;
        if (bottom === chunk.top) {
          if (chunk.next === null) break;
          chunk = tail = chunk.next;
          bottom = chunk.bottom;
        }
        const list = chunk.list;
        const at = bottom * 3;
        const callback = list[at];
        const args = list[at + 1];
        contextHolder.frame = list[at + 2];
        list[at] = undefined;
        list[at + 1] = undefined;
        list[at + 2] = undefined;
        chunk.bottom = (bottom + 1) & kMask;
        if (args === undefined) {
          callback();
        } else {
          switch (args.length) {
            case 1: callback(args[0]); break;
            case 2: callback(args[0], args[1]); break;
            case 3: callback(args[0], args[1], args[2]); break;
            default: Reflect.apply(callback, undefined, args);
          }
        }
      }
      contextHolder.frame = undefined;
      runMicrotasks();
    } while (!queueIsEmpty() || processPromiseRejections());
    setHasTickScheduled(false);
    tickInfo[kHasRejectionToWarn] = 0;
  };
  processTicksAndRejections = process.processTicksAndRejections;
}

function queueIsEmpty() {
  return tail.isEmpty() && tail.next === null;
}

// Between two timers or immediates: run what the previous one queued.
function runNextTicks() {
  if (!hasTickScheduled() && tickInfo[kHasRejectionToWarn] === 0) runMicrotasks();
  if (!hasTickScheduled() && tickInfo[kHasRejectionToWarn] === 0) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  enqueueMicrotask(callback);
}

function setupTaskQueue() {
  setTickCallback(processTicksAndRejections);
  return { nextTick, runNextTicks };
}

module.exports = { setupTaskQueue, nextTick, runNextTicks, queueMicrotask };
