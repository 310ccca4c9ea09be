// internalBinding('zlib'): the compression contexts behind node:zlib.
//
// `new Zlib(mode, writeState)` makes one context: zlib's deflate/inflate
// family, brotli's encoder or decoder, or zstd's compressor or
// decompressor, picked by `mode` (the constants DEFLATE ... ZSTD_DECOMPRESS).
// lib/zlib.js drives it: init(...) once, then write()/writeSync() with
// (flush, input, inOffset, inLength, output, outOffset, outLength). After
// each write the context stores [availOut, availIn] in `writeState` (a
// Float64Array(2)). writeSync returns undefined or [message, errno, code];
// write runs on libuv's thread pool and then calls
// `this.oncomplete()` or `this.oncomplete(message, errno, code)`.
//
// The thread pool works on the bytes of the JS buffers themselves: while a
// write is in flight both buffers are made non-inline (small typed arrays
// keep their bytes inside the object, which moves during a GC), their
// lengths are pinned (detaching throws) and the objects are held in the
// context object's slots, which the ReqWrap keeps alive.

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <js/ArrayBuffer.h>
#include <js/MemoryFunctions.h>
#include <js/experimental/TypedData.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <climits>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::zlib {

enum Mode : int {
  kNone,
  kDeflate,
  kInflate,
  kGzip,
  kGunzip,
  kDeflateRaw,
  kInflateRaw,
  kUnzip,
  kBrotliDecode,
  kBrotliEncode,
  kZstdCompress,
  kZstdDecompress,
};

// What a failed write reports to JS: Node's message, errno and code.
struct WriteError {
  std::string message;
  std::string code;
  int err = 0;
  bool failed() const { return !message.empty(); }
};

// One compression library's state. The loop thread sets the buffers, Run()
// may then run on any thread (it never touches the JS engine), and the
// loop thread reads the buffers and CheckError() afterwards.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual void Run() = 0;
  virtual WriteError CheckError() = 0;
  // Back to the state right after init. An empty string: success.
  virtual std::string Reset() = 0;
  // deflate only; an empty string: success.
  virtual std::string Params(int /*level*/, int /*strategy*/) { return ""; }
  // Bytes of memory the library holds, reported to the GC.
  virtual size_t MemorySize() const = 0;

  const uint8_t* next_in = nullptr;
  size_t avail_in = 0;
  uint8_t* next_out = nullptr;
  size_t avail_out = 0;
  int flush = 0;
};

// ---------------------------------------------------------------------------
// zlib: deflate, inflate, gzip, gunzip, raw deflate/inflate, unzip

static const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK:
      return "Z_OK";
    case Z_STREAM_END:
      return "Z_STREAM_END";
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
  }
  return "Z_UNKNOWN_ERROR";
}

class ZlibEngine final : public Engine {
 public:
  explicit ZlibEngine(Mode mode) : initial_mode_(mode), mode_(mode) {}
  ~ZlibEngine() override {
    if (!initialized_) return;
    if (IsDeflate())
      deflateEnd(&strm_);
    else
      inflateEnd(&strm_);
  }

  std::string Init(int level, int window_bits, int memory_level, int strategy,
                   std::vector<uint8_t> dictionary) {
    level_ = level;
    memory_level_ = memory_level;
    strategy_ = strategy;
    dictionary_ = std::move(dictionary);
    window_bits_ = window_bits;
    int bits = window_bits;
    switch (mode_) {
      case kGzip:
      case kGunzip:
        bits += 16;
        break;
      case kUnzip:
        bits += 32;  // zlib tells a gzip header from a zlib one
        break;
      case kDeflateRaw:
        // zlib turns a window of 8 into 9 for zlib streams but refuses it
        // for raw ones; the stream it makes is valid for a window of 8.
        if (bits == 8) bits = 9;
        bits = -bits;
        break;
      case kInflateRaw:
        bits = -bits;
        break;
      default:
        break;
    }
    int err = IsDeflate() ? deflateInit2(&strm_, level, Z_DEFLATED, bits,
                                         memory_level, strategy)
                          : inflateInit2(&strm_, bits);
    if (err != Z_OK) return "Initialization failed";
    initialized_ = true;
    return SetDictionary() == Z_OK ? "" : "Failed to set dictionary";
  }

  void Run() override {
    strm_.next_in = const_cast<Bytef*>(next_in);
    strm_.next_out = next_out;
    // zlib counts in 32 bits: a bigger buffer goes in slices.
    size_t in_rest = 0, out_rest = 0;
    Slice(&strm_.avail_in, avail_in, &in_rest);
    Slice(&strm_.avail_out, avail_out, &out_rest);
    for (;;) {
      Step();
      bool more_in = in_rest > 0 && strm_.avail_in == 0;
      bool more_out = out_rest > 0 && strm_.avail_out == 0;
      if ((err_ != Z_OK && err_ != Z_BUF_ERROR) || (!more_in && !more_out))
        break;
      if (more_in) Slice(&strm_.avail_in, in_rest, &in_rest);
      if (more_out) Slice(&strm_.avail_out, out_rest, &out_rest);
    }
    next_in = strm_.next_in;
    avail_in = strm_.avail_in + in_rest;
    next_out = strm_.next_out;
    avail_out = strm_.avail_out + out_rest;
  }

