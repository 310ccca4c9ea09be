#ifndef EDDY_CORE_BUILTIN_SOURCES_H_
#define EDDY_CORE_BUILTIN_SOURCES_H_

#include <cstddef>

namespace eddy {

// One embedded lib/ file; the table is generated at build time by
// tools/embed_builtins.cc.
struct BuiltinSource {
  const char* id;  // "events", "internal/errors"
  const char* source;
  size_t length;
};

extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

}  // namespace eddy

#endif  // EDDY_CORE_BUILTIN_SOURCES_H_
