'use strict';

// WHATWG Event, CustomEvent and EventTarget as Node exposes them, plus
// Node's NodeEventTarget (EventTarget with an EventEmitter-like surface).
//
// There is no tree here: every dispatch happens AT_TARGET. Listeners of a
// type live in a doubly-linked list so that listeners removed during a
// dispatch are skipped and listeners appended during it may still run
// (like Node: the next record is read before each call).

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateString,
} = require('internal/validators');

// `events` does not require this module at load time, so this is safe.
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

// Shared by name with other modules (and other copies of this one).
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');

// Hooks and options other eddy modules pass in.
const kNewListener = Symbol('eventTarget.newListenerHook');
const kRemoveListener = Symbol('eventTarget.removeListenerHook');
const kCreateEvent = Symbol('eventTarget.createEvent');
const kTrustEvent = Symbol('event.trusted');
const kWeakHandler = Symbol('listener.weak');
const kResistStopPropagation = Symbol('listener.resistStopPropagation');
const kIsNodeStyleListener = Symbol('listener.nodeStyle');

// State kept on targets and events.
const kIsNodeEventTarget = Symbol('eventTarget.isNodeEventTarget');
const kEvents = Symbol('eventTarget.listeners');
const kHandlers = Symbol('eventTarget.handlers');
const kType = Symbol('type');
const kTarget = Symbol('event.target');
const kIsBeingDispatched = Symbol('event.isBeingDispatched');
const kDetail = Symbol('detail');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

function childInspectOptions(options) {
  const opts = Object.assign({}, options);
  opts.depth = options == null || options.depth == null ? null : options.depth - 1;
  return opts;
}

let perfNow;
function now() {
  if (perfNow === undefined) {
    const perf = globalThis.performance;
    if (perf != null && typeof perf.now === 'function') {
      perfNow = () => perf.now();
    } else if (typeof process.uptime === 'function') {
      perfNow = () => process.uptime() * 1000;
    } else {
      const origin = Date.now();
      perfNow = () => Date.now() - origin;
    }
  }
  return perfNow();
}

// An error thrown (or rejected) by a listener must not stop the dispatch:
// it is rethrown on the next tick, as an uncaught exception.
function rethrowLater(err) {
  process.nextTick(() => { throw err; });
}

// A listener that returned a promise has its rejection reported the same way.
function reportRejection(result) {
  const then = result.then;
  if (typeof then !== 'function') return;
  Reflect.apply(then, result, [undefined, rethrowLater]);
}

// ---------------------------------------------------------------------------
// Event

const trustedEvents = new WeakSet();

// Accessors to Event's private state for the dispatcher (set by a static block).
let isStopped;
let getDefaultPrevented;