  WriteError CheckError() override {
    switch (err_) {
      case Z_OK:
      case Z_STREAM_END:
        return {};
      case Z_BUF_ERROR:
        // No progress is normal (a flush with nothing to flush), unless
        // this was the end and zlib still wants input.
        if (strm_.avail_out != 0 && flush == Z_FINISH)
          return {"unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR};
        return {};
      case Z_NEED_DICT:
        return {dictionary_.empty() ? "Missing dictionary" : "Bad dictionary",
                "Z_NEED_DICT", Z_NEED_DICT};
      default:
        return {strm_.msg ? strm_.msg : "Zlib error", ZlibCodeName(err_), err_};
    }
  }

  std::string Reset() override {
    err_ = Z_OK;
    mode_ = initial_mode_;
    gzip_magic_seen_ = 0;
    if (!initialized_) return "";
    int err = IsDeflate() ? deflateReset(&strm_) : inflateReset(&strm_);
    if (err != Z_OK) return "Failed to reset stream";
    return SetDictionary() == Z_OK ? "" : "Failed to set dictionary";
  }

  std::string Params(int level, int strategy) override {
    if (!IsDeflate() || !initialized_) return "";
    // deflateParams may flush into next_out: give it room of its own. lib/
    // flushes first, so nothing is left to come out.
    uint8_t scratch[64];
    strm_.next_in = nullptr;
    strm_.avail_in = 0;
    strm_.next_out = scratch;
    strm_.avail_out = sizeof scratch;
    int err = deflateParams(&strm_, level, strategy);
    strm_.next_out = nullptr;
    strm_.avail_out = 0;
    if (err != Z_OK && err != Z_BUF_ERROR) return "Failed to set parameters";
    level_ = level;
    strategy_ = strategy;
    return "";
  }

  size_t MemorySize() const override {
    if (IsDeflate())
      return (size_t{1} << (window_bits_ + 2)) +
             (size_t{1} << (memory_level_ + 9)) + 6 * 1024;
    return (size_t{1} << (window_bits_ ? window_bits_ : 15)) + 7 * 1024;
  }

 private:
  bool IsDeflate() const {
    return initial_mode_ == kDeflate || initial_mode_ == kGzip ||
           initial_mode_ == kDeflateRaw;
  }

  static void Slice(uInt* field, size_t total, size_t* rest) {
    size_t now = total > UINT_MAX ? UINT_MAX : total;
    *field = static_cast<uInt>(now);
    *rest = total - now;
  }

  int SetDictionary() {
    if (dictionary_.empty()) return Z_OK;
    switch (mode_) {
      case kDeflate:
      case kDeflateRaw:
        return deflateSetDictionary(&strm_, dictionary_.data(),
                                    static_cast<uInt>(dictionary_.size()));
      case kInflateRaw:
        // A raw stream names no dictionary: it is set up front.
        return inflateSetDictionary(&strm_, dictionary_.data(),
                                    static_cast<uInt>(dictionary_.size()));
      default:
        return Z_OK;  // inflate asks for it (Z_NEED_DICT); gzip has none
    }
  }

  // An unzip context becomes a gunzip one when the input starts with the
  // gzip magic bytes, so that concatenated gzip members are all read.
  void DetectGzip() {
    if (mode_ != kUnzip || strm_.avail_in == 0) return;
    uInt i = 0;
    if (gzip_magic_seen_ == 0) {
      if (strm_.next_in[0] != 0x1f) {
        mode_ = kInflate;
        return;
      }
      gzip_magic_seen_ = 1;
      i = 1;
    }
    if (i < strm_.avail_in) {
      mode_ = strm_.next_in[i] == 0x8b ? kGunzip : kInflate;
      gzip_magic_seen_ = 2;
    }
  }

  void Step() {
    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw:
        err_ = deflate(&strm_, flush);
        return;
      case kUnzip:
        DetectGzip();
        [[fallthrough]];
      case kInflate:
      case kGunzip:
      case kInflateRaw:
        err_ = inflate(&strm_, flush);
        if (mode_ != kInflateRaw && err_ == Z_NEED_DICT &&
            !dictionary_.empty()) {
          err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                      static_cast<uInt>(dictionary_.size()));
          if (err_ == Z_OK) {
            err_ = inflate(&strm_, flush);
          } else if (err_ == Z_DATA_ERROR) {
            err_ = Z_NEED_DICT;  // the dictionary does not match
          }
        }
        // After a gzip member, more input that is not zero padding starts
        // the next member.
        while (strm_.avail_in > 0 && mode_ == kGunzip && err_ == Z_STREAM_END &&
               strm_.next_in[0] != 0x00) {
          inflateReset(&strm_);
          err_ = inflate(&strm_, flush);
        }
        return;
      default:
        return;
    }
  }

  const Mode initial_mode_;
  Mode mode_;
  z_stream strm_{};
  bool initialized_ = false;
  int err_ = Z_OK;
  int level_ = 0, window_bits_ = 15, memory_level_ = 8, strategy_ = 0;
  int gzip_magic_seen_ = 0;
  std::vector<uint8_t> dictionary_;
};

// ---------------------------------------------------------------------------
// brotli

// Parameters arrive as a Uint32Array indexed by parameter id; this value
// leaves a parameter at the library's default.
constexpr uint32_t kUnsetParam = UINT32_MAX;

class BrotliEncoderEngine final : public Engine {
 public:
  ~BrotliEncoderEngine() override { Destroy(); }

  std::string Init(std::vector<uint32_t> params) {
    params_ = std::move(params);
    return Create();
  }

  void Run() override {
    static const uint8_t kEmpty = 0;
    if (next_in == nullptr) next_in = &kEmpty;
    ok_ = BrotliEncoderCompressStream(
        state_, static_cast<BrotliEncoderOperation>(flush), &avail_in, &next_in,
        &avail_out, &next_out, nullptr);
  }

  WriteError CheckError() override {
    if (ok_) return {};
    return {"Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1};
  }

  std::string Reset() override {
    Destroy();
    return Create();
  }

  size_t MemorySize() const override { return size_t{1} << 20; }

 private:
  std::string Create() {
    ok_ = true;
    state_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state_) return "Initialization failed";
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == kUnsetParam) continue;
      if (!BrotliEncoderSetParameter(
              state_, static_cast<BrotliEncoderParameter>(i), params_[i])) {
        return "Initialization failed";
      }
    }
    return "";
  }
  void Destroy() {
    if (state_) BrotliEncoderDestroyInstance(state_);
    state_ = nullptr;
  }

  BrotliEncoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  bool ok_ = true;
};

