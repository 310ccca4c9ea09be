// internalBinding('buffer'): the byte loops behind Buffer, TextEncoder and
// TextDecoder. lib/buffer.js validates arguments; offsets arrive in range.

#include <js/Array.h>
#include <js/String.h>
#include <js/experimental/TypedData.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "base/args.h"
#include "core/errors.h"
#include "util/encoding.h"

namespace eddy::binding::buffer {

namespace enc = eddy::encoding;

enum Encoding { kUtf8 = 1, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex };

// A string's code units, valid while no GC can run.
struct StringChars {
  const JS::Latin1Char* latin1 = nullptr;
  const char16_t* two_byte = nullptr;
  size_t length = 0;
};

static JSLinearString* Linear(JSContext* cx, const JS::Value& v) {
  if (!v.isString()) {
    ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "argument must be a string");
    return nullptr;
  }
  JS::RootedString s(cx, v.toString());
  return JS_EnsureLinearString(cx, s);
}

static StringChars Chars(JSContext* cx, JSLinearString* s,
                         const JS::AutoCheckCannotGC& nogc) {
  StringChars c;
  c.length = JS::GetLinearStringLength(s);
  if (JS::LinearStringHasLatin1Chars(s)) {
    c.latin1 = JS::GetLatin1LinearStringChars(nogc, s);
  } else {
    c.two_byte = JS::GetTwoByteLinearStringChars(nogc, s);
  }
  return c;
}

// The bytes of `chars` in `encoding`, written to dst (at most cap).
static size_t Encode(const StringChars& c, int encoding, uint8_t* dst,
                     size_t cap) {
  switch (encoding) {
    case kUcs2: {
      size_t units = std::min(c.length, cap / 2);
      for (size_t i = 0; i < units; i++) {
        char16_t u = c.latin1 ? c.latin1[i] : c.two_byte[i];
        dst[2 * i] = static_cast<uint8_t>(u & 0xFF);
        dst[2 * i + 1] = static_cast<uint8_t>(u >> 8);
      }
      return units * 2;
    }
    case kLatin1:
    case kAscii: {
      size_t n = std::min(c.length, cap);
      if (c.latin1) {
        memcpy(dst, c.latin1, n);
      } else {
        for (size_t i = 0; i < n; i++)
          dst[i] = static_cast<uint8_t>(c.two_byte[i]);
      }
      return n;
    }
    case kBase64:
    case kBase64Url:
      return c.latin1 ? enc::Base64Decode(c.latin1, c.length, dst, cap)
                      : enc::Base64Decode(c.two_byte, c.length, dst, cap);
    case kHex:
      return c.latin1 ? enc::HexDecode(c.latin1, c.length, dst, cap)
                      : enc::HexDecode(c.two_byte, c.length, dst, cap);
    default:
      return c.latin1 ? enc::WriteUtf8(c.latin1, c.length, dst, cap, nullptr)
                      : enc::WriteUtf8(c.two_byte, c.length, dst, cap, nullptr);
  }
}

static size_t EncodedLength(const StringChars& c, int encoding) {
  switch (encoding) {
    case kUcs2:
      return c.length * 2;
    case kLatin1:
    case kAscii:
      return c.length;
    case kBase64:
    case kBase64Url:
      return c.latin1 ? enc::Base64DecodedLength(c.latin1, c.length)
                      : enc::Base64DecodedLength(c.two_byte, c.length);
    case kHex:
      return c.length / 2;
    default:
      return c.latin1 ? enc::Utf8Length(c.latin1, c.length)
                      : enc::Utf8Length(c.two_byte, c.length);
  }
}

// Encodes a JS string to bytes in C++ memory.
static bool EncodeToBytes(JSContext* cx, const JS::Value& v, int encoding,
                          std::string* out) {
  JSLinearString* s = Linear(cx, v);
  if (!s) return false;
  JS::AutoCheckCannotGC nogc;
  StringChars c = Chars(cx, s, nogc);
  size_t cap = EncodedLength(c, encoding);
  out->resize(cap);
  out->resize(
      Encode(c, encoding, reinterpret_cast<uint8_t*>(out->data()), cap));
  return true;
}

