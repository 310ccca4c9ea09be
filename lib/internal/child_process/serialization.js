'use strict';

// How messages travel over an IPC channel. Each mode has the same three
// functions: initMessageChannel(channel) prepares the per-channel read
// state, parseChannelMessages(channel, chunk) yields the messages a chunk
// completes, writeChannelMessage(channel, req, message) writes one and
// returns a libuv status.
//
// 'json' (the default): one JSON text per message, ended by '\n'.
// 'advanced': V8's serialization format (internal/v8/serdes), each message
// preceded by its length as a big-endian uint32; typed arrays and Buffers
// are host objects whose contents start with a uint32 0.
// Both are byte for byte what Node writes, so eddy and node processes can
// talk.

const { Buffer } = require('buffer');
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
    // The first message may have started in earlier chunks. The read state
    // is settled before any message is parsed (a bad one throws).
    const lines = [channel[kPending] + text.slice(0, newline)];
    let start = newline + 1;
    while ((newline = text.indexOf('\n', start)) !== -1) {
      lines.push(text.slice(start, newline));
      start = newline + 1;
    }
    channel[kPending] = text.slice(start);
    for (const line of lines) yield JSON.parse(line);
  },

  writeChannelMessage(channel, req, message) {
    return channel.writeUtf8String(req, `${JSON.stringify(message)}\n`);
  },
};

let serdes;
function lazySerdes() {
  serdes ??= require('internal/v8/serdes');
  return serdes;
}

let ChildProcessSerializer;
let ChildProcessDeserializer;
function serializers() {
  if (ChildProcessSerializer === undefined) {
    const { DefaultSerializer, DefaultDeserializer } = lazySerdes();
    ChildProcessSerializer = class extends DefaultSerializer {
      _writeHostObject(object) {
        // 0: an array buffer view (Node numbers other host objects after it).
        this.writeUint32(0);
        super._writeHostObject(object);
      }
    };
    ChildProcessDeserializer = class extends DefaultDeserializer {
      _readHostObject() {
        if (this.readUint32() !== 0) throw new Error('Unable to deserialize cloned data.');
        return super._readHostObject();
      }
    };
  }
  return { ChildProcessSerializer, ChildProcessDeserializer };
}

const kChunks = Symbol('kChunks');
const kBuffered = Symbol('kBuffered');
const kHeaderSize = 4;

const advanced = {
  initMessageChannel(channel) {
    channel[kChunks] = [];
    channel[kBuffered] = 0;
  },

  * parseChannelMessages(channel, chunk) {
    const chunks = channel[kChunks];
    chunks.push(chunk);
    channel[kBuffered] += chunk.length;
    while (channel[kBuffered] >= kHeaderSize) {
      // The length field itself may be split across reads.
      if (chunks[0].length < kHeaderSize) chunks.splice(0, chunks.length, Buffer.concat(chunks));
      const size = chunks[0].readUInt32BE(0);
      if (channel[kBuffered] < kHeaderSize + size) return;
      const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const end = kHeaderSize + size;
      const { ChildProcessDeserializer } = serializers();
      const deserializer = new ChildProcessDeserializer(all.subarray(kHeaderSize, end));
      chunks.length = 0;
      if (all.length > end) chunks.push(all.subarray(end));
      channel[kBuffered] = all.length - end;
      deserializer.readHeader();
      yield deserializer.readValue();
    }
  },

  writeChannelMessage(channel, req, message) {
    const { ChildProcessSerializer } = serializers();
    const serializer = new ChildProcessSerializer();
    // The length goes first; it is filled in once the size is known.
    serializer.writeRawBytes(new Uint8Array(kHeaderSize));
    serializer.writeHeader();
    serializer.writeValue(message);
    const buffer = serializer.releaseBuffer();
    buffer.writeUInt32BE(buffer.length - kHeaderSize, 0);
    return channel.writeBuffer(req, buffer);
  },
};

module.exports = { json, advanced };