// Node's code for a decoder error: "ERR_" and the error's name after
// "BROTLI_DECODER" (brotli 1.0's BrotliDecoderErrorString drops the prefix).
static const char* BrotliErrorCode(BrotliDecoderErrorCode code) {
  switch (code) {
#define BROTLI_CODE_CASE(PREFIX, NAME, CODE) \
  case CODE:                                 \
    return "ERR_" #PREFIX #NAME;
    BROTLI_DECODER_ERROR_CODES_LIST(BROTLI_CODE_CASE, )
#undef BROTLI_CODE_CASE
  }
  return "ERR_BROTLI_DECODER_UNKNOWN";
}

class BrotliDecoderEngine final : public Engine {
 public:
  ~BrotliDecoderEngine() override { Destroy(); }

  std::string Init(std::vector<uint32_t> params) {
    params_ = std::move(params);
    return Create();
  }

  void Run() override {
    static const uint8_t kEmpty = 0;
    if (next_in == nullptr) next_in = &kEmpty;
    result_ = BrotliDecoderDecompressStream(state_, &avail_in, &next_in,
                                            &avail_out, &next_out, nullptr);
    if (result_ == BROTLI_DECODER_RESULT_ERROR)
      error_ = BrotliDecoderGetErrorCode(state_);
  }

  WriteError CheckError() override {
    if (result_ == BROTLI_DECODER_RESULT_ERROR) {
      return {"Decompression failed", BrotliErrorCode(error_),
              static_cast<int>(error_)};
    }
    if (flush == BROTLI_OPERATION_FINISH &&
        result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      // The input ended inside the compressed stream.
      return {"unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR};
    }
    return {};
  }

  std::string Reset() override {
    Destroy();
    return Create();
  }

  size_t MemorySize() const override { return size_t{1} << 18; }

 private:
  std::string Create() {
    result_ = BROTLI_DECODER_RESULT_SUCCESS;
    error_ = BROTLI_DECODER_NO_ERROR;
    state_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state_) return "Initialization failed";
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == kUnsetParam) continue;
      if (!BrotliDecoderSetParameter(
              state_, static_cast<BrotliDecoderParameter>(i), params_[i])) {
        return "Initialization failed";
      }
    }
    return "";
  }
  void Destroy() {
    if (state_) BrotliDecoderDestroyInstance(state_);
    state_ = nullptr;
  }

  BrotliDecoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  BrotliDecoderResult result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
};

// ---------------------------------------------------------------------------
// zstd

static const char* ZstdCodeName(ZSTD_ErrorCode code) {
  switch (code) {
#define ZSTD_NAME(name)   \
  case ZSTD_error_##name: \
    return "ZSTD_error_" #name;
    ZSTD_NAME(no_error)
    ZSTD_NAME(GENERIC)
    ZSTD_NAME(prefix_unknown)
    ZSTD_NAME(version_unsupported)
    ZSTD_NAME(frameParameter_unsupported)
    ZSTD_NAME(frameParameter_windowTooLarge)
    ZSTD_NAME(corruption_detected)
    ZSTD_NAME(checksum_wrong)
    ZSTD_NAME(literals_headerWrong)
    ZSTD_NAME(dictionary_corrupted)
    ZSTD_NAME(dictionary_wrong)
    ZSTD_NAME(dictionaryCreation_failed)
    ZSTD_NAME(parameter_unsupported)
    ZSTD_NAME(parameter_combination_unsupported)
    ZSTD_NAME(parameter_outOfBound)
    ZSTD_NAME(tableLog_tooLarge)
    ZSTD_NAME(maxSymbolValue_tooLarge)
    ZSTD_NAME(maxSymbolValue_tooSmall)
    ZSTD_NAME(stabilityCondition_notRespected)
    ZSTD_NAME(stage_wrong)
    ZSTD_NAME(init_missing)
    ZSTD_NAME(memory_allocation)
    ZSTD_NAME(workSpace_tooSmall)
    ZSTD_NAME(dstSize_tooSmall)
    ZSTD_NAME(srcSize_wrong)
    ZSTD_NAME(dstBuffer_null)
    ZSTD_NAME(noForwardProgress_destFull)
    ZSTD_NAME(noForwardProgress_inputEmpty)
#undef ZSTD_NAME
    default:
      return "ZSTD_error_GENERIC";
  }
}

// A zstd parameter as lib/ passes it: [id, value] pairs.
struct ZstdParam {
  int key;
  int value;
};

class ZstdEngine final : public Engine {
 public:
  explicit ZstdEngine(bool compress) : compress_(compress) {}
  ~ZstdEngine() override {
    if (cctx_) ZSTD_freeCCtx(cctx_);
    if (dctx_) ZSTD_freeDCtx(dctx_);
  }

  std::string Init(const std::vector<ZstdParam>& params,
                   double pledged_src_size,
                   const std::vector<uint8_t>& dictionary) {
    pledged_src_size_ = pledged_src_size;
    if (compress_) {
      cctx_ = ZSTD_createCCtx();
      if (!cctx_) return "Could not initialize zstd instance";
    } else {
      dctx_ = ZSTD_createDCtx();
      if (!dctx_) return "Could not initialize zstd instance";
    }
    for (const ZstdParam& p : params) {
      size_t r = compress_
                     ? ZSTD_CCtx_setParameter(
                           cctx_, static_cast<ZSTD_cParameter>(p.key), p.value)
                     : ZSTD_DCtx_setParameter(
                           dctx_, static_cast<ZSTD_dParameter>(p.key), p.value);
      if (ZSTD_isError(r)) return "Setting parameter failed";
    }
    if (!dictionary.empty()) {
      size_t r = compress_ ? ZSTD_CCtx_loadDictionary(cctx_, dictionary.data(),
                                                      dictionary.size())
                           : ZSTD_DCtx_loadDictionary(dctx_, dictionary.data(),
                                                      dictionary.size());
      if (ZSTD_isError(r)) return "Failed to load dictionary";
    }
    return SetPledgedSize();
  }

