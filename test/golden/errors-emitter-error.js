// Emitting 'error' with no listener throws the error itself; a non-Error
// argument becomes ERR_UNHANDLED_ERROR.
// golden-stderr: ^Error: unhandled emitter error$
'use strict';
const { EventEmitter } = require('events');
const e = new EventEmitter();
try {
  e.emit('error', 'plain string');
} catch (err) {
  console.log(`${err.name} [${err.code}]: ${err.message}`);
}
try {
  e.emit('error', { some: 'object' });
} catch (err) {
  console.log(`${err.name} [${err.code}]: ${err.message}`);
}
e.once('error', (err) => console.log('listener got ' + err.message));
e.emit('error', new Error('handled'));
console.log('listeners now ' + e.listenerCount('error'));
e.emit('error', new Error('unhandled emitter error'));
