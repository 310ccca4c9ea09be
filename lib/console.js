'use strict';

// node:console: the global console instance (writing to process.stdout and
// process.stderr, read on first use) with the Console class attached.

const { Console, createGlobalConsole } = require('internal/console/constructor');
const { notImplemented } = require('internal/errors');

const globalConsole = createGlobalConsole();

globalConsole.Console = Console;

// Inspector-only methods: without an inspector session Node prints nothing.
globalConsole.profile = function profile() {};
globalConsole.profileEnd = function profileEnd() {};
globalConsole.timeStamp = function timeStamp() {};
globalConsole.context = function context() {
  throw notImplemented('console.context');
};
globalConsole.createTask = function createTask() {
  throw notImplemented('console.createTask');
};

module.exports = globalConsole;
