'use strict';

// node:stream/web: the WHATWG stream classes of lib/internal/webstreams/,
// in node's order. CompressionStream and DecompressionStream need zlib,
// which eddy does not have yet: they throw ERR_NOT_IMPLEMENTED when
// constructed.

const { notImplemented } = require('internal/errors');

// Each module's interface objects are its exports named with a capital.
for (const id of ['readablestream', 'transformstream', 'writablestream', 'queuingstrategies',
                  'encoding']) {
  const exported = require(`internal/webstreams/${id}`);
  for (const name of Object.keys(exported)) {
    if (name[0] >= 'A' && name[0] <= 'Z') module.exports[name] = exported[name];
  }
}

for (const name of ['CompressionStream', 'DecompressionStream']) {
  module.exports[name] = {
    [name]: class {
      constructor() {
        throw notImplemented(`stream/web.${name}`);
      }
    },
  }[name];
}
