// The string helpers of src/util/strings.h.

#include <gtest/gtest.h>

#include "util/strings.h"

namespace eddy {

// Reference values of FNV-1a 64 (the published test vectors).
TEST(Fnv1a64, KnownVectors) {
  EXPECT_EQ(Fnv1a64("", 0), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a", 1), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(Fnv1a64("foobar", 6), 0x85944171f73967e8ull);
}

TEST(Fnv1a64, ContinuesFromAHash) {
  EXPECT_EQ(Fnv1a64("bar", 3, Fnv1a64("foo", 3)), Fnv1a64("foobar", 6));
}

TEST(HashHex, SixteenDigits) {
  EXPECT_EQ(HashHex(0xaf63dc4c8601ec8cull), "af63dc4c8601ec8c");
  EXPECT_EQ(HashHex(1), "0000000000000001");
}

}  // namespace eddy
