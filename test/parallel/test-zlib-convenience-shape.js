'use strict';
// The one-shot helpers (callback, util.promisify and *Sync forms) on every
// kind of input, the info option, crc32, and the module's shape:
// constants, codes, the create* factories and the legacy Z_* names.
const assert = require('assert');
const util = require('util');
const zlib = require('zlib');

const text = 'zlib one-shot helpers '.repeat(20);
const inputs = [
  text,
  Buffer.from(text),
  new Uint8Array(Buffer.from(text)),
  new DataView(Uint8Array.from(Buffer.from(text)).buffer),
  Uint8Array.from(Buffer.from(text)).buffer,
];
const pairs = [
  ['gzip', 'gunzip'], ['gzip', 'unzip'], ['deflate', 'inflate'], ['deflate', 'unzip'],
  ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'],
  ['zstdCompress', 'zstdDecompress'],
];

(async () => {
  for (const [compress, decompress] of pairs) {
    for (const input of inputs) {
      const sync = zlib[`${compress}Sync`](input);
      assert.strictEqual(zlib[`${decompress}Sync`](sync).toString(), text);
      const viaCallback = await new Promise((resolve, reject) => {
        zlib[compress](input, { level: 9, chunkSize: 64 }, (err, out) => (err ? reject(err) : resolve(out)));
      });
      assert.strictEqual((await util.promisify(zlib[decompress])(viaCallback)).toString(), text);
    }
    // info: the result with the engine that made it.
    const info = zlib[`${compress}Sync`](text, { info: true });
    assert.deepStrictEqual(Object.keys(info), ['buffer', 'engine']);
    assert.ok(info.engine instanceof zlib[compress[0].toUpperCase() + compress.slice(1)]);
    const back = await util.promisify(zlib[decompress])(info.buffer, { info: true });
    assert.strictEqual(back.buffer.toString(), text);
    assert.strictEqual(back.engine._closed, true);
  }
  assert.strictEqual(zlib.deflateSync(Buffer.alloc(0)).length, 8);
  assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('')).length, 0);
  done = true;
})().catch((err) => { throw err; });
let done = false;
process.on('exit', () => assert.ok(done));

// crc32 over strings (UTF-8) and any view, continuing from a value.
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('world', 907060870), 4192936109);
assert.strictEqual(zlib.crc32(Buffer.from('hello', 'utf16le')), 1427272415);
assert.strictEqual(zlib.crc32('Ω'), zlib.crc32(Buffer.from('Ω')));
assert.strictEqual(zlib.crc32(new Uint16Array([1, 2])), zlib.crc32(Buffer.from([1, 0, 2, 0])));
assert.strictEqual(zlib.crc32(''), 0);

// constants: read-only, not frozen; codes: frozen, both ways.
assert.strictEqual(Object.getPrototypeOf(zlib.constants), null);
assert.throws(() => { 'use strict'; zlib.constants.Z_OK = 1; }, TypeError);
assert.strictEqual(Object.isFrozen(zlib.constants), false);
const expected = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_DATA_ERROR: -3, Z_BUF_ERROR: -5,
  Z_DEFAULT_COMPRESSION: -1, Z_FIXED: 4, DEFLATE: 1, UNZIP: 7, BROTLI_DECODE: 8,
  BROTLI_ENCODE: 9, ZSTD_COMPRESS: 10, ZSTD_DECOMPRESS: 11, Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_NDIRECT: 8, BROTLI_DEFAULT_WINDOW: 22, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  ZSTD_e_end: 2, ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100, ZSTD_CLEVEL_DEFAULT: 3,
  ZSTD_error_srcSize_wrong: 72, ZSTD_error_noForwardProgress_inputEmpty: 82,
};
for (const [name, value] of Object.entries(expected)) assert.strictEqual(zlib.constants[name], value, name);
assert.strictEqual(Object.keys(zlib.constants).length, 170);
assert.ok(Object.isFrozen(zlib.codes));
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes[-3], 'Z_DATA_ERROR');
assert.deepStrictEqual(Object.keys(zlib.codes).slice(0, 4), ['0', '1', '2', 'Z_OK']);

// The legacy names: non-enumerable, read-only, and none of brotli's.
const legacy = Object.getOwnPropertyDescriptor(zlib, 'Z_SYNC_FLUSH');
assert.deepStrictEqual(legacy, { value: 2, writable: false, enumerable: false, configurable: false });
assert.strictEqual(zlib.ZSTD_e_end, 2);
assert.strictEqual(zlib.BROTLI_OPERATION_FLUSH, undefined);

// Classes work with and without new; create* make instances.
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']) {
  assert.strictEqual(zlib[name].name, name);
  assert.ok(zlib[`create${name}`]() instanceof zlib[name]);
  assert.ok(new zlib[name]() instanceof require('stream').Transform);
}
assert.ok(zlib.Gzip() instanceof zlib.Gzip);
assert.strictEqual(zlib.deflate.length, 3);
assert.strictEqual(zlib.deflateSync.length, 2);
assert.strictEqual(typeof process.versions.zlib, 'string');
assert.match(process.versions.brotli, /^\d+\.\d+\.\d+$/);
assert.match(process.versions.zstd, /^\d+\.\d+\.\d+$/);
