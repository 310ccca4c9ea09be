#ifndef EDDY_BASE_ARGS_H_
#define EDDY_BASE_ARGS_H_

// Argument unpacking and small value builders for bindings. Every function
// that can leave an exception pending returns bool/pointer: false/null means
// an exception is pending.

#include <js/Array.h>
#include <js/CallArgs.h>
#include <js/Conversions.h>
#include <jsapi.h>

#include <string>
#include <string_view>
#include <vector>

namespace eddy {

// ToString(v) as UTF-8 (lone surrogates become U+FFFD).
[[nodiscard]] bool ToUtf8(JSContext* cx, JS::HandleValue v, std::string* out);
[[nodiscard]] bool StringToUtf8(JSContext* cx, JS::HandleString str,
                                std::string* out);
[[nodiscard]] JSString* NewStringUtf8(JSContext* cx, std::string_view utf8);
[[nodiscard]] bool SetStringProperty(JSContext* cx, JS::HandleObject obj,
                                     const char* name, std::string_view utf8);
[[nodiscard]] bool SetNumberProperty(JSContext* cx, JS::HandleObject obj,
                                     const char* name, double value);
[[nodiscard]] bool SetValueProperty(JSContext* cx, JS::HandleObject obj,
                                    const char* name, JS::HandleValue value);
[[nodiscard]] bool SetObjectProperty(JSContext* cx, JS::HandleObject obj,
                                     const char* name, JS::HandleObject value);

// Returns the data of a Uint8Array/any ArrayBufferView. Valid only while no
// GC can run: small typed arrays keep their bytes inline and move.
bool GetViewBytes(JSObject* view, uint8_t** data, size_t* length);
// A copy of an ArrayBufferView's bytes (false: not a view).
bool CopyViewBytes(JSObject* view, std::vector<uint8_t>* out);
// A new Uint8Array holding a copy of `data`; null: exception pending.
[[nodiscard]] JSObject* NewUint8ArrayCopy(JSContext* cx, const uint8_t* data,
                                          size_t length);

// The integer value of args[i] (already validated in JS).
inline int64_t IntArg(const JS::CallArgs& args, unsigned i) {
  const JS::Value& v = args.get(i);
  if (v.isInt32()) return v.toInt32();
  if (v.isDouble()) return static_cast<int64_t>(v.toDouble());
  return 0;
}

}  // namespace eddy

#endif  // EDDY_BASE_ARGS_H_
