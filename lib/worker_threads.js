'use strict';

// node:worker_threads: eddy runs one JavaScript thread so far. The facts
// about this thread are true; creating a worker or a channel throws
// ERR_NOT_IMPLEMENTED.
const { addMissing } = require('internal/not_implemented');

module.exports = addMissing({
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  threadId: 0,
  workerData: null,
}, 'worker_threads',
['getEnvironmentData', 'setEnvironmentData', 'markAsUntransferable', 'isMarkedAsUntransferable',
 'moveMessagePortToContext', 'receiveMessageOnPort'],
['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel']);
