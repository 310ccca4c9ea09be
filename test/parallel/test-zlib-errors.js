'use strict';
// node:zlib's errors: corrupt or truncated data (message from the library
// or node's fixed texts, with errno and code), dictionaries, brotli and
// zstd codes, and the argument checks of the constructors and helpers.
const assert = require('assert');
const zlib = require('zlib');

function dataError(message, code, errno) {
  return (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), Error.prototype);
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.errno, errno);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
    return true;
  };
}

const cases = [
  ['inflate', Buffer.from('hello world'), dataError('incorrect header check', 'Z_DATA_ERROR', -3)],
  ['gunzip', Buffer.from('hello world'), dataError('incorrect header check', 'Z_DATA_ERROR', -3)],
  ['inflateRaw', Buffer.from([0xff, 0xff]), dataError('invalid block type', 'Z_DATA_ERROR', -3)],
  ['inflate', zlib.deflateSync('hello').subarray(0, 5),
   dataError('unexpected end of file', 'Z_BUF_ERROR', -5)],
  ['gunzip', Buffer.alloc(0), dataError('unexpected end of file', 'Z_BUF_ERROR', -5)],
  ['unzip', Buffer.from([0x1f]), dataError('unexpected end of file', 'Z_BUF_ERROR', -5)],
  ['unzip', Buffer.from([0x1f, 0x8c, 1, 2, 3]), dataError('incorrect header check', 'Z_DATA_ERROR', -3)],
  ['gunzip', Buffer.concat([zlib.gzipSync('abc'), Buffer.from([0x1f, 0x8b, 0xff, 0xff])]),
   dataError('unknown compression method', 'Z_DATA_ERROR', -3)],
  ['inflate', Buffer.from([0x78, 0xBB, 0x04, 0x09, 0x01, 0xA5]),
   dataError('Missing dictionary', 'Z_NEED_DICT', 2)],
  ['brotliDecompress', Buffer.from('hello world this is bad'),
   dataError('Decompression failed', 'ERR__ERROR_FORMAT_CL_SPACE', -6)],
  ['brotliDecompress', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]),
   dataError('Decompression failed', 'ERR__ERROR_FORMAT_PADDING_2', -15)],
  ['brotliDecompress', zlib.brotliCompressSync('hello world, good data').subarray(0, 5),
   dataError('unexpected end of file', 'Z_BUF_ERROR', -5)],
  ['zstdDecompress', Buffer.from('hello world this is bad'),
   dataError('Unknown frame descriptor', 'ZSTD_error_prefix_unknown', 10)],
];

let pending = 0;
for (const [fn, input, check] of cases) {
  assert.throws(() => zlib[`${fn}Sync`](input), check, `${fn}Sync`);
  pending++;
  zlib[fn](input, (err, result) => {
    assert.ok(check(err), fn);
    assert.strictEqual(result, undefined);
    pending--;
  });
}

// A dictionary that does not match the stream's, and one for a raw stream.
assert.throws(() => zlib.inflateSync(Buffer.from([0x78, 0xBB, 0x04, 0x09, 0x01, 0xA5]),
                                     { dictionary: Buffer.from('fail') }),
              dataError('Bad dictionary', 'Z_NEED_DICT', 2));
assert.throws(() => zlib.inflateRawSync(Buffer.from([0x78, 0xBB, 0x04, 0x09, 0x01, 0xA5]),
                                        { dictionary: Buffer.from('fail') }),
              dataError('invalid stored block lengths', 'Z_DATA_ERROR', -3));

// A stream reports the error once, closed.
const gunzip = zlib.createGunzip();
pending++;
gunzip.on('error', (err) => {
  assert.ok(dataError('incorrect header check', 'Z_DATA_ERROR', -3)(err));
  assert.strictEqual(gunzip._closed, true);
  assert.strictEqual(gunzip._handle, null);
  pending--;
});
gunzip.write('not gzip at all');

// Truncated input is no error when the last flush is not a finishing one.
const partial = zlib.inflateSync(zlib.deflateSync('hello world').subarray(0, 8),
                                 { finishFlush: zlib.constants.Z_SYNC_FLUSH });
