// Welcome to eddy: a Node.js-compatible runtime. This program walks through
// the ideas of chapter 1 of "Deploying Node.js": events, the event loop,
// parallel file reads and streams. Its output is the same on every run.
'use strict';
const EventEmitter = require('events').EventEmitter;
const util = require('util');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');

console.log('Welcome! Chapter 1 of "Deploying Node.js", running live.\n');

// 1. An EventEmitter counter: util.inherits puts EventEmitter on the
//    prototype chain, so each counter can emit and be listened to.
function Counter(init) {
  EventEmitter.call(this);
  this.increment = function() {
    this.emit('incremented', ++init);
  };
}
util.inherits(Counter, EventEmitter);

const counter = new Counter(10);
counter.on('incremented', (count) => console.log('[events] count is', count));
counter.increment();
counter.increment();

// 2. The event loop: synchronous code runs to the end first, then the
//    nextTick queue, then promise jobs, then timers and immediates.
//    (From the main module setTimeout(0) vs setImmediate is a race, so the
//    timer and the immediate are scheduled from an I/O callback, where the
//    immediate always comes first.)
const order = [];
fs.stat(__filename, () => {
  setTimeout(() => order.push('setTimeout'), 0);
  setImmediate(() => {
    order.push('setImmediate');
    setTimeout(() => {
      console.log('[loop] ' + order.join(' -> '));
      readThreeFiles();
    }, 0);
  });
});
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('nextTick'));
order.push('sync code');

// 3. Three files read in parallel: the callbacks come back in any order,
//    so the results are collected and printed sorted.
function readThreeFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-welcome-'));
  const names = ['a.txt', 'b.txt', 'c.txt'];
  for (const name of names) {
    fs.writeFileSync(path.join(dir, name), `contents of ${name}`);
  }
  const results = [];
  for (const name of names) {
    fs.readFile(path.join(dir, name), 'utf8', (err, text) => {
      if (err) throw err;
      results.push(text);
      if (results.length < names.length) return;
      for (const line of results.sort()) console.log('[fs] ' + line);
      fs.rmSync(dir, { recursive: true });  // leave nothing behind
      streamNumbers();
    });
  }
}

// 4. A Readable stream: the book's Reader pushes the numbers 1 to 10 and
//    then null to end the stream; each chunk is one 'data' event.
function Reader() {
  Readable.call(this, { encoding: 'utf8' });
  this.counter = 0;
}
util.inherits(Reader, Readable);
Reader.prototype._read = function() {
  if (++this.counter > 10) return this.push(null);
  this.push(String(this.counter));
};

function streamNumbers() {
  const seen = [];
  new Reader()
    .on('data', (chunk) => seen.push(chunk))
    .on('end', () => {
      console.log('[stream] ' + seen.join(' '));
      console.log('\nDone: nothing blocked, and the loop ran dry, so we exit.');
    });
}
