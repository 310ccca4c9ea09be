#include "util/encoding.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace enc = eddy::encoding;

TEST(Encoding, Utf8LengthCountsSurrogatePairsAsFour) {
  std::u16string s = u"a\u00e9\u4e2d\U0001F600";
  EXPECT_EQ(enc::Utf8Length(s.data(), s.size()), 1u + 2u + 3u + 4u);
}

TEST(Encoding, LoneSurrogateEncodesAsReplacementCharacter) {
  std::u16string s = u"x";
  s.push_back(0xD800);
  uint8_t out[8];
  size_t read = 0;
  size_t n = enc::WriteUtf8(s.data(), s.size(), out, sizeof out, &read);
  ASSERT_EQ(n, 4u);
  EXPECT_EQ(out[1], 0xEF);
  EXPECT_EQ(out[2], 0xBF);
  EXPECT_EQ(out[3], 0xBD);
  EXPECT_EQ(read, 2u);
}

TEST(Encoding, WriteUtf8NeverSplitsACharacter) {
  std::u16string s = u"a\u4e2d";
  uint8_t out[3];
  size_t read = 0;
  EXPECT_EQ(enc::WriteUtf8(s.data(), s.size(), out, 3, &read), 1u);
  EXPECT_EQ(read, 1u);
}

TEST(Encoding, DecodeUtf8ReplacesMaximalSubparts) {
  const uint8_t bad[] = {0x61, 0xF0, 0x9F, 0x98, 0x62, 0xFF, 0x63};
  std::u16string out;
  EXPECT_FALSE(enc::DecodeUtf8(bad, sizeof bad, &out));
  EXPECT_EQ(out, u"a\uFFFDb\uFFFDc");
}

TEST(Encoding, DecodeUtf8RejectsOverlongAndSurrogates) {
  const uint8_t overlong[] = {0xC0, 0x80};
  const uint8_t surrogate[] = {0xED, 0xA0, 0x80};
  std::u16string out;
  EXPECT_FALSE(enc::DecodeUtf8(overlong, sizeof overlong, &out));
  EXPECT_EQ(out, u"\uFFFD\uFFFD");
  EXPECT_FALSE(enc::DecodeUtf8(surrogate, sizeof surrogate, &out));
  EXPECT_EQ(out, u"\uFFFD\uFFFD\uFFFD");
}

TEST(Encoding, Base64RoundTripAndUrlAlphabet) {
  const uint8_t data[] = {0xfb, 0xff, 0x00, 0x41};
  std::string b64(enc::Base64EncodedLength(4, false), '\0');
  enc::Base64Encode(data, 4, b64.data(), false);
  EXPECT_EQ(b64, "+/8AQQ==");
  std::string url(enc::Base64EncodedLength(4, true), '\0');
  enc::Base64Encode(data, 4, url.data(), true);
  EXPECT_EQ(url, "-_8AQQ");
  uint8_t back[8];
  const uint8_t* text = reinterpret_cast<const uint8_t*>(url.data());
  EXPECT_EQ(enc::Base64Decode(text, url.size(), back, sizeof back), 4u);
  EXPECT_EQ(back[0], 0xfb);
  EXPECT_EQ(back[3], 0x41);
}

TEST(Encoding, Base64DecodeSkipsJunkAndStopsAtPadding) {
  const char* s = "YW Jj\nZA==ZZZZ";
  uint8_t out[16];
  size_t n = enc::Base64Decode(reinterpret_cast<const uint8_t*>(s), strlen(s),
                               out, sizeof out);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), n), "abcd");
}

TEST(Encoding, HexStopsAtFirstInvalidPair) {
  const char* s = "6869zz41";
  uint8_t out[8];
  EXPECT_EQ(
      enc::HexDecode(reinterpret_cast<const uint8_t*>(s), strlen(s), out, 8),
      2u);
  EXPECT_EQ(out[0], 'h');
}

TEST(Encoding, IsUtf8AndIsAscii) {
  const uint8_t ascii[] = "hello world, plain ascii";
  const uint8_t utf8[] = {0xE2, 0x82, 0xAC};
  const uint8_t truncated[] = {0xE2, 0x82};
  EXPECT_TRUE(enc::IsAscii(ascii, sizeof ascii - 1));
  EXPECT_FALSE(enc::IsAscii(utf8, 3));
  EXPECT_TRUE(enc::IsUtf8(utf8, 3));
  EXPECT_FALSE(enc::IsUtf8(truncated, 2));
}
