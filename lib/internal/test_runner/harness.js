'use strict';

// The global root test, created by the first test()/describe(): it sets up
// the reporter (tap when stdout is not a TTY, spec when it is), catches
// uncaught errors for the running test, and reports the summary when the
// event loop is about to empty ('beforeExit'), like Node's.

const { Test, Suite, testFailure, currentTest, kCancelledByParent, callSite, parseArgs } =
  require('internal/test_runner/test');
const { TestsStream } = require('internal/test_runner/tests_stream');

let globalRoot = null;

function createHarness() {
  const harness = {
    reporter: new TestsStream(),
    counters: {
      tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0,
    },
    running: new Set(),
    afterHooksRan: false,
    summaryReported: false,
    root: null,
    countCompletedTest(test) {
      const c = this.counters;
      if (test.nesting === 0) c.topLevel++;
      if (test.reportedType === 'suite') {
        c.suites++;
        return;
      }
      if (test.skipped) c.skipped++;
      else if (test.isTodo) c.todo++;
      else if (test.cancelled) c.cancelled++;
      else if (!test.passed) c.failed++;
      else c.passed++;
      c.tests++;
    },
    // All top-level tests have been reported: the global after() hooks run.
    allTopLevelDone() {
      runRootAfterHooks(this.root);
    },
    finish(root) {
      const { reporter, counters } = this;
      if (this.summaryReported) return;
      this.summaryReported = true;
      reporter.plan(root.nesting, root.loc, counters.topLevel);
      for (const message of root.diagnostics) reporter.diagnostic(root.nesting, root.loc, message);
      reporter.diagnostic(root.nesting, root.loc, `tests ${counters.tests}`);
      reporter.diagnostic(root.nesting, root.loc, `suites ${counters.suites}`);
      reporter.diagnostic(root.nesting, root.loc, `pass ${counters.passed}`);
      reporter.diagnostic(root.nesting, root.loc, `fail ${counters.failed}`);
      reporter.diagnostic(root.nesting, root.loc, `cancelled ${counters.cancelled}`);
      reporter.diagnostic(root.nesting, root.loc, `skipped ${counters.skipped}`);
      reporter.diagnostic(root.nesting, root.loc, `todo ${counters.todo}`);
      reporter.diagnostic(root.nesting, root.loc, `duration_ms ${root.duration()}`);
      reporter.end();
      if (root.error !== null) process.exitCode = 1;
    },
  };
  return harness;
}

async function runRootAfterHooks(root) {
  const harness = root.harness;
  if (harness.afterHooksRan) return;
  harness.afterHooksRan = true;
  try {
    await root.runHooks('after', root.hooks.after, root.getContext());
  } catch (err) {
    root.fail(err);
    root.diagnostic(String(err && err.cause !== undefined ? err.cause : err));
  }
}

function chooseReporter() {
  const reporters = require('internal/test_runner/reporters');
  // A file that `eddy --test` runs reports its events to that process.
  if (process.env.EDDY_TEST_CHILD === '1') return require('internal/test_runner/runner').childReporter;
  let name = require('internal/options').flagValues('--test-reporter').pop();
  if (name === undefined) name = process.stdout && process.stdout.isTTY ? 'spec' : 'tap';
  if (typeof reporters[name] === 'function') return reporters[name];
  return reporters.tap;
}

async function pipeReporter(events) {
  const reporter = chooseReporter();
  const out = reporter(events);
  // The output lags behind the tests by a turn of the event loop, as
  // Node's reporter stream does.
  let buffered = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (buffered.length === 0) return;
    const text = buffered;
    buffered = '';
    process.stdout.write(text);
  };
  for await (const chunk of out) {
    buffered += chunk;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }
  flush();
}

function findTestForError() {
  const test = currentTest();
  if (test !== undefined && test.parent !== null) return test;
  // Without async context tracking: the most recently started test still
  // running.
  let found;
  for (const t of globalRoot.harness.running) {
    if (!t.done && t.parent !== null) found = t;
  }
  return found;
}

function errorHandler(eventName) {
  return (err) => {
    const root = globalRoot;
    const test = findTestForError();
    if (test !== undefined && !test.done) {
      test.fail(testFailure(err, eventName));
      test.abortController.abort();
      return;
    }
    let text;
    try {
      text = err instanceof Error ? String(err) : require('internal/util/inspect').inspect(err);
    } catch {
      text = '<error>';
    }
    if (test !== undefined) {
      const { file, line, column } = test.loc;
      root.diagnostic(`Error: Test "${test.name}" at ${file}:${line}:${column} generated asynchronous ` +
        `activity after the test ended. This activity created the error "${text}" and would have ` +
        `caused the test to fail, but instead triggered an ${eventName} event.`);
    } else {
      root.diagnostic('Error: A resource generated asynchronous activity after the test ended. ' +
        `This activity created the error "${text}" which triggered an ${eventName} event, ` +
        'caught by the test runner.');
    }
    root.fail(testFailure(err, eventName));
  };
}

function getGlobalRoot() {
  if (globalRoot !== null) return globalRoot;
  const harness = createHarness();
  const root = new Test({ name: '<root>', harness, isRoot: true, options: { concurrency: 1 } });
  harness.root = root;
  root.startTime = process.hrtime.bigint();
  root.started = true;
  globalRoot = root;
  const onUncaught = errorHandler('uncaughtException');
  const onRejection = errorHandler('unhandledRejection');
  const onBeforeExit = async () => {
    process.removeListener('beforeExit', onBeforeExit);
    if (!harness.afterHooksRan) {
      if (root.hooks.before.length > 0) {
        try { await root.runBeforeHooksOnce(); } catch { /* reported below */ }
      }
      await runRootAfterHooks(root);
    }
    root.postRun(testFailure('Promise resolution is still pending but the event loop has already resolved',
                             kCancelledByParent));
    process.removeListener('uncaughtException', onUncaught);
    process.removeListener('unhandledRejection', onRejection);
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onRejection);
  process.on('beforeExit', onBeforeExit);
  pipeReporter(harness.reporter).catch((err) => {
    process.nextTick(() => { throw err; });
  });
  return root;
}

const ready = Promise.resolve();

async function startSubtest(subtest) {
  await ready;
  await subtest.start();
}

function runInParentContext(Factory) {
  function run(name, options, fn, overrides) {
    const args = parseArgs(name, options, fn);
    const loc = callSite();
    const parent = currentTest() || getGlobalRoot();
    const subtest = parent.createSubtest(Factory, args.name, args.options, args.fn,
                                         { ...overrides, loc });
    if (!(parent instanceof Suite)) {
      parent.reporter.enqueue(subtest.nesting, subtest.loc, subtest.name);
      return startSubtest(subtest);
    }
    return Promise.resolve();
  }
  const test = (name, options, fn) => run(name, options, fn);
  for (const key of ['skip', 'todo', 'only']) {
    test[key] = (name, options, fn) => {
      const args = parseArgs(name, options, fn);
      return run(args.name, { ...args.options, [key]: true }, args.fn);
    };
  }
  return test;
}

function hook(type) {
  return (fn, options) => {
    const parent = currentTest() || getGlobalRoot();
    parent.hook(type, fn, options);
  };
}

module.exports = {
  getGlobalRoot,
  pipeReporter,
  runInParentContext,
  hook,
};