function isEvent(value) {
  return value != null && typeof value === 'object' && value[kType] !== undefined;
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = 0;
  #propagationStopped = false;
  #stop = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) {
      validateObject(options, 'options', { nullable: true });
    }
    if (options != null) {
      this.#cancelable = !!options.cancelable;
      this.#bubbles = !!options.bubbles;
      this.#composed = !!options.composed;
      if (options[kTrustEvent]) trustedEvents.add(this);
    }
    this.#timestamp = now();
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  static {
    isStopped = (event) => event.#stop;
    getDefaultPrevented = (event) => event.#cancelable && event.#defaultPrevented;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspect](depth, options, inspect) {
    if (!isEvent(this)) return this;
    const className = this.constructor.name;
    if (depth < 0) return className;
    const show = typeof inspect === 'function' ? inspect : lazyInspect();
    return `${className} ${show({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, childInspectOptions(options))}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this.#stop = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? 2 : 0;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

function isTrusted() {
  return trustedEvents.has(this);
}
Object.defineProperty(isTrusted, 'name', { value: 'get isTrusted', configurable: true });

function makeEnumerable(proto, keys) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperties(Event.prototype, {
  isTrusted: { get: isTrusted, enumerable: true, configurable: false },
  [Symbol.toStringTag]: {
    value: 'Event', writable: false, enumerable: false, configurable: true,
  },
});
const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const key of Object.keys(phases)) {
  Object.defineProperty(Event, key, {
    value: phases[key], writable: false, enumerable: true, configurable: false,
  });
}

// ---------------------------------------------------------------------------
// CustomEvent

function isCustomEvent(value) {
  return isEvent(value) && value[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const detail = options != null ? options.detail : undefined;
    Object.defineProperty(this, kDetail, {
      value: detail === undefined ? null : detail,
      writable: true, enumerable: false, configurable: true,
    });
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// Event dispatched by NodeEventTarget#emit: node-style listeners receive
// `detail` instead of the event.
class NodeCustomEvent extends Event {
  constructor(type, detail) {
    super(type);
    this[kDetail] = detail;
  }
}

// ---------------------------------------------------------------------------
// EventTarget

// One registered listener. `listener` is what the user passed (a function or
// an object with handleEvent).
class Listener {
  constructor(listener, once, capture, passive, isNodeStyleListener, resistStopPropagation) {
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    this.next = undefined;
    this.prev = undefined;
    this.signalCleanup = undefined;
  }
}

function isEventTarget(obj) {
  return obj != null && obj.constructor != null && obj.constructor[kIsEventTarget] === true;
}

function hasEventTargetState(obj) {
  return obj != null && (typeof obj === 'object' || typeof obj === 'function') &&
    obj[kEvents] !== undefined;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

const kNoOptions = {
  once: false, capture: false, passive: false, signal: undefined,
  isNodeStyleListener: false, resistStopPropagation: false,
};

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') {
    return options ? Object.assign({}, kNoOptions, { capture: true }) : kNoOptions;
  }
  if (options == null) return kNoOptions;
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
    isNodeStyleListener: !!options[kIsNodeStyleListener],
    resistStopPropagation: !!options[kResistStopPropagation],
  };
}

// Returns false for null/undefined (silently ignored like the DOM), true for
// a usable listener, throws for anything else.
function validateEventListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function unlinkListener(target, root, type, handler) {
  if (handler.removed) return;
  handler.removed = true;
  if (handler.prev === undefined) root.next = handler.next;
  else handler.prev.next = handler.next;
  if (handler.next === undefined) root.last = handler.prev;
  else handler.next.prev = handler.prev;
  // `handler.next` is kept so that a dispatch standing on it can go on.
  root.size--;
  if (root.size === 0) target[kEvents].delete(type);
  if (handler.signalCleanup !== undefined) {
    const cleanup = handler.signalCleanup;
    handler.signalCleanup = undefined;
    cleanup();
  }
  target[kRemoveListener](root.size, type, handler.listener, handler.capture);
}

function emitMaxListenersWarning(target, type, count, max) {
  const name = lazyInspect()(target, { depth: -1 });
  const warning = new Error('Possible EventTarget memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${name}. ` +
    `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.target = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

function dispatch(target, event, type, nodeValue) {
  const root = target[kEvents].get(type);
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;
  if (root !== undefined) {
    let handler = root.next;
    while (handler !== undefined) {
      const next = handler.next;
      if (!handler.removed && (handler.resistStopPropagation || !isStopped(event))) {
        if (handler.once) unlinkListener(target, root, type, handler);
        const listener = handler.listener;
        try {
          const arg = handler.isNodeStyleListener ? nodeValue : event;
          let result;
          if (typeof listener === 'function') {
            result = listener.call(target, arg);
          } else {
            const handleEvent = listener.handleEvent;
            if (handleEvent !== undefined) {
              if (typeof handleEvent !== 'function') {
                throw new TypeError('The "handleEvent" property of the listener is not a function');
              }
              result = handleEvent.call(listener, arg);
            }
          }
          if (result !== undefined && result !== null) reportRejection(result);
        } catch (err) {
          rethrowLater(err);
        }
      }
      handler = next;
    }
  }
  event[kIsBeingDispatched] = false;
}

// The event type is a DOMString: a symbol is refused like in Node.
function toEventType(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive) {}

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!hasEventTargetState(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once, capture, passive, signal, isNodeStyleListener, resistStopPropagation,
    } = validateEventListenerOptions(options);

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toEventType(type);

    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
    }

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined, last: undefined };
      events.set(type, root);
    } else {
      for (let h = root.next; h !== undefined; h = h.next) {
        if (h.listener === listener && h.capture === capture) return;
      }
    }
    const handler = new Listener(listener, once, capture, passive,
                                 isNodeStyleListener, resistStopPropagation);
    if (root.last === undefined) {
      root.next = handler;
    } else {
      root.last.next = handler;
      handler.prev = root.last;
    }
    root.last = handler;
    root.size++;

    if (signal !== undefined) {
      const remover = () => {
        handler.signalCleanup = undefined;
        this.removeEventListener(type, listener, { capture });
      };
      signal.addEventListener('abort', remover, {
        once: true, [kResistStopPropagation]: true,
      });
      handler.signalCleanup = () => signal.removeEventListener('abort', remover);
    }

    const max = this[kMaxEventTargetListeners];
    if (max > 0 && root.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      emitMaxListenersWarning(this, type, root.size, max);
    }
    this[kNewListener](root.size, type, listener, once, capture, passive);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!hasEventTargetState(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toEventType(type);
    const capture = typeof options === 'boolean' ? options :
      (options != null && !!options.capture);
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let h = root.next; h !== undefined; h = h.next) {
      if (h.listener === listener && h.capture === capture) {
        unlinkListener(this, root, type, h);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!hasEventTargetState(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event, event[kType], event);
    return getDefaultPrevented(event) !== true;
  }

  // Dispatches `type` with `nodeValue` for node-style listeners; the Event
  // for the others is made by `this[kCreateEvent]` (only when needed).
  [kHybridDispatch](nodeValue, type, event) {
    if (event === undefined) event = this[kCreateEvent](nodeValue, type);
    dispatch(this, event, type, nodeValue);
    return event;
  }

  [kCreateEvent](nodeValue, type) {
    return new NodeCustomEvent(type, nodeValue);
  }

  [customInspect](depth, options, inspect) {
    if (!hasEventTargetState(this)) return this;
    const name = this.constructor.name;
    if (depth < 0) return name;
    if (typeof inspect !== 'function') inspect = lazyInspect();
    return `${name} ${inspect({}, childInspectOptions(options))}`;
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------
// NodeEventTarget

function initNodeEventTarget(self) {
  initEventTarget(self);
}

function isNodeEventTarget(obj) {
  return obj != null && obj.constructor != null && obj.constructor[kIsNodeEventTarget] === true;
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const events = this[kEvents];
    const types = type !== undefined ? [String(type)] : Array.from(events.keys());
    for (const t of types) {
      const root = events.get(t);
      if (root === undefined) continue;
      for (let h = root.next; h !== undefined; h = h.next) unlinkListener(this, root, t, h);
    }
    return this;
  }
}

makeEnumerable(NodeEventTarget.prototype, [
  'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
  'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners',
]);

// Listeners of `type` on an EventTarget, in order (for events.getEventListeners).
function getEventTargetListeners(target, type) {
  const out = [];
  const root = target[kEvents] !== undefined ? target[kEvents].get(type) : undefined;
  if (root === undefined) return out;
  for (let h = root.next; h !== undefined; h = h.next) {
    if (!h.removed) out.push(h.listener);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Event handler attributes (`onabort` and friends)

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    const handlers = this[kHandlers];
    const wrapper = handlers !== undefined ? handlers.get(event) : undefined;
    return wrapper !== undefined ? wrapper.handler : null;
  }
  function set(value) {
    let handlers = this[kHandlers];
    if (handlers === undefined) {
      handlers = new Map();
      this[kHandlers] = handlers;
    }
    let wrapper = handlers.get(event);
    if (value != null) {
      if (wrapper !== undefined) {
        wrapper.handler = value;
        return;
      }
      wrapper = function eventHandler(ev) {
        const handler = wrapper.handler;
        if (typeof handler === 'function') return Reflect.apply(handler, this, [ev]);
      };
      wrapper.handler = value;
      handlers.set(event, wrapper);
      this.addEventListener(event, wrapper);
    } else if (wrapper !== undefined) {
      handlers.delete(event);
      this.removeEventListener(event, wrapper);
    }
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}`, configurable: true });
  Object.defineProperty(set, 'name', { value: `set ${propName}`, configurable: true });
  Object.defineProperty(emitter, propName, {
    get, set, enumerable: true, configurable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  getEventTargetListeners,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
