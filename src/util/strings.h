#ifndef EDDY_UTIL_STRINGS_H_
#define EDDY_UTIL_STRINGS_H_

// String helpers that never touch the engine.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// Invariant checks: a failed CHECK is a bug in eddy, never a user error.
#define CHECK(expr)                                                          \
  do {                                                                       \
    if (!(expr)) {                                                           \
      fprintf(stderr, "eddy: %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
              #expr);                                                        \
      abort();                                                               \
    }                                                                        \
  } while (0)

namespace eddy {

bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// Reads a whole file; false (with errno set) when it cannot be read.
bool ReadFileToString(const char* path, std::string* out);

// FNV-1a, 64 bits, over `size` bytes, continuing from `hash`: the key of
// eddy's on-disk caches (compile cache, code cache, TypeScript).
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
uint64_t Fnv1a64(const void* data, size_t size, uint64_t hash = kFnvOffset);
// The hash as 16 hex digits.
std::string HashHex(uint64_t hash);

}  // namespace eddy

#endif  // EDDY_UTIL_STRINGS_H_
