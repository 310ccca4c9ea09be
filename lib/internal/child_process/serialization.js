'use strict';

// How messages travel over an IPC channel. Each mode has the same three
// functions: initMessageChannel(channel) prepares the per-channel read
// state, parseChannelMessages(channel, chunk) yields the messages a chunk
// completes, writeChannelMessage(channel, req, message) writes one and
// returns a libuv status.
//
// 'json' (the default): one JSON text per message, ended by '\n'. This is
// byte for byte what Node writes, so eddy and node processes can talk.

const { StringDecoder } = require('string_decoder');

const kDecoder = Symbol('kDecoder');
const kPending = Symbol('kPending');

const json = {
  initMessageChannel(channel) {
    channel[kDecoder] = new StringDecoder('utf8');
    channel[kPending] = '';
  },

  * parseChannelMessages(channel, chunk) {
    const text = channel[kDecoder].write(chunk);
    let newline = text.indexOf('\n');
    if (newline === -1) {
      channel[kPending] += text;
      return;
    }
    // The first message may have started in earlier chunks.
    let line = channel[kPending] + text.slice(0, newline);
    for (;;) {
      yield JSON.parse(line);
      const start = newline + 1;
      newline = text.indexOf('\n', start);
      if (newline === -1) {
        channel[kPending] = text.slice(start);
        return;
      }
      line = text.slice(start, newline);
    }
  },

  writeChannelMessage(channel, req, message) {
    return channel.writeUtf8String(req, `${JSON.stringify(message)}\n`);
  },
};

module.exports = { json };
