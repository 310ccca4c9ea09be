// An unhandled 'error' event prints, after the stack, where it was
// emitted: "Emitted 'error' event at:" and the emit site.
// golden-stderr: ^Error: unhandled emitter error$
// golden-stderr: ^Emitted 'error' event at:$
// golden-stderr: errors-emitter-error-emitted-at\.js:11:3\)$
'use strict';
const { EventEmitter } = require('events');
const e = new EventEmitter();
const err = new Error('unhandled emitter error');
console.log('emitting');
e.emit('error', err);
