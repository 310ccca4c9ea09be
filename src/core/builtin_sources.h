#ifndef EDDY_CORE_BUILTIN_SOURCES_H_
#define EDDY_CORE_BUILTIN_SOURCES_H_

#include <cstddef>

namespace eddy {

// One embedded lib/ file with its encoded stencil; the table is generated
// at build time by tools/embed_builtins.cc.
struct BuiltinSource {
  const char* id;  // "events", "internal/errors"
  const char* source;
  size_t length;
  const char* stencil;
  size_t stencil_length;
};

extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

// The engine's self-hosted code, pre-parsed (JS::InitSelfHostedCode).
extern const unsigned char* const kSelfHostedCache;
extern const size_t kSelfHostedCacheSize;

}  // namespace eddy

#endif  // EDDY_CORE_BUILTIN_SOURCES_H_
