'use strict';

// Differential check: eddy's lib/events.js, lib/internal/event_target.js,
// lib/internal/abort_controller.js and lib/internal/domexception.js against
// Node's own builtins. Every scenario runs once with Node's classes and once
// with ours; their logs must be identical.
//
//   node --expose-internals tools/shim-check/events.js [filter]

const path = require('path');
const util = require('util');
const { load } = require(path.join(__dirname, '..', 'node-shim.js'));

const ours = {
  EventEmitter: load('events'),
  ...pick(load('internal/event_target'), ['Event', 'CustomEvent', 'EventTarget', 'NodeEventTarget']),
  ...pick(load('internal/abort_controller'), ['AbortController', 'AbortSignal']),
  DOMException: load('internal/domexception').DOMException,
};
const nodeInternalET = require('internal/event_target');
const theirs = {
  EventEmitter: require('events'),
  Event, CustomEvent, EventTarget,
  NodeEventTarget: nodeInternalET.NodeEventTarget,
  AbortController, AbortSignal, DOMException,
};

function pick(obj, keys) {
  const out = {};
  for (const k of keys) out[k] = obj[k];
  return out;
}

function fmt(v) {
  if (v instanceof Error || (v && typeof v === 'object' && Object.prototype.toString.call(v) === '[object DOMException]')) {
    return `<${v.name}|${v.code}|${v.message}>`;
  }
  if (typeof v === 'function') return `[fn ${v.name}]`;
  if (typeof v === 'string') return JSON.stringify(v);
  return util.inspect(v, { depth: 4, breakLength: Infinity })
    .replace(/timeStamp: [0-9.e+-]+/g, 'timeStamp: N');
}

function makeLog() {
  const lines = [];
  const log = (...args) => lines.push(args.map(fmt).join(' '));
  log.lines = lines;
  log.try = (label, fn) => {
    try {
      log(label, 'ok', fn());
    } catch (e) {
      log(label, 'threw', e);
    }
  };
  return log;
}

const tick = () => new Promise((r) => setImmediate(r));

