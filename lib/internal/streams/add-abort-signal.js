'use strict';

// stream.addAbortSignal(signal, stream): aborting the signal destroys the
// stream (or errors a web stream) with an AbortError carrying the reason.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  addAbortListener,
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');

let eos;

// Anything with an `aborted` property passes, as in Node.
const looksLikeSignal = (value) =>
  value !== null && typeof value === 'object' && 'aborted' in value;

function addAbortSignal(signal, stream) {
  if (!looksLikeSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

// For internal callers that have validated already (constructors).
function addAbortSignalNoValidate(signal, stream) {
  if (!looksLikeSignal(signal)) return stream;
  const abortStream = () => {
    const reason = new AbortError(undefined, { cause: signal.reason });
    if (isNodeStream(stream)) stream.destroy(reason);
    else stream[kControllerErrorFunction](reason);
  };
  if (signal.aborted) {
    abortStream();
    return stream;
  }
  // Stop listening once the stream is done by itself.
  const detach = addAbortListener(signal, abortStream);
  eos ??= require('internal/streams/end-of-stream');
  eos(stream, detach);
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
