'use strict';

// node:stream/promises: the promise-returning pipeline() and finished().

const { pipelineImpl } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/end-of-stream');
const { isIterable, isNodeStream, isWebStream } = require('internal/streams/utils');

// A trailing argument that is neither a stream nor an iterable is the
// options bag ({ signal, end }).
function takeOptions(args) {
  const last = args[args.length - 1];
  const isOptions = last !== null && typeof last === 'object' &&
    !isNodeStream(last) && !isIterable(last) && !isWebStream(last);
  return isOptions ? args.pop() : {};
}

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    const { signal, end } = takeOptions(streams);
    pipelineImpl(streams, (err, result) => (err ? reject(err) : resolve(result)),
                 { signal, end });
  });
}

module.exports = { finished, pipeline };
