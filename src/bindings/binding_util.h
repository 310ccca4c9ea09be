#ifndef EDDY_BINDINGS_BINDING_UTIL_H_
#define EDDY_BINDINGS_BINDING_UTIL_H_

// Shared by the binding files: typed arrays over Environment memory.

#include <js/ArrayBuffer.h>
#include <js/Conversions.h>
#include <js/experimental/TypedData.h>
#include <jsapi.h>

namespace eddy {

// A typed array whose bytes are C++ memory owned by the Environment (which
// outlives every JS object of its context), so JS and C++ share counters
// without calls.
inline JSObject* NewExternalInt32Array(JSContext* cx, int32_t* data, size_t n) {
  JS::RootedObject ab(
      cx, JS::NewExternalArrayBuffer(
              cx, n * sizeof(int32_t), data, [](void*, void*) {}, nullptr));
  if (!ab) return nullptr;
  return JS_NewInt32ArrayWithBuffer(cx, ab, 0, -1);
}

inline JSObject* NewExternalUint32Array(JSContext* cx, uint32_t* data,
                                        size_t n) {
  JS::RootedObject ab(
      cx, JS::NewExternalArrayBuffer(
              cx, n * sizeof(uint32_t), data, [](void*, void*) {}, nullptr));
  if (!ab) return nullptr;
  return JS_NewUint32ArrayWithBuffer(cx, ab, 0, -1);
}

inline bool IsFunction(const JS::Value& v) {
  return v.isObject() && JS::IsCallable(&v.toObject());
}

}  // namespace eddy

#endif  // EDDY_BINDINGS_BINDING_UTIL_H_
