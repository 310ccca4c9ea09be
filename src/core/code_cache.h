#ifndef EDDY_CORE_CODE_CACHE_H_
#define EDDY_CORE_CODE_CACHE_H_

// vm's code cache (Script#createCachedData, `cachedData`, and the same for
// SourceTextModule): the engine's encoded stencil behind a header that
// names the kind of code and a hash of its source, so that data made for
// other source text, or damaged, is rejected instead of run.

#include <js/experimental/JSStencil.h>
#include <jsapi.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace eddy {

enum class CodeCacheKind : uint8_t { kScript = 1, kModule = 2 };

// Appends the header and the encoded stencil to `out`. False (with no
// exception pending) when the engine cannot encode it (asm.js).
bool EncodeCodeCache(JSContext* cx, CodeCacheKind kind,
                     std::u16string_view source, JS::Stencil* stencil,
                     std::vector<uint8_t>* out);

// The stencil in `data` when it was made by EncodeCodeCache for this kind
// and source by this engine build; null (nothing pending) otherwise.
already_AddRefed<JS::Stencil> DecodeCodeCache(
    JSContext* cx, CodeCacheKind kind, std::u16string_view source,
    const uint8_t* data, size_t length,
    const JS::ReadOnlyCompileOptions& options);

}  // namespace eddy

#endif  // EDDY_CORE_CODE_CACHE_H_
