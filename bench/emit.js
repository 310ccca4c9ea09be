'use strict';
// EventEmitter#emit throughput with one listener and with three.
const EventEmitter = require('events');
const { benchSync } = require('./harness');
const N = 200000;

function make(listeners) {
  const ee = new EventEmitter();
  const state = { sum: 0 };
  for (let i = 0; i < listeners; i++) ee.on('ev', (x) => { state.sum += x; });
  return (n) => {
    state.sum = 0;
    for (let i = 0; i < n; i++) ee.emit('ev', 1);
    if (state.sum !== n * listeners) {
      throw new Error(`listeners ran ${state.sum} times, want ${n * listeners}`);
    }
  };
}

benchSync('emit-1-listener', N, make(1));
benchSync('emit-3-listeners', N, make(3));