static bool ViewArg(JSContext* cx, const JS::Value& v,
                    JS::MutableHandleObject out) {
  if (!v.isObject() || !JS_IsArrayBufferViewObject(&v.toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "argument must be a buffer");
  }
  out.set(&v.toObject());
  return true;
}

static bool ByteLength(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSLinearString* s = Linear(cx, args.get(0));
  if (!s) return false;
  JS::AutoCheckCannotGC nogc;
  size_t n =
      EncodedLength(Chars(cx, s, nogc), static_cast<int>(IntArg(args, 1)));
  args.rval().setNumber(static_cast<double>(n));
  return true;
}

// write(u8, string, offset, length, encoding) -> bytes written
static bool Write(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  JSLinearString* s = Linear(cx, args.get(1));
  if (!s) return false;
  int64_t offset = IntArg(args, 2);
  int64_t length = IntArg(args, 3);
  JS::AutoCheckCannotGC nogc;
  bool shared;
  size_t size = JS_GetArrayBufferViewByteLength(view);
  auto* data =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  if (offset < 0 || static_cast<size_t>(offset) > size)
    offset = static_cast<int64_t>(size);
  size_t cap = std::min<size_t>(size - offset, length < 0 ? 0 : length);
  size_t n = Encode(Chars(cx, s, nogc), static_cast<int>(IntArg(args, 4)),
                    data + offset, cap);
  args.rval().setNumber(static_cast<double>(n));
  return true;
}

static JSString* NewLatin1(JSContext* cx, const uint8_t* bytes, size_t n) {
  JS::UniqueLatin1Chars chars(js_pod_malloc<JS::Latin1Char>(n + 1));
  if (!chars) {
    JS_ReportOutOfMemory(cx);
    return nullptr;
  }
  memcpy(chars.get(), bytes, n);
  chars[n] = 0;
  return JS_NewLatin1String(cx, std::move(chars), n);
}

// Node's error for a string longer than the engine allows, thrown before
// the engine's own (an InternalError without a code).
static bool FitsInString(JSContext* cx, size_t length) {
  if (length <= JS::MaxStringLength) return true;
  ThrowError(cx, "ERR_STRING_TOO_LONG",
             "Cannot create a string longer than 0x%x characters",
             static_cast<unsigned>(JS::MaxStringLength));
  return false;
}

// The length of the string Decode makes of n bytes; for UTF-8, an upper
// bound (one unit a byte) checked again after decoding.
static size_t DecodedLength(size_t n, int encoding) {
  switch (encoding) {
    case kUcs2:
      return n / 2;
    case kBase64:
    case kBase64Url:
      return enc::Base64EncodedLength(n, encoding == kBase64Url);
    case kHex:
      return n * 2;
    default:
      return n;
  }
}

// Decodes bytes (already copied out of any GC thing) into a JS string.
static JSString* Decode(JSContext* cx, const uint8_t* b, size_t n,
                        int encoding) {
  switch (encoding) {
    case kUcs2: {
      std::u16string units(n / 2, u'\0');
      for (size_t i = 0; i < units.size(); i++) {
        units[i] = static_cast<char16_t>(b[2 * i] | (b[2 * i + 1] << 8));
      }
      return JS_NewUCStringCopyN(cx, units.data(), units.size());
    }
    case kLatin1:
      return NewLatin1(cx, b, n);
    case kAscii: {
      std::string ascii(reinterpret_cast<const char*>(b), n);
      for (char& ch : ascii) ch = static_cast<char>(ch & 0x7F);
      return NewLatin1(cx, reinterpret_cast<const uint8_t*>(ascii.data()), n);
    }
    case kBase64:
    case kBase64Url: {
      std::string text(enc::Base64EncodedLength(n, encoding == kBase64Url),
                       '\0');
      enc::Base64Encode(b, n, text.data(), encoding == kBase64Url);
      return NewLatin1(cx, reinterpret_cast<const uint8_t*>(text.data()),
                       text.size());
    }
    case kHex: {
      std::string text(n * 2, '\0');
      enc::HexEncode(b, n, text.data());
      return NewLatin1(cx, reinterpret_cast<const uint8_t*>(text.data()),
                       text.size());
    }
    default: {
      if (enc::IsAscii(b, n)) {
        return FitsInString(cx, n) ? NewLatin1(cx, b, n) : nullptr;
      }
      std::u16string units;
      enc::DecodeUtf8(b, n, &units);
      if (!FitsInString(cx, units.size())) return nullptr;
      return JS_NewUCStringCopyN(cx, units.data(), units.size());
    }
  }
}

