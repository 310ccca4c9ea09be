#include "util/encoding.h"

#include <cstring>

namespace eddy::encoding {

bool IsAscii(const uint8_t* data, size_t len) {
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, data + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < len; i++)
    if (data[i] & 0x80) return false;
  return true;
}

// Length of the valid UTF-8 sequence starting at data[i], or 0 if invalid.
static size_t ValidSequenceLength(const uint8_t* d, size_t i, size_t len) {
  uint8_t c = d[i];
  if (c < 0x80) return 1;
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + need >= len) return 0;
  if (d[i + 1] < lo || d[i + 1] > hi) return 0;
  for (size_t k = 2; k <= need; k++)
    if (d[i + k] < 0x80 || d[i + k] > 0xBF) return 0;
  return need + 1;
}

bool IsUtf8(const uint8_t* data, size_t len) {
  size_t i = 0;
  while (i < len) {
    if (data[i] < 0x80) {
      i++;
      continue;
    }
    size_t n = ValidSequenceLength(data, i, len);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

size_t Utf8Length(const uint8_t* latin1, size_t len) {
  size_t n = len;
  for (size_t i = 0; i < len; i++) n += latin1[i] >> 7;
  return n;
}

size_t Utf8Length(const char16_t* s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    char16_t c = s[i];
    if (c < 0x80) {
      n += 1;
    } else if (c < 0x800) {
      n += 2;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len &&
               s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      n += 4;
      i++;
    } else {
      n += 3;  // BMP character, or a lone surrogate written as U+FFFD
    }
  }
  return n;
}

size_t WriteUtf8(const uint8_t* s, size_t len, uint8_t* dst, size_t cap,
                 size_t* units_read) {
  size_t w = 0, i = 0;
  for (; i < len; i++) {
    uint8_t c = s[i];
    if (c < 0x80) {
      if (w + 1 > cap) break;
      dst[w++] = c;
    } else {
      if (w + 2 > cap) break;
      dst[w++] = static_cast<uint8_t>(0xC0 | (c >> 6));
      dst[w++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    }
  }
  if (units_read) *units_read = i;
  return w;
}

size_t WriteUtf8(const char16_t* s, size_t len, uint8_t* dst, size_t cap,
                 size_t* units_read) {
  size_t w = 0, i = 0;
  while (i < len) {
    uint32_t c = s[i];
    size_t units = 1;
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < len && s[i + 1] >= 0xDC00 &&
          s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        units = 2;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x80) {
      if (w + 1 > cap) break;
      dst[w++] = static_cast<uint8_t>(c);
    } else if (c < 0x800) {
      if (w + 2 > cap) break;
      dst[w++] = static_cast<uint8_t>(0xC0 | (c >> 6));
      dst[w++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      if (w + 3 > cap) break;
      dst[w++] = static_cast<uint8_t>(0xE0 | (c >> 12));
      dst[w++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      dst[w++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    } else {
      if (w + 4 > cap) break;
      dst[w++] = static_cast<uint8_t>(0xF0 | (c >> 18));
      dst[w++] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
      dst[w++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      dst[w++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    }
    i += units;
  }
  if (units_read) *units_read = i;
  return w;
}

bool DecodeUtf8(const uint8_t* d, size_t len, std::u16string* out) {
  out->clear();
  out->reserve(len);
  bool valid = true;
  size_t i = 0;
  while (i < len) {
    uint8_t c = d[i];
    if (c < 0x80) {
      out->push_back(c);
      i++;
      continue;
    }
    size_t n = ValidSequenceLength(d, i, len);
    if (n == 0) {
      // Replace the maximal subpart: the lead byte plus any continuation
      // bytes that were still valid for it.
      valid = false;
      out->push_back(0xFFFD);
      size_t need = 0;
      uint8_t lo = 0x80, hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
      }
      size_t k = 1;
      while (k <= need && i + k < len) {
        uint8_t b = d[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) break;
        k++;
      }
      i += k;
      continue;
    }
    uint32_t cp;
    if (n == 2) {
      cp = ((c & 0x1F) << 6) | (d[i + 1] & 0x3F);
    } else if (n == 3) {
      cp = ((c & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
    } else {
      cp = ((c & 0x07) << 18) | ((d[i + 1] & 0x3F) << 12) |
           ((d[i + 2] & 0x3F) << 6) | (d[i + 3] & 0x3F);
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out->push_back(static_cast<char16_t>(cp));
    }
    i += n;
  }
  return valid;
}

static const char kB64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char kB64Url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t Base64EncodedLength(size_t len, bool url) {
  if (url) return (len * 4 + 2) / 3;  // no padding
  return (len + 2) / 3 * 4;
}

void Base64Encode(const uint8_t* s, size_t len, char* dst, bool url) {
  const char* t = url ? kB64Url : kB64;
  size_t i = 0;
  for (; i + 3 <= len; i += 3) {
    uint32_t v = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2];
    *dst++ = t[v >> 18];
    *dst++ = t[(v >> 12) & 63];
    *dst++ = t[(v >> 6) & 63];
    *dst++ = t[v & 63];
  }
  if (len - i == 1) {
    uint32_t v = s[i] << 16;
    *dst++ = t[v >> 18];
    *dst++ = t[(v >> 12) & 63];
    if (!url) {
      *dst++ = '=';
      *dst++ = '=';
    }
  } else if (len - i == 2) {
    uint32_t v = (s[i] << 16) | (s[i + 1] << 8);
    *dst++ = t[v >> 18];
    *dst++ = t[(v >> 12) & 63];
    *dst++ = t[(v >> 6) & 63];
    if (!url) *dst++ = '=';
  }
}

static int B64Value(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

template <typename Char>
size_t Base64Decode(const Char* src, size_t len, uint8_t* dst, size_t cap) {
  uint32_t acc = 0;
  int bits = 0;
  size_t w = 0;
  for (size_t i = 0; i < len && w < cap; i++) {
    uint32_t c = static_cast<uint32_t>(src[i]);
    if (c == '=') break;
    int v = B64Value(c);
    if (v < 0) continue;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      dst[w++] = static_cast<uint8_t>(acc >> bits);
    }
  }
  return w;
}

template <typename Char>
size_t Base64DecodedLength(const Char* src, size_t len) {
  size_t n = len;
  if (n > 0 && src[n - 1] == '=') n--;
  if (n > 0 && src[n - 1] == '=') n--;
  return (n * 3) >> 2;
}

void HexEncode(const uint8_t* s, size_t len, char* dst) {
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < len; i++) {
    dst[2 * i] = kHex[s[i] >> 4];
    dst[2 * i + 1] = kHex[s[i] & 15];
  }
}

static int HexValue(uint32_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

template <typename Char>
size_t HexDecode(const Char* src, size_t len, uint8_t* dst, size_t cap) {
  size_t w = 0;
  for (size_t i = 0; i + 1 < len && w < cap; i += 2) {
    int hi = HexValue(static_cast<uint32_t>(src[i]));
    int lo = HexValue(static_cast<uint32_t>(src[i + 1]));
    if (hi < 0 || lo < 0) break;
    dst[w++] = static_cast<uint8_t>(hi * 16 + lo);
  }
  return w;
}

template size_t Base64Decode(const uint8_t*, size_t, uint8_t*, size_t);
template size_t Base64Decode(const char16_t*, size_t, uint8_t*, size_t);
template size_t Base64DecodedLength(const uint8_t*, size_t);
template size_t Base64DecodedLength(const char16_t*, size_t);
template size_t HexDecode(const uint8_t*, size_t, uint8_t*, size_t);
template size_t HexDecode(const char16_t*, size_t, uint8_t*, size_t);

}  // namespace eddy::encoding
