#ifndef EDDY_UTIL_ENCODING_H_
#define EDDY_UTIL_ENCODING_H_

// Byte encoders and decoders behind Buffer, TextEncoder/TextDecoder and fs.
// Engine-free, so test/cctest checks them directly. Strings arrive as the
// engine stores them: Latin-1 bytes or UTF-16 code units.

#include <cstddef>
#include <cstdint>
#include <string>

namespace eddy::encoding {

bool IsAscii(const uint8_t* data, size_t len);
bool IsUtf8(const uint8_t* data, size_t len);

// UTF-8 length of a string; lone surrogates count as U+FFFD (3 bytes).
size_t Utf8Length(const uint8_t* latin1, size_t len);
size_t Utf8Length(const char16_t* utf16, size_t len);

// Writes at most `cap` bytes of UTF-8 and never splits a character. Returns
// bytes written; `*units_read` gets the code units consumed.
size_t WriteUtf8(const uint8_t* latin1, size_t len, uint8_t* dst, size_t cap,
                 size_t* units_read);
size_t WriteUtf8(const char16_t* utf16, size_t len, uint8_t* dst, size_t cap,
                 size_t* units_read);

// Decodes UTF-8 into UTF-16 replacing each maximal invalid subpart with
// U+FFFD (the WHATWG decoder). Returns false when any replacement happened.
bool DecodeUtf8(const uint8_t* data, size_t len, std::u16string* out);

size_t Base64EncodedLength(size_t len, bool url);
// Writes Base64EncodedLength(len, url) characters.
void Base64Encode(const uint8_t* src, size_t len, char* dst, bool url);
// Node's lenient decoder: accepts both alphabets, skips characters outside
// them and stops at '='. Returns bytes written (at most `cap`).
template <typename Char>
size_t Base64Decode(const Char* src, size_t len, uint8_t* dst, size_t cap);
// Node's Buffer.byteLength(str, 'base64').
template <typename Char>
size_t Base64DecodedLength(const Char* src, size_t len);

void HexEncode(const uint8_t* src, size_t len, char* dst);
// Decodes pairs until the first invalid one; returns bytes written.
template <typename Char>
size_t HexDecode(const Char* src, size_t len, uint8_t* dst, size_t cap);

}  // namespace eddy::encoding

#endif  // EDDY_UTIL_ENCODING_H_
