#include "core/code_cache.h"

#include <cstring>

#include "util/strings.h"

namespace eddy {

// "EDDYCC", the kind, a zero byte, then the source hash: 16 bytes, which
// keeps the stencil that follows 8-byte aligned.
constexpr char kMagic[6] = {'E', 'D', 'D', 'Y', 'C', 'C'};
constexpr size_t kHeaderSize = 16;

static uint64_t SourceHash(std::u16string_view source) {
  return Fnv1a64(source.data(), source.size() * sizeof(char16_t));
}

bool EncodeCodeCache(JSContext* cx, CodeCacheKind kind,
                     std::u16string_view source, JS::Stencil* stencil,
                     std::vector<uint8_t>* out) {
  JS::TranscodeBuffer buffer;
  if (JS::EncodeStencil(cx, stencil, buffer) != JS::TranscodeResult::Ok) {
    JS_ClearPendingException(cx);
    return false;
  }
  uint8_t header[kHeaderSize] = {};
  memcpy(header, kMagic, sizeof(kMagic));
  header[6] = static_cast<uint8_t>(kind);
  uint64_t hash = SourceHash(source);
  memcpy(header + 8, &hash, sizeof(hash));
  out->insert(out->end(), header, header + kHeaderSize);
  out->insert(out->end(), buffer.begin(), buffer.end());
  return true;
}

already_AddRefed<JS::Stencil> DecodeCodeCache(
    JSContext* cx, CodeCacheKind kind, std::u16string_view source,
    const uint8_t* data, size_t length,
    const JS::ReadOnlyCompileOptions& options) {
  uint64_t hash = SourceHash(source);
  if (length <= kHeaderSize || memcmp(data, kMagic, sizeof(kMagic)) != 0 ||
      data[6] != static_cast<uint8_t>(kind) ||
      memcmp(data + 8, &hash, sizeof(hash)) != 0) {
    return nullptr;
  }
  // The engine reads the stencil in place: give it an aligned copy (the
  // caller's bytes may sit anywhere in a Buffer).
  std::vector<uint8_t> bytes(data + kHeaderSize, data + length);
  JS::DecodeOptions decode_options(options);
  JS::TranscodeRange range(bytes.data(), bytes.size());
  JS::Stencil* raw = nullptr;
  if (JS::DecodeStencil(cx, decode_options, range, &raw) !=
      JS::TranscodeResult::Ok) {
    JS_ClearPendingException(cx);
    return nullptr;
  }
  return already_AddRefed<JS::Stencil>(raw);
}

}  // namespace eddy