  void Run() override {
    ZSTD_inBuffer in = {next_in, avail_in, 0};
    ZSTD_outBuffer out = {next_out, avail_out, 0};
    result_ = compress_
                  ? ZSTD_compressStream2(cctx_, &out, &in,
                                         static_cast<ZSTD_EndDirective>(flush))
                  : ZSTD_decompressStream(dctx_, &out, &in);
    if (next_in) next_in += in.pos;
    avail_in -= in.pos;
    next_out += out.pos;
    avail_out -= out.pos;
  }

  WriteError CheckError() override {
    if (!ZSTD_isError(result_)) return {};
    ZSTD_ErrorCode code = ZSTD_getErrorCode(result_);
    return {ZSTD_getErrorName(result_), ZstdCodeName(code),
            static_cast<int>(code)};
  }

  std::string Reset() override {
    result_ = 0;
    size_t r = compress_ ? ZSTD_CCtx_reset(cctx_, ZSTD_reset_session_only)
                         : ZSTD_DCtx_reset(dctx_, ZSTD_reset_session_only);
    if (ZSTD_isError(r)) return "Failed to reset stream";
    return SetPledgedSize();
  }

  size_t MemorySize() const override {
    return compress_ ? ZSTD_sizeof_CCtx(cctx_) : ZSTD_sizeof_DCtx(dctx_);
  }

 private:
  std::string SetPledgedSize() {
    if (!compress_ || pledged_src_size_ < 0) return "";
    size_t r = ZSTD_CCtx_setPledgedSrcSize(
        cctx_, static_cast<unsigned long long>(pledged_src_size_));
    return ZSTD_isError(r) ? "Could not set pledged src size" : "";
  }

  const bool compress_;
  ZSTD_CCtx* cctx_ = nullptr;
  ZSTD_DCtx* dctx_ = nullptr;
  double pledged_src_size_ = -1;
  size_t result_ = 0;
};

// ---------------------------------------------------------------------------
// The JS object

enum Slot { kContextSlot, kWriteStateSlot, kInputSlot, kOutputSlot, kSlots };

class Context {
 public:
  explicit Context(Mode mode) : mode(mode) {}

  const Mode mode;
  std::unique_ptr<Engine> engine;
  size_t reported_memory = 0;
  bool write_in_progress = false;
  bool pending_close = false;
  bool closed = false;
  bool pinned_input = false, pinned_output = false;
  WriteError error;
};

static void FinalizeContext(JS::GCContext*, JSObject* obj) {
  auto* ctx = JS::GetMaybePtrFromReservedSlot<Context>(obj, kContextSlot);
  // A write in flight keeps its object alive; one can only be running here
  // while the environment is torn down, and then its worker still uses the
  // context: leave it to the process exit.
  if (!ctx || ctx->write_in_progress) return;
  if (ctx->reported_memory) {
    JS::RemoveAssociatedMemory(obj, ctx->reported_memory,
                               JS::MemoryUse::Embedding1);
  }
  delete ctx;
}

static const JSClassOps kContextClassOps = {
    nullptr, nullptr,         nullptr, nullptr, nullptr,
    nullptr, FinalizeContext, nullptr, nullptr, nullptr};
static const JSClass kContextClass = {
    "Zlib",
    JSCLASS_HAS_RESERVED_SLOTS(kSlots) | JSCLASS_FOREGROUND_FINALIZE,
    &kContextClassOps,
    nullptr,
    nullptr,
    nullptr};

static Context* Unwrap(JSContext* cx, const JS::CallArgs& args) {
  if (!args.thisv().isObject() ||
      JS::GetClass(&args.thisv().toObject()) != &kContextClass) {
    ThrowTypeError(cx, "ERR_INVALID_THIS", "Illegal invocation");
    return nullptr;
  }
  return JS::GetMaybePtrFromReservedSlot<Context>(&args.thisv().toObject(),
                                                  kContextSlot);
}

static bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    return ThrowTypeError(cx, "ERR_CONSTRUCT_CALL_REQUIRED",
                          "Class constructor Zlib cannot be invoked without "
                          "'new'");
  }
  int64_t mode = IntArg(args, 0);
  if (mode < kDeflate || mode > kZstdDecompress || !args.get(1).isObject() ||
      !JS_IsFloat64Array(&args[1].toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "Zlib(mode, writeState) needs a mode and a "
                          "Float64Array");
  }
  JS::RootedObject obj(cx,
                       JS_NewObjectForConstructor(cx, &kContextClass, args));
  if (!obj) return false;
  JS::SetReservedSlot(obj, kContextSlot,
                      JS::PrivateValue(new Context(static_cast<Mode>(mode))));
  JS::SetReservedSlot(obj, kWriteStateSlot, args[1]);
  args.rval().setObject(*obj);
  return true;
}

// A copy of an ArrayBufferView's or ArrayBuffer's bytes (undefined: none).
static bool BytesArg(JSContext* cx, JS::HandleValue v,
                     std::vector<uint8_t>* out) {
  if (v.isNullOrUndefined()) return true;
  if (v.isObject()) {
    JSObject* obj = &v.toObject();
    if (JS_IsArrayBufferViewObject(obj)) {
      CopyViewBytes(obj, out);
      return true;
    }
    if (JS::IsArrayBufferObject(obj)) {
      bool shared = false;
      JS::AutoCheckCannotGC nogc;
      size_t length = JS::GetArrayBufferByteLength(obj);
      uint8_t* data = JS::GetArrayBufferData(obj, &shared, nogc);
      if (data) out->assign(data, data + length);
      return true;
    }
  }
  return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                        "expected an ArrayBufferView or an ArrayBuffer");
}