// toString(u8, encoding, start, end) -> string
static bool ToStringFn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  int encoding = static_cast<int>(IntArg(args, 1));
  std::string bytes;
  size_t string_length;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    size_t size = JS_GetArrayBufferViewByteLength(view);
    auto* data =
        static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    int64_t start = std::clamp<int64_t>(IntArg(args, 2), 0, size);
    int64_t end = args.get(3).isUndefined()
                      ? size
                      : std::clamp<int64_t>(IntArg(args, 3), start, size);
    // UTF-8 is checked once decoded: its string may be shorter.
    string_length =
        encoding == kUtf8 ? 0 : DecodedLength(end - start, encoding);
    if (string_length <= JS::MaxStringLength) {
      bytes.assign(reinterpret_cast<char*>(data) + start, end - start);
    }
  }
  if (!FitsInString(cx, string_length)) return false;
  JSString* s = Decode(cx, reinterpret_cast<const uint8_t*>(bytes.data()),
                       bytes.size(), encoding);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static int CompareBytes(const uint8_t* a, size_t an, const uint8_t* b,
                        size_t bn) {
  int r = memcmp(a, b, std::min(an, bn));
  if (r == 0) return an < bn ? -1 : an > bn ? 1 : 0;
  return r < 0 ? -1 : 1;
}

static bool Compare(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject a(cx), b(cx);
  if (!ViewArg(cx, args.get(0), &a) || !ViewArg(cx, args.get(1), &b))
    return false;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  auto* ad = static_cast<uint8_t*>(JS_GetArrayBufferViewData(a, &shared, nogc));
  auto* bd = static_cast<uint8_t*>(JS_GetArrayBufferViewData(b, &shared, nogc));
  args.rval().setInt32(CompareBytes(ad, JS_GetArrayBufferViewByteLength(a), bd,
                                    JS_GetArrayBufferViewByteLength(b)));
  return true;
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
static bool CompareOffset(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject source(cx), target(cx);
  if (!ViewArg(cx, args.get(0), &source) || !ViewArg(cx, args.get(1), &target))
    return false;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  auto* sd =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(source, &shared, nogc));
  auto* td =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(target, &shared, nogc));
  int64_t ssize = JS_GetArrayBufferViewByteLength(source);
  int64_t tsize = JS_GetArrayBufferViewByteLength(target);
  int64_t ts = std::clamp<int64_t>(IntArg(args, 2), 0, tsize);
  int64_t ss = std::clamp<int64_t>(IntArg(args, 3), 0, ssize);
  int64_t te = std::clamp<int64_t>(IntArg(args, 4), ts, tsize);
  int64_t se = std::clamp<int64_t>(IntArg(args, 5), ss, ssize);
  args.rval().setInt32(CompareBytes(sd + ss, se - ss, td + ts, te - ts));
  return true;
}

