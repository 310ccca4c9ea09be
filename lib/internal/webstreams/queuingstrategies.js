'use strict';

// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams,
// "Queuing strategies").

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const {
  attachSlots,
  defineInspect,
  setUpInterface,
  privateSlots,
} = require('internal/webstreams/util');

// The size functions are shared by every instance, as the standard asks.
const byteLengthSize = {
  size(chunk) { return chunk.byteLength; },
}.size;
const countSize = {
  size() { return 1; },
}.size;

// The QueuingStrategyInit dictionary: its highWaterMark is required.
function readInit(init) {
  if ((typeof init !== 'object' && typeof init !== 'function') || init === null) {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  const { highWaterMark } = init;
  if (highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    attachSlots(this, 'ByteLengthQueuingStrategy', { highWaterMark: readInit(init) });
  }

  get highWaterMark() {
    return privateSlots(this, 'ByteLengthQueuingStrategy', 'state').highWaterMark;
  }

  get size() {
    privateSlots(this, 'ByteLengthQueuingStrategy', 'byteSizeFunction');
    return byteLengthSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    attachSlots(this, 'CountQueuingStrategy', { highWaterMark: readInit(init) });
  }

  get highWaterMark() {
    return privateSlots(this, 'CountQueuingStrategy', 'state').highWaterMark;
  }

  get size() {
    privateSlots(this, 'CountQueuingStrategy', 'countSizeFunction');
    return countSize;
  }
}

for (const [Class, type] of [[ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy'],
                             [CountQueuingStrategy, 'CountQueuingStrategy']]) {
  setUpInterface(Class, type, ['highWaterMark', 'size']);
  defineInspect(Class, type, (slots) => ({ highWaterMark: slots.highWaterMark }), 'state');
}

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