static bool Uint32Params(JSContext* cx, JS::HandleValue v,
                         std::vector<uint32_t>* out) {
  if (!v.isObject() || !JS_IsUint32Array(&v.toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "params must be a Uint32Array");
  }
  bool shared = false;
  JS::AutoCheckCannotGC nogc;
  JSObject* array = &v.toObject();
  size_t length = JS_GetTypedArrayLength(array);
  const uint32_t* data = JS_GetUint32ArrayData(array, &shared, nogc);
  out->assign(data, data + length);
  return true;
}

static bool ZstdParams(JSContext* cx, JS::HandleValue v,
                       std::vector<ZstdParam>* out) {
  if (!v.isObject() || !JS_IsInt32Array(&v.toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "params must be an Int32Array of pairs");
  }
  bool shared = false;
  JS::AutoCheckCannotGC nogc;
  JSObject* array = &v.toObject();
  size_t length = JS_GetTypedArrayLength(array);
  const int32_t* data = JS_GetInt32ArrayData(array, &shared, nogc);
  for (size_t i = 0; i + 1 < length; i += 2)
    out->push_back({data[i], data[i + 1]});
  return true;
}

static void ReportMemory(JSObject* obj, Context* ctx) {
  size_t bytes = ctx->engine ? ctx->engine->MemorySize() : 0;
  if (ctx->reported_memory)
    JS::RemoveAssociatedMemory(obj, ctx->reported_memory,
                               JS::MemoryUse::Embedding1);
  if (bytes) JS::AddAssociatedMemory(obj, bytes, JS::MemoryUse::Embedding1);
  ctx->reported_memory = bytes;
}

// zlib:   init(windowBits, level, memLevel, strategy, dictionary)
// brotli: init(params: Uint32Array)
// zstd:   init(params: Int32Array of pairs, pledgedSrcSize, dictionary)
// Returns undefined, or the message of the failure.
static bool Init(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Context* ctx = Unwrap(cx, args);
  if (!ctx) return false;
  if (ctx->engine || ctx->closed) {
    return ThrowError(cx, "ERR_INVALID_STATE", "zlib context already set up");
  }
  std::string failure;
  switch (ctx->mode) {
    case kBrotliEncode:
    case kBrotliDecode: {
      std::vector<uint32_t> params;
      if (!Uint32Params(cx, args.get(0), &params)) return false;
      if (ctx->mode == kBrotliEncode) {
        auto engine = std::make_unique<BrotliEncoderEngine>();
        failure = engine->Init(std::move(params));
        ctx->engine = std::move(engine);
      } else {
        auto engine = std::make_unique<BrotliDecoderEngine>();
        failure = engine->Init(std::move(params));
        ctx->engine = std::move(engine);
      }
      break;
    }
    case kZstdCompress:
    case kZstdDecompress: {
      std::vector<ZstdParam> params;
      std::vector<uint8_t> dictionary;
      if (!ZstdParams(cx, args.get(0), &params) ||
          !BytesArg(cx, args.get(2), &dictionary))
        return false;
      double pledged = args.get(1).isNumber() ? args[1].toNumber() : -1;
      auto engine = std::make_unique<ZstdEngine>(ctx->mode == kZstdCompress);
      failure = engine->Init(params, pledged, dictionary);
      ctx->engine = std::move(engine);
      break;
    }
    default: {
      std::vector<uint8_t> dictionary;
      if (!BytesArg(cx, args.get(4), &dictionary)) return false;
      auto engine = std::make_unique<ZlibEngine>(ctx->mode);
      failure = engine->Init(
          static_cast<int>(IntArg(args, 1)), static_cast<int>(IntArg(args, 0)),
          static_cast<int>(IntArg(args, 2)), static_cast<int>(IntArg(args, 3)),
          std::move(dictionary));
      ctx->engine = std::move(engine);
      break;
    }
  }
  if (!failure.empty()) {
    ctx->engine.reset();
    JSString* message = NewStringUtf8(cx, failure);
    if (!message) return false;
    args.rval().setString(message);
    return true;
  }
  ReportMemory(&args.thisv().toObject(), ctx);
  args.rval().setUndefined();
  return true;
}

static bool ReturnFailure(JSContext* cx, const JS::CallArgs& args,
                          const std::string& failure) {
  if (failure.empty()) {
    args.rval().setUndefined();
    return true;
  }
  JSString* message = NewStringUtf8(cx, failure);
  if (!message) return false;
  args.rval().setString(message);
  return true;
}

static bool Usable(JSContext* cx, Context* ctx) {
  if (!ctx->engine || ctx->closed) {
    return ThrowError(cx, "ERR_INVALID_STATE",
                      "zlib context is closed or not initialized");
  }
  if (ctx->write_in_progress) {
    return ThrowError(cx, "ERR_INVALID_STATE",
                      "zlib context has a write in progress");
  }
  return true;
}

static bool Params(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Context* ctx = Unwrap(cx, args);
  if (!ctx || !Usable(cx, ctx)) return false;
  return ReturnFailure(cx, args,
                       ctx->engine->Params(static_cast<int>(IntArg(args, 0)),
                                           static_cast<int>(IntArg(args, 1))));
}

static bool Reset(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Context* ctx = Unwrap(cx, args);
  if (!ctx || !Usable(cx, ctx)) return false;
  return ReturnFailure(cx, args, ctx->engine->Reset());
}

static void FreeEngine(JSObject* obj, Context* ctx) {
  ctx->engine.reset();
  ReportMemory(obj, ctx);
}

// Frees the library's state now, or when the write in flight completes.
static bool Close(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Context* ctx = Unwrap(cx, args);
  if (!ctx) return false;
  ctx->closed = true;
  if (ctx->write_in_progress) {
    ctx->pending_close = true;
  } else {
    FreeEngine(&args.thisv().toObject(), ctx);
  }
  args.rval().setUndefined();
  return true;
}

// The bytes [offset, offset + length) of a Uint8Array argument, checked.
struct Range {
  JSObject* view = nullptr;
  size_t offset = 0, length = 0;
};

