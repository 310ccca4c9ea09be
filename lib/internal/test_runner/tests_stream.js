'use strict';

// The events a test run reports ({ type, data }), as an async iterable for
// reporters and as EventEmitter events ('test:pass', ...).

const EventEmitter = require('events');

class TestsStream extends EventEmitter {
  #queue = [];
  #waiting = null;
  #ended = false;

  #push(type, data) {
    if (this.#ended) return;
    const event = { __proto__: null, type, data };
    this.emit(type, data);
    if (this.#waiting !== null) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: event, done: false });
    } else {
      this.#queue.push(event);
    }
  }

  #loc(data, loc) {
    if (loc !== undefined && loc !== null) {
      if (loc.file !== undefined) data.file = loc.file;
      if (loc.line !== undefined) data.line = loc.line;
      if (loc.column !== undefined) data.column = loc.column;
    }
    return data;
  }

  fail(nesting, loc, testNumber, name, details, directive) {
    this.#push('test:fail', this.#loc({ __proto__: null, name, nesting, testNumber, details, ...directive }, loc));
  }

  ok(nesting, loc, testNumber, name, details, directive) {
    this.#push('test:pass', this.#loc({ __proto__: null, name, nesting, testNumber, details, ...directive }, loc));
  }

  complete(nesting, loc, testNumber, name, details, directive) {
    this.#push('test:complete', this.#loc({ __proto__: null, name, nesting, testNumber, details, ...directive }, loc));
  }

  plan(nesting, loc, count) {
    this.#push('test:plan', this.#loc({ __proto__: null, nesting, count }, loc));
  }

  start(nesting, loc, name) {
    this.#push('test:start', this.#loc({ __proto__: null, nesting, name }, loc));
  }

  enqueue(nesting, loc, name) {
    this.#push('test:enqueue', this.#loc({ __proto__: null, nesting, name }, loc));
  }

  dequeue(nesting, loc, name) {
    this.#push('test:dequeue', this.#loc({ __proto__: null, nesting, name }, loc));
  }

  diagnostic(nesting, loc, message) {
    this.#push('test:diagnostic', this.#loc({ __proto__: null, nesting, message }, loc));
  }

  // Output a test file printed outside any test (eddy --test).
  stdout(message) {
    this.#push('test:stdout', { __proto__: null, message });
  }

  // An event a test file's own process reported (eddy --test), as it came.
  forward(type, data) {
    this.#push(type, data);
  }

  end() {
    if (this.#ended) return;
    this.#ended = true;
    if (this.#waiting !== null) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.emit('end');
  }

  [Symbol.asyncIterator]() {
    return {
      next: () => {
        if (this.#queue.length > 0) {
          return Promise.resolve({ value: this.#queue.shift(), done: false });
        }
        if (this.#ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { this.#waiting = resolve; });
      },
      return: () => Promise.resolve({ value: undefined, done: true }),
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

module.exports = { TestsStream };
