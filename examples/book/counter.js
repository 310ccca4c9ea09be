// "Deploying Node.js", chapter 1: an EventEmitter set as the prototype of a
// function constructor with util.inherits. Each increment emits the new
// count to the 'incremented' listeners.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

var Counter = function(init) {
  EventEmitter.call(this);
  this.increment = function() {
    init++;
    this.emit('incremented', init);
  };
};

util.inherits(Counter, EventEmitter);

var counter = new Counter(10);

var callback = function(count) {
  console.log(count);
};
counter.addListener('incremented', callback);

counter.increment(); // 11
counter.increment(); // 12

// Once removed, the listener hears nothing more.
counter.removeListener('incremented', callback);
counter.increment(); // (silent: the count is now 13)
console.log('listeners left:', counter.listenerCount('incremented'));
