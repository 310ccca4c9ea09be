'use strict';

// node:test's tests and suites. A Test runs its function, then its hooks,
// then reports; results are reported in creation order: a finished test
// waits until every earlier sibling has been reported (readySubtests and
// waitingOn), so that the output of concurrent tests never interleaves.
//
// Each test has a `childNumber` (1-based position among its siblings).
// `parent.waitingOn` is the childNumber whose report comes next.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal, validateNumber, validateUint32, validateFunction,
} = require('internal/validators');

const kTestCodeFailure = 'testCodeFailure';
const kHookFailure = 'hookFailed';
const kCancelledByParent = 'cancelledByParent';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kSubtestsFailed = 'subtestsFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kAborted = 'testAborted';
const kUnwrapErrors = new Set([kTestCodeFailure, kHookFailure, 'uncaughtException', 'unhandledRejection']);

const TIMEOUT_MAX = 2 ** 31 - 1;
const noop = () => {};

// ERR_TEST_FAILURE: wraps what a test threw (`cause`) with the reason the
// test failed (`failureType`). Its own stack carries no frames: reporters
// show the stack of the cause.
function testFailure(error, failureType, message) {
  if (message === undefined) {
    message = error;
    if (error !== null && (typeof error === 'object' || typeof error === 'function') &&
        error.message !== undefined) {
      message = error.message;
    }
  }
  const err = new Error(String(message));
  // Like Node's, the stack keeps only the frames of user code.
  let frames = '';
  const stack = err.stack;
  if (typeof stack === 'string') {
    for (const line of stack.split('\n')) {
      if (/^ {4}at /.test(line) && !/\(node:|^ {4}at node:/.test(line)) frames += `\n${line}`;
    }
  }
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    value: `Error [ERR_TEST_FAILURE]: ${err.message}${frames}`,
    writable: true, configurable: true, enumerable: false,
  });
  err.code = 'ERR_TEST_FAILURE';
  err.failureType = failureType;
  err.cause = error;
  Object.defineProperty(err, 'toString', {
    __proto__: null,
    value() { return `Error [ERR_TEST_FAILURE]: ${this.message}`; },
    writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function isTestFailure(err) {
  return err !== null && typeof err === 'object' && err.code === 'ERR_TEST_FAILURE' &&
    typeof err.failureType === 'string';
}

function isPromiseLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') &&
    typeof value.then === 'function';
}

function now() {
  return process.hrtime.bigint();
}

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

// --- which test is current ---------------------------------------------------
// Tests created by test()/describe()/it() become subtests of the test whose
// function is running. The synchronous part is tracked here; if the
// engine's AsyncLocalStorage propagates, it covers asynchronous code too.

let als;
function lazyAls() {
  if (als === undefined) {
    try {
      const { AsyncLocalStorage } = require('async_hooks');
      als = new AsyncLocalStorage();
    } catch {
      als = null;
    }
  }
  return als;
}
const syncStack = [];

function runInTest(test, fn, thisArg, args) {
  syncStack.push(test);
  try {
    const storage = lazyAls();
    if (storage !== null) return storage.run(test, () => Reflect.apply(fn, thisArg, args));
    return Reflect.apply(fn, thisArg, args);
  } finally {
    syncStack.pop();
  }
}

function currentTest() {
  if (syncStack.length > 0) return syncStack[syncStack.length - 1];
  const storage = lazyAls();
  if (storage !== null) {
    const store = storage.getStore();
    if (store !== undefined) return store;
  }
  return undefined;
}

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options === null || typeof options !== 'object') options = {};
  if (typeof name !== 'string') {
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  }
  if (fn !== undefined && typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
  }
  return { name, options, fn };
}

// --- contexts ------------------------------------------------------------------

let assertMethods;
function lazyAssertMethods() {
  if (assertMethods === undefined) {
    const assert = require('assert');
    assertMethods = Object.keys(assert).filter((k) =>
      typeof assert[k] === 'function' && k !== 'AssertionError' && k !== 'CallTracker' &&
      k !== 'strict' && k[0] === k[0].toLowerCase());
    assertMethods = assertMethods.map((k) => [k, assert[k]]);
  }
  return assertMethods;
}

