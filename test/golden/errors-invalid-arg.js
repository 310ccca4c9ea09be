// Bad input to core APIs throws errors with Node's codes and messages.
'use strict';
const fs = require('fs');
const path = require('path');
const { EventEmitter } = require('events');

function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
}
show(() => fs.readFileSync(42.5));
show(() => fs.readFileSync({}));
show(() => path.join('a', null));
show(() => path.basename(1));
show(() => Buffer.from(5));
show(() => Buffer.alloc(-1));
show(() => Buffer.alloc(2).write('x', 5));
show(() => new EventEmitter().on('x', 'not a function'));
show(() => setTimeout('code'));
show(() => process.nextTick(null));
show(() => new URL('not a url'));
show(() => Buffer.from('x').toString('nope'));
show(() => require('util').promisify(1));
show(() => fs.mkdtempSync(undefined));
show(() => new EventEmitter().setMaxListeners(-1));
show(() => fs.readFile('x'));
show(() => process.chdir(1));