static bool RangeArgs(JSContext* cx, const JS::CallArgs& args, unsigned i,
                      Range* out) {
  JS::HandleValue v = args.get(i);
  if (!v.isObject() || !JS_IsArrayBufferViewObject(&v.toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "zlib write needs ArrayBufferViews");
  }
  out->view = &v.toObject();
  double offset = args.get(i + 1).isNumber() ? args[i + 1].toNumber() : -1;
  double length = args.get(i + 2).isNumber() ? args[i + 2].toNumber() : -1;
  double size = static_cast<double>(JS_GetArrayBufferViewByteLength(out->view));
  if (offset < 0 || length < 0 || offset + length > size) {
    return ThrowRangeError(cx, "ERR_OUT_OF_RANGE",
                           "zlib write range is outside the buffer");
  }
  out->offset = static_cast<size_t>(offset);
  out->length = static_cast<size_t>(length);
  return true;
}

static uint8_t* RangeData(const Range& r, const JS::AutoRequireNoGC& nogc) {
  bool shared = false;
  auto* data =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(r.view, &shared, nogc));
  return data ? data + r.offset : nullptr;
}

static void StoreWriteState(JSObject* obj, Context* ctx) {
  JSObject* state = &JS::GetReservedSlot(obj, kWriteStateSlot).toObject();
  bool shared = false;
  JS::AutoCheckCannotGC nogc;
  if (JS_GetTypedArrayLength(state) < 2) return;
  double* fields = JS_GetFloat64ArrayData(state, &shared, nogc);
  fields[0] = static_cast<double>(ctx->engine->avail_out);
  fields[1] = static_cast<double>(ctx->engine->avail_in);
}

static bool ErrorTriple(JSContext* cx, const WriteError& e,
                        JS::RootedValueArray<3>* triple) {
  JSString* message = NewStringUtf8(cx, e.message);
  if (!message) return false;
  (*triple)[0].setString(message);
  (*triple)[1].setInt32(e.err);
  JSString* code = NewStringUtf8(cx, e.code);
  if (!code) return false;
  (*triple)[2].setString(code);
  return true;
}

static bool WriteSync(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Context* ctx = Unwrap(cx, args);
  if (!ctx || !Usable(cx, ctx)) return false;
  Range in, out;
  if (!RangeArgs(cx, args, 1, &in) || !RangeArgs(cx, args, 4, &out))
    return false;
  Engine* engine = ctx->engine.get();
  {
    JS::AutoCheckCannotGC nogc;
    engine->flush = static_cast<int>(IntArg(args, 0));
    engine->next_in = RangeData(in, nogc);
    engine->avail_in = engine->next_in ? in.length : 0;
    engine->next_out = RangeData(out, nogc);
    engine->avail_out = engine->next_out ? out.length : 0;
    engine->Run();
    engine->next_in = nullptr;
    engine->next_out = nullptr;
  }
  StoreWriteState(&args.thisv().toObject(), ctx);
  WriteError e = engine->CheckError();
  if (!e.failed()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedValueArray<3> triple(cx);
  if (!ErrorTriple(cx, e, &triple)) return false;
  JSObject* array = JS::NewArrayObject(cx, triple);
  if (!array) return false;
  args.rval().setObject(*array);
  return true;
}

class WriteReq final : public ReqWrap<uv_work_t> {
 public:
  WriteReq(Environment* env, JS::HandleObject obj, Context* ctx)
      : ReqWrap(env, obj), ctx(ctx) {}
  Context* ctx;
};

static void DoWrite(uv_work_t* req) {
  auto* w = static_cast<WriteReq*>(ReqWrap<uv_work_t>::From(req));
  Engine* engine = w->ctx->engine.get();
  engine->Run();
  w->ctx->error = engine->CheckError();
}

// Releases what a write held: the pins and the slots with the buffers.
static void EndWrite(JSObject* obj, Context* ctx) {
  ctx->write_in_progress = false;
  if (ctx->pinned_input) {
    JS::PinArrayBufferOrViewLength(
        &JS::GetReservedSlot(obj, kInputSlot).toObject(), false);
  }
  if (ctx->pinned_output) {
    JS::PinArrayBufferOrViewLength(
        &JS::GetReservedSlot(obj, kOutputSlot).toObject(), false);
  }
  ctx->pinned_input = ctx->pinned_output = false;
  JS::SetReservedSlot(obj, kInputSlot, JS::UndefinedValue());
  JS::SetReservedSlot(obj, kOutputSlot, JS::UndefinedValue());
  ctx->engine->next_in = nullptr;
  ctx->engine->next_out = nullptr;
}

static void AfterWrite(uv_work_t* req, int status) {
  std::unique_ptr<WriteReq> w(
      static_cast<WriteReq*>(ReqWrap<uv_work_t>::From(req)));
  Environment* env = w->env();
  Context* ctx = w->ctx;
  if (env->is_stopping()) {
    ctx->write_in_progress = false;
    return;
  }
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedObject obj(cx, w->object());
  w.reset();  // obj stays rooted here
  EndWrite(obj, ctx);
  if (ctx->pending_close) {
    FreeEngine(obj, ctx);
    return;
  }
  if (status == UV_ECANCELED) return;
  StoreWriteState(obj, ctx);
  JS::RootedValue rval(cx);
  if (!ctx->error.failed()) {
    MakeCallback(env, obj, "oncomplete", JS::HandleValueArray::empty(), &rval);
    return;
  }
  JS::RootedValueArray<3> triple(cx);
  if (!ErrorTriple(cx, ctx->error, &triple)) {
    env->HandleUncaughtException();
    return;
  }
  MakeCallback(env, obj, "oncomplete", triple, &rval);
}

// Makes a buffer safe for a worker thread: its bytes out of the object and
// its length fixed. Sets whether this call pinned it. A buffer already
// pinned is in use by another write (a pooled Buffer's slab) and was made
// non-inline then; the engine refuses to move a pinned buffer's bytes.
static bool Hold(JSContext* cx, JS::HandleObject view, bool* pinned) {
  *pinned = JS::PinArrayBufferOrViewLength(view, true);
  if (!*pinned) return true;
  JS::PinArrayBufferOrViewLength(view, false);
  if (!JS::EnsureNonInlineArrayBufferOrView(cx, view)) {
    *pinned = false;
    return false;
  }
  JS::PinArrayBufferOrViewLength(view, true);
  return true;
}

static bool Write(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Context* ctx = Unwrap(cx, args);
  if (!ctx || !Usable(cx, ctx)) return false;
  Range in, out;
  if (!RangeArgs(cx, args, 1, &in) || !RangeArgs(cx, args, 4, &out))
    return false;
  JS::RootedObject obj(cx, &args.thisv().toObject());
  JS::RootedObject in_view(cx, in.view), out_view(cx, out.view);
  bool pinned_in = false, pinned_out = false;
  if (!Hold(cx, in_view, &pinned_in)) return false;
  if (!Hold(cx, out_view, &pinned_out)) {
    if (pinned_in) JS::PinArrayBufferOrViewLength(in_view, false);
    return false;
  }
  in.view = in_view;
  out.view = out_view;
  JS::SetReservedSlot(obj, kInputSlot, JS::ObjectValue(*in_view));
  JS::SetReservedSlot(obj, kOutputSlot, JS::ObjectValue(*out_view));
  ctx->pinned_input = pinned_in;
  ctx->pinned_output = pinned_out;
  ctx->write_in_progress = true;
  ctx->error = {};
  Engine* engine = ctx->engine.get();
  engine->flush = static_cast<int>(IntArg(args, 0));
  {
    JS::AutoCheckCannotGC nogc;
    engine->next_in = RangeData(in, nogc);
    engine->avail_in = engine->next_in ? in.length : 0;
    engine->next_out = RangeData(out, nogc);
    engine->avail_out = engine->next_out ? out.length : 0;
  }
  Environment* env = Environment::From(cx);
  auto* w = new WriteReq(env, obj, ctx);
  int err = uv_queue_work(env->loop(), w->req(), DoWrite, AfterWrite);
  if (err < 0) {
    delete w;
    EndWrite(obj, ctx);
    return ThrowUVException(cx, err, "uv_queue_work");
  }
  args.rval().setUndefined();
  return true;
}

// crc32(view, value): zlib's CRC-32 of the bytes, continuing from value.
static bool Crc32(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() ||
      !JS_IsArrayBufferViewObject(&args[0].toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "crc32 needs an ArrayBufferView");
  }
  uLong crc = static_cast<uLong>(
      args.get(1).isNumber() ? static_cast<uint32_t>(args[1].toNumber()) : 0);
  uint8_t* data = nullptr;
  size_t length = 0;
  {
    JS::AutoCheckCannotGC nogc;
    GetViewBytes(&args[0].toObject(), &data, &length);
    crc = crc32_z(crc, data, length);
  }
  args.rval().setNumber(static_cast<double>(static_cast<uint32_t>(crc)));
  return true;
}

