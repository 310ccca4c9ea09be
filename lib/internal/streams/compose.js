'use strict';

// stream.compose(...stages): pipes the stages together and presents the
// whole chain as one Duplex: writes go into the first stage, reads come
// out of the last. Functions at either end are turned into streams with
// Duplex.from first.

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const duplexify = require('internal/streams/duplexify');
const { destroyer } = require('internal/streams/destroy');
const u = require('internal/streams/utils');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  notImplemented,
} = require('internal/errors');

const canFeedNext = (s) => u.isReadable(s) || u.isReadableStream(s) || u.isTransformStream(s);
const canTakeInput = (s) => u.isWritable(s) || u.isWritableStream(s) || u.isTransformStream(s);

function compose(...stages) {
  if (stages.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (stages.length === 1) return Duplex.from(stages[0]);

  const given = stages.slice();
  const last = stages.length - 1;
  if (typeof stages[0] === 'function') stages[0] = Duplex.from(stages[0]);
  if (typeof stages[last] === 'function') stages[last] = Duplex.from(stages[last]);

  // Every stage but the last must produce output, every stage but the
  // first must accept input.
  stages.forEach((stage, i) => {
    if (!u.isNodeStream(stage) && !u.isWebStream(stage)) return;
    if (i < last && !canFeedNext(stage)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, given[i], 'must be readable');
    }
    if (i > 0 && !canTakeInput(stage)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, given[i], 'must be writable');
    }
  });

  let composed;
  let settle;
  // The pipeline reports before `composed` exists only asynchronously.
  const head = stages[0];
  const tail = pipeline(stages, (err) => settle(err));

  if (u.isWebStream(head) || u.isWebStream(tail)) {
    throw notImplemented('stream.compose with web streams');
  }

  const writable = !!u.isWritable(head);
  const readable = !!u.isReadable(tail);
  composed = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  const waits = duplexify.newWaits();
  settle = duplexify.closeCoordinator(composed, waits, (err) => {
    if (u.isNodeStream(tail)) destroyer(tail, err);
  }, () => {
    // A chain with neither side open is done when the pipeline is.
    if (!readable && !writable) composed.destroy();
  });

  if (writable) duplexify.forwardWrites(composed, waits, head, tail);
  if (readable) duplexify.forwardReads(composed, waits, tail);
  return composed;
}

module.exports = compose;
