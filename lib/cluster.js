'use strict';

// node:cluster is a later issue (eddy serve). This process is the primary;
// forking workers throws ERR_NOT_IMPLEMENTED.
const EventEmitter = require('events');
const { addMissing } = require('internal/not_implemented');

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = 2;
addMissing(cluster, 'cluster', ['fork', 'setupPrimary', 'setupMaster', 'disconnect'], ['Worker']);

module.exports = cluster;