const scenarios = {
  // ----------------------------------------------------------- EventEmitter
  'ee basic emit/on/off'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    log(ee.emit('x'), ee.listenerCount('x'), ee.eventNames());
    function a(...args) { log('a', this === ee, args); }
    function b(...args) { log('b', args); }
    ee.on('x', a);
    log(ee.emit('x', 1, 2, 3, 4, 5));
    ee.on('x', b);
    ee.emit('x');
    ee.emit('x', 1);
    ee.emit('x', 1, 2);
    ee.emit('x', 1, 2, 3);
    ee.emit('x', 1, 2, 3, 4);
    ee.prependListener('x', b);
    ee.emit('x', 'p');
    log(ee.listeners('x'), ee.rawListeners('x').length, ee.listenerCount('x'), ee.listenerCount('x', b));
    ee.off('x', b);
    ee.emit('x', 'after off');
    log(ee.listenerCount('x'), ee.eventNames());
    ee.removeListener('x', a);
    ee.removeListener('x', b);
    log(ee.listenerCount('x'), ee.eventNames(), ee._eventsCount);
    const s = Symbol('sym');
    ee.on(s, a);
    ee.on('y', a);
    log(ee.eventNames(), ee._eventsCount);
    log(Object.keys(ee._events));
  },

  'ee listener added/removed during emit'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    const c = () => log('c');
    ee.on('x', () => { log('a'); ee.on('x', c); });
    ee.on('x', () => { log('b'); ee.removeAllListeners('x'); });
    ee.on('x', () => log('d'));
    ee.emit('x');
    ee.emit('x');
    log(ee.listenerCount('x'));
  },

  'ee once'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    function a(v) { log('a', v, this === ee); }
    ee.once('x', a);
    log(ee.listeners('x')[0] === a, ee.rawListeners('x')[0] === a, ee.rawListeners('x')[0].listener === a);
    log(ee.emit('x', 1), ee.emit('x', 2));
    ee.once('y', a);
    ee.prependOnceListener('y', (v) => log('first', v));
    ee.emit('y', 'z', 'w');
    ee.emit('y', 'again');
    ee.once('z', a);
    ee.removeListener('z', a);
    log(ee.listenerCount('z'));
    const raw = (ee.once('q', a), ee.rawListeners('q')[0]);
    raw('direct');
    raw('direct2');
    log(ee.listenerCount('q'));
    ee.once('r', a);
    ee.once('r', a);
    log(ee.listenerCount('r'), ee.listenerCount('r', a));
    ee.emit('r', 5);
    log(ee.listenerCount('r'));
  },

  'ee newListener/removeListener events'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    ee.on('newListener', (t, l) => log('new', t, l.name, ee.listenerCount(t)));
    ee.on('removeListener', (t, l) => log('rm', t, l.name));
    function a() {} function b() {}
    ee.on('x', a);
    ee.once('x', b);
    ee.emit('x');
    ee.once('y', a);
    ee.emit('y');
    ee.once('z', a); ee.on('z', b);
    ee.emit('z');
    ee.removeListener('z', b);
    ee.on('w', a); ee.on('w', b); ee.on('v', a);
    ee.removeAllListeners('w');
    ee.removeAllListeners();
    log(ee.eventNames(), ee.listenerCount('newListener'));
  },

  'ee removeAllListeners'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    ee.on('a', () => {}); ee.on('a', () => {}); ee.on('b', () => {});
    log(ee.removeAllListeners('a') === ee, ee.eventNames());
    ee.removeAllListeners('nope');
    ee.removeAllListeners();
    log(ee.eventNames(), ee._eventsCount);
    ee.on('removeListener', function rl(t) { log('rl', t); });
    ee.on('a', () => {}); ee.on(Symbol('s'), () => {});
    ee.removeAllListeners();
    log(ee.eventNames());
  },

  'ee error semantics'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    log.try('no listener, Error', () => ee.emit('error', new TypeError('boom')));
    log.try('no listener, string', () => ee.emit('error', 'boom'));
    log.try('no listener, undefined', () => ee.emit('error'));
    log.try('no listener, object', () => ee.emit('error', { a: 1 }));
    log.try('no listener, number', () => ee.emit('error', 42));
    try { ee.emit('error', 'ctx'); } catch (e) { log('context', e.context, e.name); }
    ee.on(EventEmitter.errorMonitor, (e) => log('monitor', e));
    log.try('monitor only', () => ee.emit('error', new Error('m')));
    ee.on('error', (e) => log('handled', e));
    log(ee.emit('error', new Error('h')));
    const ee2 = new EventEmitter();
    log.try('monitor on empty', () => ee2.emit(EventEmitter.errorMonitor, 1));
  },

  'ee max listeners'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    log(ee.getMaxListeners(), EventEmitter.defaultMaxListeners);
    log(ee.setMaxListeners(3) === ee, ee.getMaxListeners());
    log.try('neg', () => ee.setMaxListeners(-1));
    log.try('nan', () => ee.setMaxListeners(NaN));
    log.try('str', () => ee.setMaxListeners('1'));
    log.try('dml neg', () => { EventEmitter.defaultMaxListeners = -1; });
    log.try('dml str', () => { EventEmitter.defaultMaxListeners = 'x'; });
    log.try('static neg', () => EventEmitter.setMaxListeners(-2));
    log.try('static bad target', () => EventEmitter.setMaxListeners(1, {}));
    log.try('getMax bad', () => EventEmitter.getMaxListeners({}));
    log.try('getEventListeners bad', () => EventEmitter.getEventListeners({}, 'x'));
    log(EventEmitter.getMaxListeners(ee));
    EventEmitter.setMaxListeners(7, ee);
    log(ee.getMaxListeners());
    log(Infinity === ee.setMaxListeners(Infinity).getMaxListeners());
  },

  async 'ee max listeners warning'({ EventEmitter, EventTarget }, log) {
    const warnings = [];
    const onWarning = (w) => warnings.push(w);
    process.on('warning', onWarning);
    const ee = new EventEmitter();
    for (let i = 0; i < 11; i++) ee.on('foo', () => {});
    for (let i = 0; i < 11; i++) ee.on('foo', () => {});
    class Sub extends EventEmitter {}
    const sub = new Sub();
    sub.setMaxListeners(2);
    for (let i = 0; i < 3; i++) sub.on(Symbol.for('s'), () => {});
    const unlimited = new EventEmitter();
    unlimited.setMaxListeners(0);
    for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
    const et = new EventTarget();
    for (let i = 0; i < 12; i++) et.addEventListener('bar', () => {});
    await tick();
    process.removeListener('warning', onWarning);
    for (const w of warnings) {
      log(w.name, w.message, w.count, String(w.type), w.emitter === ee || w.emitter === sub, w.target === et);
    }
  },

  'ee getEventListeners'({ EventEmitter, EventTarget }, log) {
    const ee = new EventEmitter();
    function a() {} function b() {}
    ee.on('x', a); ee.once('x', b);
    log(EventEmitter.getEventListeners(ee, 'x'));
    const et = new EventTarget();
    et.addEventListener('x', a);
    et.addEventListener('x', b, { once: true });
    const h = { handleEvent() {} };
    et.addEventListener('x', h);
    const got = EventEmitter.getEventListeners(et, 'x');
    log(got.length, got[0] === a, got[1] === b, got[2] === h);
    log(EventEmitter.getEventListeners(et, 'none'));
    log(EventEmitter.getMaxListeners(et));
    EventEmitter.setMaxListeners(3, et);
    log(EventEmitter.getMaxListeners(et));
  },

  'ee listenerCount static'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    ee.on('x', () => {}); ee.on('x', () => {});
    log(EventEmitter.listenerCount(ee, 'x'), EventEmitter.listenerCount(ee, 'y'));
  },

  'ee invalid listener'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener']) {
      log.try(m, () => ee[m]('x', 'not fn'));
      log.try(m + ' null', () => ee[m]('x', null));
    }
  },

  'ee shape and inspect'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    log(ee);
    log(Reflect.ownKeys(ee).map(String));
    ee.on('a', () => {});
    log(ee);
    class Foo extends EventEmitter {}
    log(new Foo());
    log(Object.getOwnPropertyNames(EventEmitter));
    log(Object.getOwnPropertyNames(EventEmitter.prototype));
    log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
        EventEmitter.prototype.off === EventEmitter.prototype.removeListener,
        EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains,
        String(EventEmitter.errorMonitor), String(EventEmitter.captureRejectionSymbol),
        EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
        EventEmitter.captureRejections, EventEmitter.defaultMaxListeners);
    log(EventEmitter.length, EventEmitter.prototype.emit.length, EventEmitter.prototype.on.length,
        EventEmitter.once.length, EventEmitter.on.length);
    const plain = {};
    EventEmitter.call(plain);
    log(plain);
    const withOpts = new EventEmitter({ captureRejections: true });
    log(withOpts);
    log.try('bad captureRejections', () => new EventEmitter({ captureRejections: 1 }));
    log.try('set captureRejections', () => { EventEmitter.captureRejections = 'yes'; });
  },

  'ee shapeMode'({ EventEmitter }, log) {
    class Shaped extends EventEmitter {
      constructor() {
        super();
      }
    }
    Shaped.prototype._events = undefined;
    function Pre() {
      this._events = { __proto__: null, close: undefined, data: undefined };
      EventEmitter.call(this);
    }
    Object.setPrototypeOf(Pre.prototype, EventEmitter.prototype);
    const p = new Pre();
    log(p);
    p.on('data', () => {});
    log(p._eventsCount, p.eventNames());
    const f = () => {};
    p.on('close', f);
    p.removeListener('close', f);
    log(p._events, p._eventsCount);
    p.removeAllListeners('data');
    log(p._events, p._eventsCount);
    log(new Shaped());
  },

  async 'ee captureRejections'({ EventEmitter }, log) {
    const ee = new EventEmitter({ captureRejections: true });
    ee.on('x', async (v) => { throw new Error('rej ' + v); });
    ee.on('error', (e) => log('error listener', e));
    ee.emit('x', 1);
    await tick();
    const ee2 = new EventEmitter({ captureRejections: true });
    ee2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => log('rejection hook', err, type, args);
    ee2.on('y', async () => { throw new Error('r2'); });
    ee2.emit('y', 'a', 'b');
    await tick();
    const ee3 = new EventEmitter();
    ee3.on('z', async () => { throw new Error('not captured'); });
    const unhandled = [];
    const onUnhandled = (e) => unhandled.push(e.message);
    process.on('unhandledRejection', onUnhandled);
    ee3.emit('z');
    await tick();
    await tick();
    process.removeListener('unhandledRejection', onUnhandled);
    log('unhandled', unhandled);
  },

  // -------------------------------------------------------- events.once/on
  async 'events.once'({ EventEmitter, EventTarget, Event, AbortController }, log) {
    const ee = new EventEmitter();
    process.nextTick(() => ee.emit('x', 1, 2));
    log(await EventEmitter.once(ee, 'x'), ee.listenerCount('x'), ee.listenerCount('error'));
    const p = EventEmitter.once(ee, 'y');
    log(ee.listenerCount('y'), ee.listenerCount('error'));
    ee.emit('error', new Error('bad'));
    try { await p; } catch (e) { log('rejected', e, ee.listenerCount('y'), ee.listenerCount('error')); }
    const pe = EventEmitter.once(ee, 'error');
    ee.emit('error', 'as value');
    log(await pe);
    const et = new EventTarget();
    const pt = EventEmitter.once(et, 'foo');
    et.dispatchEvent(new Event('foo'));
    const [ev] = await pt;
    log(ev.type, ev instanceof Event);
    const ac = new AbortController();
    ac.abort('reason!');
    try { await EventEmitter.once(ee, 'z', { signal: ac.signal }); } catch (e) { log('pre-aborted', e, e.cause); }
    const ac2 = new AbortController();
    const pa = EventEmitter.once(ee, 'z', { signal: ac2.signal });
    log(ee.listenerCount('z'));
    ac2.abort();
    try { await pa; } catch (e) { log('aborted', e, e.cause && e.cause.name, ee.listenerCount('z'), ee.listenerCount('error')); }
    try { await EventEmitter.once(ee, 'z', { signal: 'nope' }); } catch (e) { log('bad signal', e); }
    const pn = EventEmitter.once(ee, 'n', null);
    ee.emit('n', 'null options');
    log(await pn);
  },

  async 'events.on'({ EventEmitter, AbortController }, log) {
    const ee = new EventEmitter();
    const it = EventEmitter.on(ee, 'foo');
    log(Object.keys(it), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
    ee.emit('foo', 1);
    ee.emit('foo', 2, 3);
    log(await it.next(), await it.next());
    const pending = it.next();
    ee.emit('foo', 4);
    log(await pending);
    ee.emit('error', new Error('iter error'));
    try { await it.next(); } catch (e) { log('next threw', e); }
    log(await it.next(), ee.listenerCount('foo'), ee.listenerCount('error'));
    log.try('throw non-error', () => it.throw('x'));

    const it2 = EventEmitter.on(ee, 'bar', { close: ['end'] });
    ee.emit('bar', 'a');
    ee.emit('end');
    ee.emit('bar', 'b');
    log(await it2.next(), await it2.next(), ee.listenerCount('end'));

    const it3 = EventEmitter.on(ee, 'baz');
    const p3 = it3.next();
    log(await it3.return(), await p3, await it3.next());

    const ac = new AbortController();
    const it4 = EventEmitter.on(ee, 'q', { signal: ac.signal });
    const p4 = it4.next();
    ac.abort();
    try { await p4; } catch (e) { log('abort', e); }
    log(await it4.next());
    const ac5 = new AbortController();
    ac5.abort();
    log.try('pre-aborted', () => EventEmitter.on(ee, 'q', { signal: ac5.signal }));
    log.try('hwm 0', () => EventEmitter.on(ee, 'q', { highWaterMark: 0 }));
    log.try('lwm str', () => EventEmitter.on(ee, 'q', { lowWaterMark: 'a' }));
    log.try('bad signal', () => EventEmitter.on(ee, 'q', { signal: {} }));

    const collected = [];
    process.nextTick(() => { ee.emit('r', 1); ee.emit('r', 2); ee.emit('r', 3); });
    for await (const [v] of EventEmitter.on(ee, 'r')) {
      collected.push(v);
      if (v === 3) break;
    }
    log(collected, ee.listenerCount('r'), ee.listenerCount('error'));
  },

  async 'events.on watermarks'({ EventEmitter }, log) {
    const ee = new EventEmitter();
    ee.pause = () => log('pause');
    ee.resume = () => log('resume');
    const it = EventEmitter.on(ee, 'd', { highWaterMark: 2, lowWaterMark: 1 });
    ee.emit('d', 1); ee.emit('d', 2); ee.emit('d', 3); ee.emit('d', 4);
    log(await it.next());
    log(await it.next());
    log(await it.next());
    log(await it.next());
    await it.return();
  },

  async 'events.on EventTarget'({ EventEmitter, EventTarget, Event }, log) {
    const et = new EventTarget();
    const it = EventEmitter.on(et, 'foo');
    et.dispatchEvent(new Event('foo'));
    const { value, done } = await it.next();
    log(done, value.length, value[0].type);
    await it.return();
    log(EventEmitter.getEventListeners(et, 'foo').length);
  },

  async 'addAbortListener'({ EventEmitter, AbortController, AbortSignal }, log) {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => { log('stopper'); e.stopImmediatePropagation(); });
    ac.signal.addEventListener('abort', () => log('never'));
    const d = EventEmitter.addAbortListener(ac.signal, (e) => log('abort listener', e.type));
    log(Reflect.ownKeys(d).map(String), Object.getPrototypeOf(d));
    ac.abort();
    const d2 = EventEmitter.addAbortListener(AbortSignal.abort(), (...a) => log('pre-aborted listener', a.length));
    log('sync after');
    await tick();
    d2[Symbol.dispose]();
    const ac3 = new AbortController();
    const d3 = EventEmitter.addAbortListener(ac3.signal, () => log('disposed, never'));
    d3[Symbol.dispose]();
    ac3.abort();
    log.try('no signal', () => EventEmitter.addAbortListener(undefined, () => {}));
    log.try('bad signal', () => EventEmitter.addAbortListener({}, () => {}));
    log.try('bad listener', () => EventEmitter.addAbortListener(ac3.signal, 1));
  },

  // ----------------------------------------------------------- EventTarget
  'et dispatch'({ EventTarget, Event }, log) {
    const t = new EventTarget();
    const seen = [];
    t.addEventListener('a', function(e) {
      seen.push(['fn', this === t, e.eventPhase, e.target === t, e.currentTarget === t, e.composedPath().length]);
    });
    const obj = { handleEvent(e) { seen.push(['obj', this === obj, e.type]); } };
    t.addEventListener('a', obj);
    const ev = new Event('a');
    log(t.dispatchEvent(ev), ev.eventPhase, ev.target === t, ev.currentTarget, ev.composedPath(), ev.srcElement === t);
    log(seen);
    log.try('not event', () => t.dispatchEvent({ type: 'a' }));
    log.try('no args', () => t.dispatchEvent());
    log.try('bad this', () => EventTarget.prototype.dispatchEvent.call({}, new Event('a')));
    log.try('add bad this', () => EventTarget.prototype.addEventListener.call({}, 'a', () => {}));
    log.try('add no listener', () => t.addEventListener('a'));
    log.try('add nothing', () => t.addEventListener());
    log.try('add number', () => t.addEventListener('a', 1));
    log.try('add string', () => t.addEventListener('a', 'x'));
    log.try('remove missing', () => t.removeEventListener('a'));
    log.try('remove number', () => t.removeEventListener('a', 1));
    log.try('remove null', () => t.removeEventListener('a', null));
    log.try('bad options', () => t.addEventListener('a', () => {}, 5));
    log.try('bad signal', () => t.addEventListener('a', () => {}, { signal: 1 }));
    log.try('array options', () => t.addEventListener('a', () => {}, []));
    log.try('fn options', () => t.addEventListener('a', () => {}, () => {}));
    log.try('string options', () => t.addEventListener('a', () => {}, 'capture'));
    log(Object.prototype.toString.call(t), t, new (class My extends EventTarget {})());
  },

  'et listener order and mutation'({ EventTarget, Event }, log) {
    const t = new EventTarget();
    const f3 = () => log('3');
    t.addEventListener('a', () => {
      log('1');
      t.removeEventListener('a', f3);
      t.addEventListener('a', () => log('late'));
    });
    t.addEventListener('a', f3);
    t.dispatchEvent(new Event('a'));
    const t2 = new EventTarget();
    t2.addEventListener('b', () => { log('b1'); t2.addEventListener('b', () => log('b-added')); });
    t2.addEventListener('b', () => log('b2'));
    t2.dispatchEvent(new Event('b'));
    t2.dispatchEvent(new Event('b'));
  },

  'et duplicates, capture, once'({ EventTarget, Event }, log) {
    const t = new EventTarget();
    let n = 0;
    const f = () => n++;
    t.addEventListener('c', f);
    t.addEventListener('c', f);
    t.addEventListener('c', f, true);
    t.addEventListener('c', f, { capture: false });
    t.dispatchEvent(new Event('c'));
    log(n);
    t.removeEventListener('c', f);
    t.dispatchEvent(new Event('c'));
    log(n);
    t.removeEventListener('c', f, { capture: true });
    t.dispatchEvent(new Event('c'));
    log(n);
    t.addEventListener('o', f, { once: true });
    t.dispatchEvent(new Event('o'));
    t.dispatchEvent(new Event('o'));
    log(n);
    t.addEventListener('o', f, { once: true });
    t.removeEventListener('o', f);
    t.dispatchEvent(new Event('o'));
    log(n);
  },

  'et signal option'({ EventTarget, Event, AbortController, AbortSignal }, log) {
    const t = new EventTarget();
    const ac = new AbortController();
    let n = 0;
    t.addEventListener('x', () => n++, { signal: ac.signal });
    t.dispatchEvent(new Event('x'));
    ac.abort();
    t.dispatchEvent(new Event('x'));
    t.addEventListener('x', () => n++, { signal: ac.signal });
    t.addEventListener('x', () => n++, { signal: AbortSignal.abort() });
    t.dispatchEvent(new Event('x'));
    log(n);
  },

  'et stopImmediatePropagation, preventDefault, passive'({ EventTarget, Event }, log) {
    const t = new EventTarget();
    t.addEventListener('s', (e) => { log('s1', e.cancelBubble); e.stopImmediatePropagation(); log(e.cancelBubble); });
    t.addEventListener('s', () => log('s2'));
    t.dispatchEvent(new Event('s'));
    const stopped = new Event('s');
    stopped.stopImmediatePropagation();
    log(t.dispatchEvent(stopped));
    t.addEventListener('p', (e) => e.preventDefault());
    const c = new Event('p', { cancelable: true });
    log(t.dispatchEvent(c), c.defaultPrevented, c.returnValue);
    const nc = new Event('p');
    log(t.dispatchEvent(nc), nc.defaultPrevented, nc.returnValue);
    t.addEventListener('pp', (e) => { e.preventDefault(); log('in passive', e.defaultPrevented); }, { passive: true });
    const pe = new Event('pp', { cancelable: true });
    log(t.dispatchEvent(pe), pe.defaultPrevented);
    t.addEventListener('r', (e) => {
      try { t.dispatchEvent(e); } catch (err) { log('recursion', err); }
    });
    t.dispatchEvent(new Event('r'));
    const reused = new Event('u');
    t.addEventListener('u', (e) => log('u', e.target === t));
    t.dispatchEvent(reused);
    t.dispatchEvent(reused);
  },

  async 'et listener errors'({ EventTarget, Event }, log) {
    const caught = [];
    const saved = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    const onUncaught = (e) => caught.push(e.message);
    process.on('uncaughtException', onUncaught);
    const t = new EventTarget();
    t.addEventListener('x', () => { throw new Error('sync'); });
    t.addEventListener('x', async () => { throw new Error('async'); });
    t.addEventListener('x', { handleEvent() { throw new Error('obj'); } });
    t.addEventListener('x', {});
    t.addEventListener('x', () => log('still runs'));
    log(t.dispatchEvent(new Event('x')));
    log('caught sync', caught.length);
    await tick();
    await tick();
    process.removeListener('uncaughtException', onUncaught);
    for (const l of saved) process.on('uncaughtException', l);
    // The order between errors reported on the next tick and rejections
    // depends on the runtime's tick/microtask interleaving, not on this module.
    log(caught.sort());
  },

  async 'et null listener warning'({ EventTarget }, log) {
    const warnings = [];
    const onWarning = (w) => warnings.push(w);
    process.on('warning', onWarning);
    const t = new EventTarget();
    t.addEventListener('b', null);
    t.addEventListener('b', undefined);
    await tick();
    process.removeListener('warning', onWarning);
    for (const w of warnings) log(w.name, w.message, w.type, w.target === t);
  },

  // ---------------------------------------------------------------- Event
  'event properties'({ Event, CustomEvent }, log) {
    const e = new Event('x');
    log(e.type, e.isTrusted, e.bubbles, e.composed, e.cancelable, e.cancelBubble, e.returnValue,
        e.srcElement, e.target, e.currentTarget, e.eventPhase, e.defaultPrevented, typeof e.timeStamp);
    e.preventDefault();
    log(e.defaultPrevented);
    const c = new Event('y', { cancelable: true, bubbles: 1, composed: 'yes' });
    c.preventDefault();
    log(c.defaultPrevented, c.returnValue, c.bubbles, c.composed);
    log.try('set returnValue', () => { c.returnValue = true; });
    log(c.defaultPrevented);
    const d = new Event('z', { cancelable: true });
    d.cancelBubble = false;
    log(d.cancelBubble);
    d.cancelBubble = 1;
    log(d.cancelBubble);
    const s = new Event('s');
    s.stopPropagation();
    log(s.cancelBubble);
    log(new Event(5).type, new Event({}).type, new Event(null).type, new Event(undefined).type);
    log.try('no type', () => new Event());
    log.try('bad options', () => new Event('a', 1));
    log.try('null options', () => new Event('a', null).type);
    log.try('array options', () => new Event('a', []).type);
    log.try('string options', () => new Event('a', 'str').type);
    log.try('CustomEvent array options', () => new CustomEvent('a', []).type);
    log.try('getter bad this', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
    log.try('method bad this', () => Event.prototype.preventDefault.call({}));
    log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, Event.prototype.AT_TARGET);
    log(Object.keys(Event.prototype), Object.getOwnPropertyNames(Event));
    log(Object.keys(new Event('k')), String(new Event('k')));
    const i = new Event('a');
    i.initEvent('b', true, true);
    log(i.type, i.bubbles, i.cancelable);
    log.try('initEvent no args', () => i.initEvent());
    log(new Event('insp'), util.inspect(new Event('insp'), { depth: -1 }));
    const ce = new CustomEvent('c', { detail: { a: 1 } });
    log(ce.detail, ce instanceof Event, new CustomEvent('c').detail, String(ce), ce);
    log.try('CustomEvent no type', () => new CustomEvent());
    log.try('detail bad this', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
    log(Object.keys(CustomEvent.prototype));
  },

  // -------------------------------------------------------- AbortController
  'abort controller basics'({ AbortController, AbortSignal, EventTarget }, log) {
    const ac = new AbortController();
    const s = ac.signal;
    log(s.aborted, s.reason, ac.signal === s, s instanceof EventTarget, ac, s);
    let events = 0;
    s.onabort = (e) => { events++; log('onabort', e.type, e.isTrusted, s.aborted); };
    s.addEventListener('abort', function(e) { log('listener', this === s, e.target === s); });
    ac.abort();
    ac.abort('again');
    log(events, s.aborted, s.reason, s.reason.code, s.reason.name, s.reason instanceof Error);
    log.try('throwIfAborted', () => s.throwIfAborted());
    const ac2 = new AbortController();
    ac2.abort('custom');
    log(ac2.signal.reason);
    const ac3 = new AbortController();
    ac3.abort(undefined);
    log(ac3.signal.reason.name);
    const ac4 = new AbortController();
    ac4.abort(null);
    log(ac4.signal.reason);
    log(new AbortController().signal.throwIfAborted());
    log.try('new AbortSignal', () => new AbortSignal());
    log.try('aborted bad this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
    log.try('reason bad this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
    log.try('abort bad this', () => AbortController.prototype.abort.call({}));
    log(Object.keys(AbortController.prototype), Object.keys(AbortSignal.prototype),
        Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal));
    log(String(ac), String(s), Reflect.ownKeys(s).map(String), Reflect.ownKeys(ac).map(String));
    const h = new AbortController().signal;
    h.onabort = 5; log(h.onabort);
    h.onabort = null; log(h.onabort);
    log(util.inspect(new AbortController(), { depth: 0 }), util.inspect({ a: { b: h } }, { depth: 0 }));
  },

  'abort static'({ AbortSignal }, log) {
    const s = AbortSignal.abort();
    log(s.aborted, s.reason.name, s.reason.message, s.reason.code);
    log(AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name);
    log.try('timeout neg', () => AbortSignal.timeout(-1));
    log.try('timeout str', () => AbortSignal.timeout('1'));
    log.try('timeout float', () => AbortSignal.timeout(1.5));
    log.try('any non-array', () => AbortSignal.any(1));
    log.try('any bad elem', () => AbortSignal.any([1]));
    log.try('any bad obj', () => AbortSignal.any([{}]));
    log(AbortSignal.any([]).aborted);
    log(AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]).reason);
  },

  async 'abort timeout'({ AbortSignal }, log) {
    const s = AbortSignal.timeout(5);
    s.addEventListener('abort', (e) => log('timeout event', e.isTrusted));
    log(s.aborted);
    await new Promise((r) => setTimeout(r, 30));
    log(s.aborted, s.reason, s.reason.name, s.reason.code, s.reason.message);
  },

  'abort any'({ AbortController, AbortSignal }, log) {
    const a = new AbortController();
    const b = new AbortController();
    const any = AbortSignal.any([a.signal, b.signal]);
    const any2 = AbortSignal.any([any, b.signal]);
    a.signal.addEventListener('abort', () => log('a', any.aborted, any2.aborted));
    any.addEventListener('abort', () => log('any', any.reason, any2.aborted));
    any2.addEventListener('abort', () => log('any2', any2.reason));
    a.abort('R');
    b.abort('S');
    log(any.reason, any2.reason);
  },

  // ---------------------------------------------------------- DOMException
  'domexception'({ DOMException }, log) {
    const e = new DOMException('m', 'AbortError');
    log(e.name, e.message, e.code, e instanceof Error, String(e), Object.prototype.toString.call(e));
    log(e.stack.split('\n')[0], Reflect.ownKeys(e));
    const e2 = new DOMException('m', { name: 'TimeoutError', cause: 42 });
    log(e2.name, e2.code, e2.cause, Reflect.ownKeys(e2), Object.getOwnPropertyDescriptor(e2, 'cause'));
    const e3 = new DOMException();
    log(e3.name, e3.message, e3.code);
    log(new DOMException(null, null).name, new DOMException(null, null).message, new DOMException(5).message,
        new DOMException('x', {}).name, new DOMException('x', { cause: undefined }).cause);
    log.try('getter bad this', () => DOMException.prototype.name);
    log.try('call', () => DOMException());
    const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
      'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
      'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
      'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
      'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
      'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
      'EncodingError', 'NotReadableError', 'DataError', 'OperationError', 'NotAllowedError', 'Foo'];
    log(names.map((n) => `${n}=${new DOMException('', n).code}`).join(' '));
    log(Object.getOwnPropertyNames(DOMException), Object.getOwnPropertyNames(DOMException.prototype));
    log(Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').enumerable,
        Object.getOwnPropertyDescriptor(DOMException.prototype, 'ABORT_ERR'),
        Object.getOwnPropertyDescriptor(DOMException, 'DATA_CLONE_ERR'),
        Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag));
    log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, DOMException.length, DOMException.name);
  },

  // ------------------------------------------------------- NodeEventTarget
  'node event target'({ NodeEventTarget, Event }, log) {
    const t = new NodeEventTarget();
    function a(arg) { log('a', arg, this === t); }
    t.on('x', a);
    log(t.emit('x', 42), t.emit('y', 1), t.listenerCount('x'), t.eventNames());
    t.once('x', (arg) => log('once', arg));
    t.emit('x', 'two');
    t.emit('x', 'three');
    t.dispatchEvent(new Event('x'));
    t.off('x', a);
    log(t.listenerCount('x'), t.getMaxListeners());
    t.setMaxListeners(3);
    log(t.getMaxListeners());
    t.addListener('z', a); t.on('w', a);
    t.removeAllListeners('z');
    log(t.eventNames());
    t.removeAllListeners();
    log(t.eventNames());
    log.try('emit bad type', () => t.emit(1));
  },
};

async function main() {
  const filter = process.argv[2];
  let failures = 0;
  let ran = 0;
  for (const [name, fn] of Object.entries(scenarios)) {
    if (filter && !name.includes(filter)) continue;
    ran++;
    const logTheirs = makeLog();
    const logOurs = makeLog();
    try { await fn(theirs, logTheirs); } catch (e) { logTheirs('SCENARIO THREW', e, e.stack); }
    try { await fn(ours, logOurs); } catch (e) { logOurs('SCENARIO THREW', e, e.stack); }
    const a = logTheirs.lines;
    const b = logOurs.lines;
    let same = a.length === b.length;
    for (let i = 0; same && i < a.length; i++) same = a[i] === b[i];
    if (!same) {
      failures++;
      console.log(`MISMATCH: ${name}`);
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (a[i] !== b[i]) {
          console.log(`  node: ${a[i]}`);
          console.log(`  ours: ${b[i]}`);
        }
      }
    }
  }
  console.log(`${ran - failures} passed, ${failures} failed`);
  process.exitCode = failures ? 1 : 0;
}

main();