// indexOf(u8, needle, byteOffset, encoding, forward) -> index or -1
static bool IndexOf(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  std::string needle;
  if (args.get(1).isString()) {
    if (!EncodeToBytes(cx, args[1], static_cast<int>(IntArg(args, 3)), &needle))
      return false;
  } else if (args.get(1).isNumber()) {
    needle.assign(
        1, static_cast<char>(static_cast<uint8_t>(IntArg(args, 1) & 0xFF)));
  } else {
    JS::RootedObject nv(cx);
    if (!ViewArg(cx, args.get(1), &nv)) return false;
    JS::AutoCheckCannotGC nogc;
    bool shared;
    auto* nd = static_cast<char*>(JS_GetArrayBufferViewData(nv, &shared, nogc));
    needle.assign(nd, JS_GetArrayBufferViewByteLength(nv));
  }
  bool forward = JS::ToBoolean(args.get(4));
  double offset_arg = args.get(2).isNumber() ? args[2].toNumber() : 0;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  int64_t len = JS_GetArrayBufferViewByteLength(view);
  auto* data =
      static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  int64_t n = static_cast<int64_t>(needle.size());
  int64_t offset = static_cast<int64_t>(offset_arg);
  if (offset < 0) offset += len;
  // UCS-2 is searched as 16-bit units, as Node does: a match starts at an
  // even byte and the needle's odd last byte does not count.
  const int64_t step = IntArg(args, 3) == kUcs2 ? 2 : 1;
  if (step == 2) n &= ~int64_t{1};
  int64_t result = -1;
  if (forward) {
    if (offset < 0) offset = 0;
    offset -= offset % step;
    if (n == 0) {
      result = std::min(offset, len);
    } else {
      while (offset + n <= len) {
        const void* hit = memmem(data + offset, len - offset, needle.data(), n);
        if (!hit) break;
        int64_t at = static_cast<const char*>(hit) - data;
        if (at % step == 0) {
          result = at;
          break;
        }
        offset = at + 1;
      }
    }
  } else if (offset >= 0 || args.get(2).isUndefined()) {
    if (args.get(2).isUndefined()) offset = len;
    if (n == 0) {
      result = std::min(offset, len);
    } else {
      int64_t i = std::min(offset, len - n);
      for (i -= i % step; i >= 0; i -= step) {
        if (memcmp(data + i, needle.data(), n) == 0) {
          result = i;
          break;
        }
      }
    }
  }
  args.rval().setNumber(static_cast<double>(result));
  return true;
}

// fill(u8, value, start, end, encoding): -1 when the value has no bytes.
static bool Fill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  std::string pattern;
  if (args.get(1).isString()) {
    if (!EncodeToBytes(cx, args[1], static_cast<int>(IntArg(args, 4)),
                       &pattern))
      return false;
  } else if (args.get(1).isNumber()) {
    pattern.assign(
        1, static_cast<char>(static_cast<uint8_t>(IntArg(args, 1) & 0xFF)));
  } else {
    JS::RootedObject pv(cx);
    if (!ViewArg(cx, args.get(1), &pv)) return false;
    JS::AutoCheckCannotGC nogc;
    bool shared;
    auto* pd = static_cast<char*>(JS_GetArrayBufferViewData(pv, &shared, nogc));
    pattern.assign(pd, JS_GetArrayBufferViewByteLength(pv));
  }
  if (pattern.empty()) {
    args.rval().setInt32(-1);
    return true;
  }
  JS::AutoCheckCannotGC nogc;
  bool shared;
  int64_t len = JS_GetArrayBufferViewByteLength(view);
  auto* data =
      static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  int64_t start = std::clamp<int64_t>(IntArg(args, 2), 0, len);
  int64_t end = std::clamp<int64_t>(IntArg(args, 3), start, len);
  if (pattern.size() == 1) {
    memset(data + start, pattern[0], end - start);
  } else {
    for (int64_t i = start; i < end; i++)
      data[i] = pattern[(i - start) % pattern.size()];
  }
  args.rval().setUndefined();
  return true;
}

static bool IsUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  auto* data =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  args.rval().setBoolean(
      enc::IsUtf8(data, JS_GetArrayBufferViewByteLength(view)));
  return true;
}

static bool IsAscii(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  auto* data =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  args.rval().setBoolean(
      enc::IsAscii(data, JS_GetArrayBufferViewByteLength(view)));
  return true;
}

