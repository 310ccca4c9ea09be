'use strict';

// `eddy --test [paths or globs]`: finds the test files, runs each in a
// process of its own, and reports all their tests through one reporter as
// if they had run here.
//
// A file's process (EDDY_TEST_CHILD=1) writes each test event as one line
// on stdout, marked so it cannot be mistaken for the file's own output:
// the rest of its stdout becomes `test:stdout` events. The files run side
// by side (os.availableParallelism() - 1 at a time), and each file's events
// are replayed in discovery order, so the report does not depend on timing.

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { TestsStream } = require('internal/test_runner/tests_stream');

const kMarker = '\u0000eddy-test\u0000';
const kSummary = /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /;

// --- in the test file's process ------------------------------------------------

// Errors do not survive JSON: they travel as records and are rebuilt.
function encode(value, seen = new Set()) {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' || typeof value === 'symbol' ? String(value) : value;
  }
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (value instanceof Error) {
    const record = { name: value.name, message: value.message, stack: value.stack };
    for (const key of Object.keys(value)) {
      if (key !== 'cause') record[key] = encode(value[key], seen);
    }
    if ('cause' in value) record.cause = encode(value.cause, seen);
    return { $error: record };
  }
  const out = Array.isArray(value) ? [] : {};
  for (const key of Object.keys(value)) out[key] = encode(value[key], seen);
  return out;
}

async function* childReporter(source) {
  for await (const { type, data } of source) {
    // The parent counts and sums up every file's tests itself.
    if (data.nesting === 0 && (type === 'test:plan' ||
        (type === 'test:diagnostic' && kSummary.test(data.message)))) continue;
    yield `${kMarker}${JSON.stringify({ type, data: encode(data) })}\n`;
  }
}

// --- in the runner's process ---------------------------------------------------

function decode(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  if (value.$error !== undefined) {
    const { name, message, stack, ...rest } = value.$error;
    const err = new Error(message);
    Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true });
    if (name !== 'Error') {
      Object.defineProperty(err, 'name', { value: name, writable: true, configurable: true });
    }
    for (const key of Object.keys(rest)) err[key] = decode(rest[key]);
    return err;
  }
  const out = { __proto__: null };
  for (const key of Object.keys(value)) out[key] = decode(value[key]);
  return out;
}

const defaultPattern =
  /(^|\/)([^/]*\.test|[^/]*-test|[^/]*_test|test-[^/]*|test)\.(c|m)?js$|(^|\/)test\/(.*\/)?[^/]*\.(c|m)?js$/;

// Every file under `dir` (relative paths, sorted), node_modules and
// hidden directories left out, as node's discovery does.
function walk(dir, base = '') {
  const found = [];
  let entries;
  try {
    entries = fs.readdirSync(path.join(dir, base), { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = base === '' ? entry.name : `${base}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      found.push(...walk(dir, rel));
    } else if (entry.isFile()) {
      found.push(rel);
    }
  }
  return found;
}

function findTestFiles(cwd, args) {
  if (args.length === 0) return walk(cwd).filter((rel) => defaultPattern.test(rel)).sort();
  const files = new Set();
  let everything;
  for (const arg of args) {
    const stat = fs.statSync(path.resolve(cwd, arg), { throwIfNoEntry: false });
    if (stat?.isFile()) {
      files.add(arg);
      continue;
    }
    if (stat?.isDirectory()) {
      const rel = path.relative(cwd, path.resolve(cwd, arg));
      for (const file of walk(cwd, rel)) if (defaultPattern.test(file)) files.add(file);
      continue;
    }
    everything ??= walk(cwd);
    for (const file of everything) if (path.matchesGlob(file, arg)) files.add(file);
  }
  return [...files].sort();
}

// Runs one file; resolves with its events and output in arrival order.
function runFile(file, cwd) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const execArgv = process.execArgv.filter((flag) => flag !== '--test');
    const child = spawn(process.execPath, [...execArgv, file], {
      cwd,
      env: { ...process.env, EDDY_TEST_CHILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const items = [];
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.startsWith(kMarker)) {
          items.push(JSON.parse(line.slice(kMarker.length)));
        } else {
          items.push({ type: 'test:stdout', data: { message: line } });
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      for (const line of chunk.split('\n')) {
        if (line.length > 0) items.push({ type: 'test:stderr', data: { message: line } });
      }
    });
    child.on('close', (code, signal) => {
      if (pending.length > 0) items.push({ type: 'test:stdout', data: { message: pending } });
      resolve({ items, code, signal, duration: Number(process.hrtime.bigint() - started) / 1e6 });
    });
  });
}

async function runTestFiles(patterns) {
  const cwd = process.cwd();
  const files = findTestFiles(cwd, patterns);
  const stream = new TestsStream();
  const { pipeReporter } = require('internal/test_runner/harness');
  const piped = pipeReporter(stream);
  const started = process.hrtime.bigint();
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  let topLevel = 0;

  const count = (type, data) => {
    if (data.nesting === 0) data.testNumber = ++topLevel;
    if (data.details?.type === 'suite') {
      counts.suites++;
      return;
    }
    counts.tests++;
    if (data.skip !== undefined) counts.skipped++;
    else if (data.todo !== undefined) counts.todo++;
    else if (type === 'test:pass') counts.pass++;
    else if (data.details?.error?.failureType === 'cancelledByParent') counts.cancelled++;
    else counts.fail++;
  };

  // `width` workers take the files in order; the report takes the results
  // in the same order.
  const results = files.map(() => Promise.withResolvers());
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i].resolve(await runFile(files[i], cwd));
    }
  };
  const width = Math.max(1, require('os').availableParallelism() - 1);
  for (let k = 0; k < width; k++) worker();

  for (let i = 0; i < files.length; i++) {
    const { items, code, signal, duration } = await results[i].promise;
    let reportedTests = false;
    let failed = false;
    for (const { type, data } of items) {
      const event = decode(data);
      if (type === 'test:pass' || type === 'test:fail') {
        reportedTests = true;
        if (type === 'test:fail') failed = true;
        count(type, event);
      }
      stream.forward(type, event);
    }
    // A file with no tests of its own, or one that died, is itself a test.
    if (!reportedTests || (code !== 0 && !failed)) {
      const loc = { file: path.resolve(cwd, files[i]), line: 1, column: 1 };
      const details = { __proto__: null, duration_ms: duration, type: 'test' };
      const event = { __proto__: null, name: files[i], nesting: 0, details, ...loc };
      stream.start(0, loc, files[i]);
      if (code === 0) {
        count('test:pass', event);
        stream.forward('test:pass', event);
      } else {
        const error = new Error('test failed');
        error.code = 'ERR_TEST_FAILURE';
        error.failureType = 'testCodeFailure';
        error.exitCode = code;
        error.signal = signal;
        error.stack = undefined;  // the failure is the file's exit, not a place in it
        details.error = error;
        count('test:fail', event);
        stream.forward('test:fail', event);
      }
    }
  }

  stream.plan(0, null, topLevel);
  for (const [key, value] of Object.entries(counts)) stream.diagnostic(0, null, `${key} ${value}`);
  stream.diagnostic(0, null, `duration_ms ${Number(process.hrtime.bigint() - started) / 1e6}`);
  stream.end();
  await piped;
  if (counts.fail > 0 || counts.cancelled > 0) process.exitCode = 1;
}

module.exports = { childReporter, runTestFiles, findTestFiles };