class TestContext {
  #test;
  #assert;
  constructor(test) { this.#test = test; }
  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return getFullName(this.#test); }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  diagnostic(message) { this.#test.diagnostic(message); }
  plan(count) {
    if (this.#test.plan !== null) {
      throw testFailure('cannot set plan more than once', kTestCodeFailure);
    }
    validateUint32(count, 'count', false);
    this.#test.plan = { expected: count, actual: 0 };
  }
  get assert() {
    if (this.#assert === undefined) {
      const test = this.#test;
      const obj = { __proto__: null };
      for (const [name, method] of lazyAssertMethods()) {
        obj[name] = function(...args) {
          if (test.plan !== null) test.plan.actual++;
          return Reflect.apply(method, this, args);
        };
      }
      this.#assert = obj;
    }
    return this.#assert;
  }
  get mock() {
    const test = this.#test;
    if (test.mock === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      test.mock = new MockTracker();
    }
    return test.mock;
  }
  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
    this.#test.diagnostic("'only' and 'runOnly' require the --test-only command-line option.");
  }
  skip(message) {
    this.#test.skipped = true;
    this.#test.skipMessage = message;
  }
  todo(message) {
    this.#test.isTodo = true;
    this.#test.todoMessage = message;
  }
  test(name, options, fn) {
    const parent = this.#test;
    const args = parseArgs(name, options, fn);
    const subtest = parent.createSubtest(Test, args.name, args.options, args.fn);
    if (parent.plan !== null) parent.plan.actual++;
    return subtest.start();
  }
  before(fn, options) { this.#test.hook('before', fn, options); }
  after(fn, options) { this.#test.hook('after', fn, options); }
  beforeEach(fn, options) { this.#test.hook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.hook('afterEach', fn, options); }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return getFullName(this.#suite); }
}

function getFullName(test) {
  let name = test.name;
  for (let p = test.parent; p !== null && p.parent !== null; p = p.parent) {
    name = `${p.name} > ${name}`;
  }
  return name;
}

// --- options -----------------------------------------------------------------

function parseConcurrency(concurrency, parent) {
  if (concurrency === undefined) return parent === null ? 1 : parent.concurrency;
  if (typeof concurrency === 'number') {
    validateUint32(concurrency, 'options.concurrency', true);
    return concurrency;
  }
  if (typeof concurrency === 'boolean') return concurrency ? Infinity : 1;
  throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
}

function parseTimeout(timeout, parent) {
  if (timeout === undefined) return parent === null ? Infinity : parent.timeout;
  validateNumber(timeout, 'options.timeout', 0, Infinity);
  return timeout;
}

// The engine places a call at its '('; Node (V8) at the callee's name:
// `test(` at `test`, `t.test(` at the second `test`. Reads the source line
// to move back over the name.
let sourceLines;
function calleeColumn(loc) {
  try {
    if (sourceLines === undefined) sourceLines = new Map();
    let lines = sourceLines.get(loc.file);
    if (lines === undefined) {
      lines = require('fs').readFileSync(loc.file, 'utf8').split(/\r?\n/);
      sourceLines.set(loc.file, lines);
    }
    const text = lines[loc.line - 1];
    let i = loc.column - 1;
    if (text === undefined || text[i] !== '(') return loc.column;
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    let j = i;
    while (j > 0 && /[\w$]/.test(text[j - 1])) j--;
    return j < i ? j + 1 : loc.column;
  } catch {
    return loc.column;
  }
}

// Where test() was called: the first stack frame outside eddy's lib/.
function callSite() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return {};
  for (const line of stack.split('\n')) {
    const m = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (m === null) continue;
    if (m[1].startsWith('node:')) continue;
    const loc = { file: m[1], line: Number(m[2]), column: Number(m[3]) };
    loc.column = calleeColumn(loc);
    return loc;
  }
  return {};
}

// --- Test ----------------------------------------------------------------------

class Test {
  constructor({ name, fn, parent = null, options = {}, harness, loc, isRoot = false }) {
    if (options === null || typeof options !== 'object') options = {};
    const {
      concurrency, timeout, only, skip, todo, signal, plan,
    } = options;
    this.name = name;
    this.fn = fn === undefined ? noop : fn;
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.harness = harness;
    this.reporter = harness.reporter;
    this.loc = loc || {};
    // Top-level tests share the root's nesting level.
    this.nesting = parent === null ? 0 : (parent.parent === null ? parent.nesting : parent.nesting + 1);
    this.concurrency = parseConcurrency(concurrency, parent);
    this.timeout = parseTimeout(timeout, parent);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (plan !== undefined && plan !== null) validateUint32(plan, 'options.plan', false);
    this.outerSignal = signal;
    this.only = !!only;
    this.skipped = skip !== undefined && skip !== false;
    this.skipMessage = skip;
    this.isTodo = todo !== undefined && todo !== false;
    this.todoMessage = todo;
    this.plan = typeof plan === 'number' ? { expected: plan, actual: 0 } : null;
    this.reportedType = 'test';
    this.subtests = [];
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.waitingOn = 1;
    this.activeSubtests = 0;
    this.childNumber = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.error = null;
    this.passed = false;
    this.cancelled = false;
    this.startTime = null;
    this.endTime = null;
    this.active = false;      // counted in parent.activeSubtests
    this.started = false;
    this.done = false;        // postRun() ran
    this.finished = false;    // reported
    this.reportedStart = false;
    this.mock = null;
    this.beforeHooksPromise = null;
    this.completion = deferred();
    this.abortController = new AbortController();
    this.signal = this.abortController.signal;
    this.isRoot = isRoot;
    if (this.outerSignal !== undefined) {
      this.abortHandler = () => {
        const reason = this.outerSignal.reason;
        const error = reason instanceof Error ? reason : new AbortError('The test was aborted');
        this.cancel(testFailure(error, kAborted));
      };
      if (this.outerSignal.aborted) {
        this.pendingAbort = true;
      } else {
        this.outerSignal.addEventListener('abort', this.abortHandler, { once: true });
      }
    }
    if (this.only && parent !== null) {
      this.diagnostic("'only' and 'runOnly' require the --test-only command-line option.");
    }
  }

  diagnostic(message) {
    this.diagnostics.push(message);
  }

  hook(name, fn, options) {
    validateFunction(fn, 'fn');
    const hook = new TestHook(fn, options, this, name);
    this.hooks[name].push(hook);
    return hook;
  }

  createSubtest(Factory, name, options, fn, overrides) {
    const loc = overrides && overrides.loc ? overrides.loc : callSite();
    const test = new Factory({
      __proto__: null, name, fn, parent: this, options, harness: this.harness, loc,
      ...overrides,
    });
    this.subtests.push(test);
    test.childNumber = this.subtests.length;
    if (this.done) {
      test.fail(testFailure('test could not be started because its parent finished',
                            kParentAlreadyFinished));
    }
    return test;
  }

  // Runs now when the parent has room (concurrency), otherwise later; the
  // promise settles when the test has finished.
  start() {
    if (this.started) return this.completion.promise;
    const parent = this.parent;
    if (this.done || (parent !== null && parent.done)) {
      this.started = true;
      this.postRun();
      return this.completion.promise;
    }
    if (parent !== null && parent.activeSubtests >= parent.concurrency) {
      parent.pendingSubtests.push(this);
      return this.completion.promise;
    }
    this.started = true;
    if (parent !== null) {
      parent.activeSubtests++;
      this.active = true;
    }
    this.reporter.dequeue(this.nesting, this.loc, this.name);
    this.run();
    return this.completion.promise;
  }

  processPendingSubtests() {
    while (this.pendingSubtests.length > 0 && this.activeSubtests < this.concurrency) {
      const test = this.pendingSubtests.shift();
      test.start();
    }
  }

  fail(err) {
    if (this.error !== null) return;
    this.endTime = now();
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.error !== null) return;
    this.endTime = now();
    this.passed = true;
  }

  cancel(error) {
    if (this.done) return;
    this.fail(error ||
      testFailure('test did not finish before its parent and was cancelled', kCancelledByParent));
    this.cancelled = true;
    this.abortController.abort();
  }

  // A promise rejected when the test times out or is aborted.
  createStopPromise() {
    const { promise, reject } = deferred();
    promise.catch(noop);
    let timer;
    if (this.timeout !== Infinity) {
      timer = setTimeout(() => {
        this.cancel(testFailure(`test timed out after ${this.timeout}ms`, kTestTimeoutFailure));
      }, Math.min(this.timeout, TIMEOUT_MAX));
      if (typeof timer.unref === 'function') timer.unref();
    }
    const onAbort = () => reject(this.error || new AbortError());
    if (this.signal.aborted) onAbort();
    else this.signal.addEventListener('abort', onAbort, { once: true });
    return {
      promise,
      dispose: () => {
        if (timer !== undefined) clearTimeout(timer);
        this.signal.removeEventListener('abort', onAbort);
      },
    };
  }

  // Runs `fn` (a test or hook function), with `done` when it takes one
  // more argument than `args`. Returns undefined when it completed
  // synchronously, else a promise; throws what a synchronous fn threw.
  runFunction(fn, thisArg, args, stop) {
    if (fn.length > args.length) {
      const { promise, resolve, reject } = deferred();
      let calls = 0;
      const done = (err) => {
        calls++;
        if (calls > 1) {
          this.fail(testFailure('callback invoked multiple times', kMultipleCallbackInvocations));
          return;
        }
        if (err) reject(err); else resolve();
      };
      const ret = runInTest(this, fn, thisArg, [...args, done]);
      if (isPromiseLike(ret)) {
        ret.then(noop, noop);
        throw testFailure('passed a callback but also returned a Promise', kCallbackAndPromisePresent);
      }
      return Promise.race([promise, stop.promise]);
    }
    const ret = runInTest(this, fn, thisArg, args);
    if (isPromiseLike(ret)) return Promise.race([ret, stop.promise]);
    return undefined;
  }

  // Runs the `before` hooks of this test once, before its first subtest.
  runBeforeHooksOnce() {
    if (this.beforeHooksPromise === null) {
      this.beforeHooksPromise = this.runHooks('before', this.hooks.before, this.getContext());
      this.beforeHooksPromise.catch(noop);
    }
    return this.beforeHooksPromise;
  }

  async runHooks(type, hooks, ctx) {
    for (let i = 0; i < hooks.length; i++) {
      await hooks[i].runHook(ctx);
    }
  }

  beforeEachHooks() {
    const chain = [];
    for (let p = this.parent; p !== null; p = p.parent) chain.unshift(p);
    const hooks = [];
    for (const p of chain) hooks.push(...p.hooks.beforeEach);
    return hooks;
  }

  afterEachHooks() {
    const hooks = [];
    for (let p = this.parent; p !== null; p = p.parent) hooks.push(...p.hooks.afterEach);
    return hooks;
  }

  getContext() {
    if (this.context === undefined) this.context = new TestContext(this);
    return this.context;
  }

  async run() {
    this.startTime = now();
    this.harness.running.add(this);
    if (this.pendingAbort) this.abortHandler();
    if (this.error !== null) {
      this.postRun();
      return;
    }
    if (this.skipped) {
      this.pass();
      this.postRun();
      return;
    }
    const ctx = this.getContext();
    const stop = this.createStopPromise();
    let hooksFailed = false;
    try {
      if (this.parent !== null && this.parent.hooks.before.length > 0) {
        await this.parent.runBeforeHooksOnce();
      }
      const beforeEach = this.beforeEachHooks();
      if (beforeEach.length > 0) await this.runHooks('beforeEach', beforeEach, ctx);
    } catch (err) {
      hooksFailed = true;
      this.fail(isTestFailure(err) ? err : testFailure(err, kHookFailure));
    }
    if (!hooksFailed && this.error === null) {
      try {
        const pending = this.runFunction(this.fn, ctx, [ctx], stop);
        if (pending !== undefined) await pending;
        if (this.plan !== null && this.plan.expected !== this.plan.actual) {
          throw testFailure(`plan expected ${this.plan.expected} assertions but received ${this.plan.actual}`,
                            kTestCodeFailure);
        }
        this.pass();
      } catch (err) {
        this.fail(isTestFailure(err) ? err : testFailure(err, kTestCodeFailure));
      }
    }
    stop.dispose();
    if (this.done) return;
    if (!this.skipped) {
      const afterEach = this.afterEachHooks();
      if (afterEach.length > 0) {
        try {
          await this.runHooks('afterEach', afterEach, ctx);
        } catch (err) {
          this.fail(isTestFailure(err) ? err : testFailure(err, kHookFailure));
        }
      }
    }
    if (this.hooks.after.length > 0) {
      try {
        await this.runHooks('after', this.hooks.after, ctx);
      } catch (err) {
        this.fail(isTestFailure(err) ? err : testFailure(err, kHookFailure));
      }
    }
    this.postRun();
  }

  postRun(pendingSubtestsError) {
    if (this.done) return;
    this.done = true;
    if (this.endTime === null || (this.startTime !== null && this.endTime < this.startTime)) {
      this.endTime = now();
    }
    if (this.startTime === null) this.startTime = this.endTime;
    this.harness.running.delete(this);
    const pending = this.pendingSubtests;
    this.pendingSubtests = [];
    let failed = 0;
    for (const subtest of this.subtests) {
      if (!subtest.done) {
        if (pending.includes(subtest)) subtest.started = true;
        subtest.cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      this.fail(testFailure(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed));
    }
    if (this.outerSignal !== undefined) this.outerSignal.removeEventListener('abort', this.abortHandler);
    if (this.mock !== null) this.mock.reset();
    if (this.parent !== null) {
      if (this.active) {
        this.parent.activeSubtests--;
        this.active = false;
      }
      this.reporter.complete(this.nesting, this.loc, this.childNumber, this.name,
                             this.reportDetails(), this.directive());
      this.parent.readySubtests.set(this.childNumber, this);
      this.parent.processReadySubtestRange(false);
      this.parent.processPendingSubtests();
    } else {
      this.harness.finish(this);
    }
    this.completion.resolve();
  }

  isClearToSend() {
    return this.parent === null ||
      (this.parent.waitingOn === this.childNumber && this.parent.isClearToSend());
  }

  processReadySubtestRange(canSend) {
    for (;;) {
      const i = this.waitingOn;
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend = canSend || this.isClearToSend();
      if (!canSend) return;
      if (i === 1 && this.parent !== null) this.reportStarted();
      this.readySubtests.delete(i);
      subtest.finalize();
    }
  }

  finalize() {
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
    if (this.parent === this.root && this.root.waitingOn > this.root.subtests.length) {
      this.harness.allTopLevelDone();
    }
  }

  reportStarted() {
    if (this.reportedStart || this.parent === null) return;
    this.reportedStart = true;
    this.parent.reportStarted();
    this.reporter.start(this.nesting, this.loc, this.name);
  }

  duration() {
    return Number(this.endTime - this.startTime) / 1e6;
  }

  reportDetails() {
    const details = { __proto__: null, duration_ms: this.duration() };
    details.type = this.reportedType;
    if (!this.passed) details.error = this.error;
    return details;
  }

  directive() {
    if (this.skipped) return { skip: typeof this.skipMessage === 'string' ? this.skipMessage : true };
    if (this.isTodo) return { todo: typeof this.todoMessage === 'string' ? this.todoMessage : true };
    return {};
  }

  report() {
    this.harness.countCompletedTest(this);
    if (this.subtests.length > 0) {
      this.reporter.plan(this.subtests[0].nesting, this.loc, this.subtests.length);
    } else {
      this.reportStarted();
    }
    const details = this.reportDetails();
    const directive = this.directive();
    if (this.passed) {
      this.reporter.ok(this.nesting, this.loc, this.childNumber, this.name, details, directive);
    } else {
      this.reporter.fail(this.nesting, this.loc, this.childNumber, this.name, details, directive);
    }
    for (const message of this.diagnostics) {
      this.reporter.diagnostic(this.nesting, this.loc, message);
    }
  }
}

// --- hooks -------------------------------------------------------------------

class TestHook {
  constructor(fn, options, owner, type) {
    if (options === null || typeof options !== 'object') options = {};
    const { timeout, signal } = options;
    if (timeout !== undefined) validateNumber(timeout, 'options.timeout', 0, Infinity);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.fn = fn;
    this.owner = owner;
    this.type = type;
    this.timeout = timeout === undefined ? Infinity : timeout;
    this.signal = signal;
  }

  // Runs the hook for the test or suite whose context is `ctx`.
  async runHook(ctx) {
    const owner = this.owner;
    const { promise, reject } = deferred();
    promise.catch(noop);
    let timer;
    if (this.timeout !== Infinity) {
      timer = setTimeout(() => {
        reject(testFailure(`hook timed out after ${this.timeout}ms`, kTestTimeoutFailure));
      }, Math.min(this.timeout, TIMEOUT_MAX));
      if (typeof timer.unref === 'function') timer.unref();
    }
    const onAbort = () => reject(testFailure(new AbortError('The hook was aborted'), kAborted));
    if (this.signal !== undefined) {
      if (this.signal.aborted) onAbort();
      else this.signal.addEventListener('abort', onAbort, { once: true });
    }
    try {
      const pending = owner.runFunction(this.fn, ctx, [ctx], { promise });
      if (pending !== undefined) await pending;
    } catch (err) {
      throw isTestFailure(err) ? err : testFailure(err, kHookFailure, `failed running ${this.type} hook`);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      if (this.signal !== undefined) this.signal.removeEventListener('abort', onAbort);
    }
  }
}

// --- Suite ---------------------------------------------------------------------

class Suite extends Test {
  constructor(options) {
    super(options);
    this.reportedType = 'suite';
    this.buildSuite = Promise.resolve();
    if (!this.skipped && this.error === null) {
      const ctx = new SuiteContext(this);
      this.context = ctx;
      try {
        const ret = runInTest(this, this.fn, ctx, [ctx]);
        if (isPromiseLike(ret)) {
          this.buildSuite = Promise.resolve(ret).then(noop, (err) => {
            this.fail(testFailure(err, kTestCodeFailure));
          });
        }
      } catch (err) {
        this.fail(testFailure(err, kTestCodeFailure));
      }
    }
    this.fn = noop;
  }

  getContext() { return this.context || (this.context = new SuiteContext(this)); }

  async run() {
    this.startTime = now();
    this.harness.running.add(this);
    if (this.pendingAbort) this.abortHandler();
    await this.buildSuite;
    if (this.skipped) {
      this.pass();
      this.postRun();
      return;
    }
    const stop = this.createStopPromise();
    const ctx = this.getContext();
    try {
      if (this.error === null) {
        if (this.parent !== null && this.parent.hooks.before.length > 0 && !(this.parent instanceof Suite)) {
          await this.parent.runBeforeHooksOnce();
        }
        try {
          await this.runBeforeHooksOnce();
        } catch (err) {
          this.fail(isTestFailure(err) ? err : testFailure(err, kHookFailure));
        }
      }
      if (this.error === null) {
        await Promise.race([Promise.all(this.subtests.map((t) => t.start())), stop.promise]);
      }
      this.pass();
    } catch (err) {
      this.fail(isTestFailure(err) ? err : testFailure(err, kTestCodeFailure));
    }
    stop.dispose();
    if (this.done) return;
    try {
      await this.runHooks('after', this.hooks.after, ctx);
    } catch (err) {
      this.fail(isTestFailure(err) ? err : testFailure(err, kHookFailure));
    }
    this.postRun();
  }
}

module.exports = {
  Test, Suite, TestHook, TestContext, SuiteContext,
  testFailure, isTestFailure, kUnwrapErrors, kCancelledByParent, kTestCodeFailure,
  currentTest, runInTest, callSite, noop, parseArgs,
  ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
};
