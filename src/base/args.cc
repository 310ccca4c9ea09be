#include "base/args.h"

#include <js/CharacterEncoding.h>
#include <js/experimental/TypedData.h>

#include <cstring>

namespace eddy {

bool ToUtf8(JSContext* cx, JS::HandleValue v, std::string* out) {
  JS::RootedString str(cx, JS::ToString(cx, v));
  return str && StringToUtf8(cx, str, out);
}

bool StringToUtf8(JSContext* cx, JS::HandleString str, std::string* out) {
  JSLinearString* linear = JS_EnsureLinearString(cx, str);
  if (!linear) return false;
  size_t length = JS::GetDeflatedUTF8StringLength(linear);
  out->resize(length);
  JS::DeflateStringToUTF8Buffer(linear,
                                mozilla::Span<char>(out->data(), length));
  return true;
}

JSString* NewStringUtf8(JSContext* cx, std::string_view utf8) {
  return JS_NewStringCopyUTF8N(cx, JS::UTF8Chars(utf8.data(), utf8.size()));
}

bool SetStringProperty(JSContext* cx, JS::HandleObject obj, const char* name,
                       std::string_view utf8) {
  JS::RootedString s(cx, NewStringUtf8(cx, utf8));
  if (!s) return false;
  JS::RootedValue v(cx, JS::StringValue(s));
  return JS_SetProperty(cx, obj, name, v);
}

bool SetNumberProperty(JSContext* cx, JS::HandleObject obj, const char* name,
                       double value) {
  JS::RootedValue v(cx, JS::NumberValue(value));
  return JS_SetProperty(cx, obj, name, v);
}

bool SetValueProperty(JSContext* cx, JS::HandleObject obj, const char* name,
                      JS::HandleValue value) {
  return JS_SetProperty(cx, obj, name, value);
}

bool SetObjectProperty(JSContext* cx, JS::HandleObject obj, const char* name,
                       JS::HandleObject value) {
  JS::RootedValue v(cx, JS::ObjectOrNullValue(value));
  return JS_SetProperty(cx, obj, name, v);
}

bool GetViewBytes(JSObject* view, uint8_t** data, size_t* length) {
  if (!JS_IsArrayBufferViewObject(view)) return false;
  bool shared = false;
  JS::AutoCheckCannotGC nogc;
  *length = JS_GetArrayBufferViewByteLength(view);
  *data = static_cast<uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  return true;
}

JSObject* NewUint8ArrayCopy(JSContext* cx, const uint8_t* data, size_t length) {
  JS::RootedObject array(cx, JS_NewUint8Array(cx, length));
  if (!array) return nullptr;
  bool shared = false;
  JS::AutoCheckCannotGC nogc;
  memcpy(JS_GetUint8ArrayData(array, &shared, nogc), data, length);
  return array;
}

bool CopyViewBytes(JSObject* view, std::vector<uint8_t>* out) {
  uint8_t* data = nullptr;
  size_t length = 0;
  if (!GetViewBytes(view, &data, &length)) return false;
  out->assign(data, data + length);
  return true;
}

}  // namespace eddy