assert.ok('hello world'.startsWith(partial.toString()));

// Output limits.
assert.throws(() => zlib.inflateSync(zlib.deflateSync('hello'), { maxOutputLength: 4 }), {
  name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE',
  message: 'Cannot create a Buffer larger than 4 bytes',
});
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('hello'), { maxOutputLength: 5 }).toString(),
                   'hello');
pending++;
zlib.gunzip(zlib.gzipSync('x'.repeat(1000)), { maxOutputLength: 100 }, (err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.ok(err instanceof RangeError);
  pending--;
});

// Argument checks.
const range = (name, text, received) => ({
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${text}. Received ${received}`,
});
const type = (name, kind, received) => ({
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: `The "${name}" ${kind} must be of type number. Received ${received}`,
});
assert.throws(() => zlib.createDeflate({ windowBits: 7 }),
              range('options.windowBits', '>= 8 and <= 15', 7));
assert.throws(() => zlib.createGzip({ windowBits: 8 }),
              range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => zlib.createInflateRaw({ windowBits: 0 }),
              range('options.windowBits', '>= 8 and <= 15', 0));
assert.throws(() => zlib.createDeflate({ windowBits: null }),
              type('options.windowBits', 'property', 'null'));
assert.throws(() => zlib.createDeflate({ level: 10 }),
              range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => zlib.createDeflate({ memLevel: Infinity }),
              range('options.memLevel', 'a finite number', 'Infinity'));
assert.throws(() => zlib.createDeflate({ strategy: 5 }),
              range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => zlib.createDeflate({ chunkSize: 63 }),
              range('options.chunkSize', '>= 64', 63));
assert.throws(() => zlib.createDeflate({ maxOutputLength: 0 }),
              range('options.maxOutputLength', '>= 1 and <= 9007199254740991', 0));
assert.throws(() => zlib.createDeflate({ flush: 6 }), range('options.flush', '>= 0 and <= 5', 6));
assert.throws(() => zlib.createBrotliCompress({ finishFlush: 4 }),
              range('options.finishFlush', '>= 0 and <= 3', 4));
assert.throws(() => zlib.createZstdCompress({ flush: 3 }), range('options.flush', '>= 0 and <= 2', 3));
assert.throws(() => zlib.createDeflate().params('9'), type('level', 'argument', "type string ('9')"));
assert.throws(() => zlib.createDeflate().params(1, 7), range('strategy', '>= 0 and <= 4', 7));
// NaN and undefined take the defaults.
assert.strictEqual(zlib.createDeflate({ level: NaN })._level, -1);
assert.strictEqual(zlib.createDeflate({ chunkSize: NaN })._chunkSize, 16 * 1024);
assert.throws(() => zlib.createInflate({ dictionary: 'abc' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, ' +
           "DataView, or ArrayBuffer. Received type string ('abc')",
});
assert.throws(() => zlib.createBrotliCompress({ params: { 9: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '9 is not a valid Brotli parameter',
});
assert.throws(() => zlib.createBrotliCompress({ params: { 1: '5' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'5\')',
});
assert.throws(() => zlib.createBrotliDecompress({ params: { 2: 1 } }), {
  name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Initialization failed',
});
assert.throws(() => zlib.createZstdDecompress({ params: { 101: 1 } }), {
  name: 'RangeError', code: 'ERR_ZSTD_INVALID_PARAM', message: '101 is not a valid zstd parameter',
});
assert.throws(() => zlib.createZstdCompress({ params: { 99: 1 } }), {
  name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Setting parameter failed',
});
assert.throws(() => zlib.deflateSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, DataView, or ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.deflate('abc', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => zlib.crc32(new ArrayBuffer(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
           'or DataView. Received an instance of ArrayBuffer',
});
assert.throws(() => zlib.crc32('x', 2 ** 32), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. ' +
           'Received 4294967296',
});

process.on('exit', () => assert.strictEqual(pending, 0));
