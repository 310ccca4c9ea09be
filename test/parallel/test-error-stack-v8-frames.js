'use strict';
// Which frames a stack starts at, as V8 decides: Error.captureStackTrace
// cuts at its function argument by identity, and an Error subclass's
// constructors are not in the stack of what it constructs.
const assert = require('assert');

const firstFrame = (stack) => stack.split('\n')[1];

function outer() { return middle(); }
function middle() { return inner(); }
function inner() {
  const o = {};
  Error.captureStackTrace(o, middle);
  return o;
}
const captured = outer();
assert.match(captured.stack, /^Error\n {4}at outer \(/);

// One function under two names: the frame cut is the function's own.
const original = function() {
  const o = {};
  Error.captureStackTrace(o, alias);
  return o;
};
const alias = original;
const other = original;
function callsOther() { return other(); }
assert.match(firstFrame(callsOther().stack), /^ {4}at callsOther \(/);

// A function that is not on the stack: no frames at all.
const none = {};
Error.captureStackTrace(none, function notCalled() {});
assert.strictEqual(none.stack, 'Error');

// The header is the target's own name and message.
const named = new Error('message');
named.name = 'Custom';
Error.captureStackTrace(named);
assert.match(named.stack, /^Custom: message\n {4}at /);
assert.strictEqual(Object.getOwnPropertyDescriptor(named, 'stack').enumerable, false);

// stackTraceLimit and prepareStackTrace apply to captured stacks too.
Error.stackTraceLimit = 1;
assert.strictEqual(outer().stack.split('\n').length, 2);
Error.stackTraceLimit = 10;
Error.prepareStackTrace = (err, sites) => sites.map((s) => s.getFunctionName()).join(',');
assert.match(outer().stack, /^outer,/);
Error.prepareStackTrace = undefined;

// Subclasses: the first frame is the function that said `new`.
class Base extends Error {
  constructor(message) {
    super(message);
    this.name = 'Base';
  }
}
class Derived extends Base {}
function throwsDerived() { throw new Derived('boom'); }
try {
  throwsDerived();
  assert.fail('no throw');
} catch (err) {
  assert.match(err.stack, /^Base: boom\n {4}at throwsDerived \(/);
}
function makesBase() { return new Base('x'); }
assert.match(firstFrame(makesBase().stack), /^ {4}at makesBase \(/);

// new.target given by hand, as old-style subclasses do.
function OldStyle(message) { return Reflect.construct(Error, [message], OldStyle); }
OldStyle.prototype = Object.create(Error.prototype, {
  constructor: { value: OldStyle, writable: true, configurable: true },
});
function makesOldStyle() { return new OldStyle('y'); }
assert.match(firstFrame(makesOldStyle().stack), /^ {4}at makesOldStyle \(/);

// A plain Error keeps the frame of the function that made it.
function makesError() { return new Error('z'); }
assert.match(firstFrame(makesError().stack), /^ {4}at makesError \(/);