static bool DefineConstants(JSContext* cx, JS::HandleObject exports) {
  JS::RootedObject c(cx, JS_NewPlainObject(cx));
  if (!c) return false;
  struct Constant {
    const char* name;
    double value;
  };
  // clang-format off
  static const Constant kConstants[] = {
#define Z(name) {#name, static_cast<double>(name)},
      Z(Z_NO_FLUSH) Z(Z_PARTIAL_FLUSH) Z(Z_SYNC_FLUSH) Z(Z_FULL_FLUSH)
      Z(Z_FINISH) Z(Z_BLOCK) Z(Z_OK) Z(Z_STREAM_END) Z(Z_NEED_DICT)
      Z(Z_ERRNO) Z(Z_STREAM_ERROR) Z(Z_DATA_ERROR) Z(Z_MEM_ERROR)
      Z(Z_BUF_ERROR) Z(Z_VERSION_ERROR) Z(Z_NO_COMPRESSION) Z(Z_BEST_SPEED)
      Z(Z_BEST_COMPRESSION) Z(Z_DEFAULT_COMPRESSION) Z(Z_FILTERED)
      Z(Z_HUFFMAN_ONLY) Z(Z_RLE) Z(Z_FIXED) Z(Z_DEFAULT_STRATEGY)
      Z(ZLIB_VERNUM)
#undef Z
      {"DEFLATE", kDeflate},
      {"INFLATE", kInflate},
      {"GZIP", kGzip},
      {"GUNZIP", kGunzip},
      {"DEFLATERAW", kDeflateRaw},
      {"INFLATERAW", kInflateRaw},
      {"UNZIP", kUnzip},
      {"BROTLI_DECODE", kBrotliDecode},
      {"BROTLI_ENCODE", kBrotliEncode},
      {"ZSTD_DECOMPRESS", kZstdDecompress},
      {"ZSTD_COMPRESS", kZstdCompress},
      {"Z_MIN_WINDOWBITS", 8},
      {"Z_MAX_WINDOWBITS", 15},
      {"Z_DEFAULT_WINDOWBITS", 15},
      {"Z_MIN_CHUNK", 64},
      {"Z_MAX_CHUNK", INFINITY},
      {"Z_DEFAULT_CHUNK", 16 * 1024},
      {"Z_MIN_MEMLEVEL", 1},
      {"Z_MAX_MEMLEVEL", 9},
      {"Z_DEFAULT_MEMLEVEL", 8},
      {"Z_MIN_LEVEL", -1},
      {"Z_MAX_LEVEL", 9},
      {"Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION},
#define B(name) {#name, static_cast<double>(name)},
      B(BROTLI_OPERATION_PROCESS) B(BROTLI_OPERATION_FLUSH)
      B(BROTLI_OPERATION_FINISH) B(BROTLI_OPERATION_EMIT_METADATA)
      B(BROTLI_PARAM_MODE) B(BROTLI_MODE_GENERIC) B(BROTLI_MODE_TEXT)
      B(BROTLI_MODE_FONT) B(BROTLI_DEFAULT_MODE) B(BROTLI_PARAM_QUALITY)
      B(BROTLI_MIN_QUALITY) B(BROTLI_MAX_QUALITY) B(BROTLI_DEFAULT_QUALITY)
      B(BROTLI_PARAM_LGWIN) B(BROTLI_MIN_WINDOW_BITS) B(BROTLI_MAX_WINDOW_BITS)
      B(BROTLI_LARGE_MAX_WINDOW_BITS) B(BROTLI_DEFAULT_WINDOW)
      B(BROTLI_PARAM_LGBLOCK) B(BROTLI_MIN_INPUT_BLOCK_BITS)
      B(BROTLI_MAX_INPUT_BLOCK_BITS)
      B(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING)
      B(BROTLI_PARAM_SIZE_HINT) B(BROTLI_PARAM_LARGE_WINDOW)
      B(BROTLI_PARAM_NPOSTFIX) B(BROTLI_PARAM_NDIRECT)
      B(BROTLI_DECODER_RESULT_ERROR) B(BROTLI_DECODER_RESULT_SUCCESS)
      B(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
      B(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
      B(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION)
      B(BROTLI_DECODER_PARAM_LARGE_WINDOW) B(BROTLI_DECODER_NO_ERROR)
      B(BROTLI_DECODER_SUCCESS) B(BROTLI_DECODER_NEEDS_MORE_INPUT)
      B(BROTLI_DECODER_NEEDS_MORE_OUTPUT)
      B(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE)
      B(BROTLI_DECODER_ERROR_FORMAT_RESERVED)
      B(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE)
      B(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET)
      B(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME)
      B(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE)
      B(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE)
      B(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT)
      B(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1)
      B(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2)
      B(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM)
      B(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY)
      B(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS)
      B(BROTLI_DECODER_ERROR_FORMAT_PADDING_1)
      B(BROTLI_DECODER_ERROR_FORMAT_PADDING_2)
      B(BROTLI_DECODER_ERROR_FORMAT_DISTANCE)
      B(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET)
      B(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS)
      B(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES)
      B(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS)
      B(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP)
      B(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1)
      B(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2)
      B(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES)
      B(BROTLI_DECODER_ERROR_UNREACHABLE)
      B(ZSTD_e_continue) B(ZSTD_e_flush) B(ZSTD_e_end) B(ZSTD_fast)
      B(ZSTD_dfast) B(ZSTD_greedy) B(ZSTD_lazy) B(ZSTD_lazy2)
      B(ZSTD_btlazy2) B(ZSTD_btopt) B(ZSTD_btultra) B(ZSTD_btultra2)
      B(ZSTD_c_compressionLevel) B(ZSTD_c_windowLog) B(ZSTD_c_hashLog)
      B(ZSTD_c_chainLog) B(ZSTD_c_searchLog) B(ZSTD_c_minMatch)
      B(ZSTD_c_targetLength) B(ZSTD_c_strategy)
      B(ZSTD_c_enableLongDistanceMatching) B(ZSTD_c_ldmHashLog)
      B(ZSTD_c_ldmMinMatch) B(ZSTD_c_ldmBucketSizeLog)
      B(ZSTD_c_ldmHashRateLog) B(ZSTD_c_contentSizeFlag)
      B(ZSTD_c_checksumFlag) B(ZSTD_c_dictIDFlag) B(ZSTD_c_nbWorkers)
      B(ZSTD_c_jobSize) B(ZSTD_c_overlapLog) B(ZSTD_d_windowLogMax)
      B(ZSTD_CLEVEL_DEFAULT)
#undef B
#define E(name) {"ZSTD_error_" #name, static_cast<double>(ZSTD_error_##name)},
      E(no_error) E(GENERIC) E(prefix_unknown) E(version_unsupported)
      E(frameParameter_unsupported) E(frameParameter_windowTooLarge)
      E(corruption_detected) E(checksum_wrong) E(literals_headerWrong)
      E(dictionary_corrupted) E(dictionary_wrong)
      E(dictionaryCreation_failed) E(parameter_unsupported)
      E(parameter_combination_unsupported) E(parameter_outOfBound)
      E(tableLog_tooLarge) E(maxSymbolValue_tooLarge)
      E(maxSymbolValue_tooSmall) E(stabilityCondition_notRespected)
      E(stage_wrong) E(init_missing) E(memory_allocation)
      E(workSpace_tooSmall) E(dstSize_tooSmall) E(srcSize_wrong)
      E(dstBuffer_null) E(noForwardProgress_destFull)
      E(noForwardProgress_inputEmpty)
#undef E
  };
  // clang-format on
  for (const Constant& k : kConstants) {
    if (!SetNumberProperty(cx, c, k.name, k.value)) return false;
  }
  return SetObjectProperty(cx, exports, "constants", c);
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {JS_FN("init", Init, 5, 0),
                                           JS_FN("params", Params, 2, 0),
                                           JS_FN("reset", Reset, 0, 0),
                                           JS_FN("close", Close, 0, 0),
                                           JS_FN("write", Write, 7, 0),
                                           JS_FN("writeSync", WriteSync, 7, 0),
                                           JS_FS_END};
  JS::RootedObject proto(
      cx, JS_InitClass(cx, exports, &kContextClass, nullptr, "Zlib", New, 2,
                       nullptr, methods, nullptr, nullptr));
  if (!proto) return false;
  static const JSFunctionSpec functions[] = {JS_FN("crc32", Crc32, 2, 0),
                                             JS_FS_END};
  return JS_DefineFunctions(cx, exports, functions) &&
         DefineConstants(cx, exports);
}

}  // namespace eddy::binding::zlib