// decodeUtf8(u8, fatal, ignoreBOM) -> string (TextDecoder)
static bool DecodeUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(0), &view)) return false;
  bool fatal = JS::ToBoolean(args.get(1));
  bool ignore_bom = JS::ToBoolean(args.get(2));
  std::u16string units;
  bool valid;
  std::string ascii;
  bool is_ascii;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    auto* data =
        static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    size_t len = JS_GetArrayBufferViewByteLength(view);
    if (!ignore_bom && len >= 3 && data[0] == 0xEF && data[1] == 0xBB &&
        data[2] == 0xBF) {
      data += 3;
      len -= 3;
    }
    is_ascii = enc::IsAscii(data, len);
    if (is_ascii) {
      ascii.assign(reinterpret_cast<char*>(data), len);
      valid = true;
    } else {
      valid = enc::DecodeUtf8(data, len, &units);
    }
  }
  if (!valid && fatal) {
    return ThrowTypeError(cx, "ERR_ENCODING_INVALID_ENCODED_DATA",
                          "The encoded data was not valid for encoding utf-8");
  }
  JSString* s =
      is_ascii ? NewLatin1(cx, reinterpret_cast<const uint8_t*>(ascii.data()),
                           ascii.size())
               : JS_NewUCStringCopyN(cx, units.data(), units.size());
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// encodeUtf8(string) -> Uint8Array
static bool EncodeUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedString str(cx, JS::ToString(cx, args.get(0)));
  if (!str) return false;
  JS::RootedValue sv(cx, JS::StringValue(str));
  JSLinearString* s = Linear(cx, sv);
  if (!s) return false;
  size_t n;
  {
    JS::AutoCheckCannotGC nogc;
    n = EncodedLength(Chars(cx, s, nogc), kUtf8);
  }
  JS::RootedString keep(cx, JS_FORGET_STRING_LINEARNESS(s));
  JS::RootedObject out(cx, JS_NewUint8Array(cx, n));
  if (!out) return false;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  auto* data =
      static_cast<uint8_t*>(JS_GetArrayBufferViewData(out, &shared, nogc));
  JSLinearString* linear = JS_ASSERT_STRING_IS_LINEAR(keep);
  Encode(Chars(cx, linear, nogc), kUtf8, data, n);
  args.rval().setObject(*out);
  return true;
}

// encodeIntoUtf8(string, u8) -> [read (UTF-16 units), written]
static bool EncodeIntoUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSLinearString* s = Linear(cx, args.get(0));
  if (!s) return false;
  JS::RootedObject view(cx);
  if (!ViewArg(cx, args.get(1), &view)) return false;
  size_t read = 0, written = 0;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    auto* data =
        static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    size_t cap = JS_GetArrayBufferViewByteLength(view);
    StringChars c = Chars(cx, s, nogc);
    written = c.latin1 ? enc::WriteUtf8(c.latin1, c.length, data, cap, &read)
                       : enc::WriteUtf8(c.two_byte, c.length, data, cap, &read);
  }
  JS::RootedValueArray<2> parts(cx);
  parts[0].setNumber(static_cast<double>(read));
  parts[1].setNumber(static_cast<double>(written));
  JSObject* out = JS::NewArrayObject(cx, parts);
  if (!out) return false;
  args.rval().setObject(*out);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("byteLength", ByteLength, 2, 0),
      JS_FN("write", Write, 5, 0),
      JS_FN("toString", ToStringFn, 4, 0),
      JS_FN("compare", Compare, 2, 0),
      JS_FN("compareOffset", CompareOffset, 6, 0),
      JS_FN("indexOf", IndexOf, 5, 0),
      JS_FN("fill", Fill, 5, 0),
      JS_FN("isUtf8", IsUtf8, 1, 0),
      JS_FN("isAscii", IsAscii, 1, 0),
      JS_FN("decodeUtf8", DecodeUtf8, 3, 0),
      JS_FN("encodeUtf8", EncodeUtf8, 1, 0),
      JS_FN("encodeIntoUtf8", EncodeIntoUtf8, 2, 0),
      JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
  JS::RootedObject encodings(cx, JS_NewPlainObject(cx));
  return encodings && SetNumberProperty(cx, encodings, "utf8", kUtf8) &&
         SetNumberProperty(cx, encodings, "ucs2", kUcs2) &&
         SetNumberProperty(cx, encodings, "latin1", kLatin1) &&
         SetNumberProperty(cx, encodings, "ascii", kAscii) &&
         SetNumberProperty(cx, encodings, "base64", kBase64) &&
         SetNumberProperty(cx, encodings, "base64url", kBase64Url) &&
         SetNumberProperty(cx, encodings, "hex", kHex) &&
         SetObjectProperty(cx, exports, "encodings", encodings);
}

}  // namespace eddy::binding::buffer
