#ifndef EDDY_BINDINGS_BINDING_UTIL_H_
#define EDDY_BINDINGS_BINDING_UTIL_H_

// Shared by the binding files: typed arrays over Environment memory.

#include <js/ArrayBuffer.h>
#include <js/Conversions.h>
#include <js/experimental/TypedData.h>
#include <jsapi.h>

namespace eddy {

// An ArrayBuffer over C++ memory owned by the Environment, which outlives
// every JS object of its context: the engine never frees it.
inline JSObject* NewEnvironmentOwnedBuffer(JSContext* cx, void* data,
                                           size_t bytes) {
  mozilla::UniquePtr<void, JS::BufferContentsDeleter> contents(
      data, {[](void*, void*) {}, nullptr});
  return JS::NewExternalArrayBuffer(cx, bytes, std::move(contents));
}

// Typed arrays over such memory, so JS and C++ share counters without calls.
inline JSObject* NewExternalInt32Array(JSContext* cx, int32_t* data, size_t n) {
  JS::RootedObject ab(cx,
                      NewEnvironmentOwnedBuffer(cx, data, n * sizeof(int32_t)));
  if (!ab) return nullptr;
  return JS_NewInt32ArrayWithBuffer(cx, ab, 0, -1);
}

inline JSObject* NewExternalUint32Array(JSContext* cx, uint32_t* data,
                                        size_t n) {
  JS::RootedObject ab(
      cx, NewEnvironmentOwnedBuffer(cx, data, n * sizeof(uint32_t)));
  if (!ab) return nullptr;
  return JS_NewUint32ArrayWithBuffer(cx, ab, 0, -1);
}

inline bool IsFunction(const JS::Value& v) {
  return v.isObject() && JS::IsCallable(&v.toObject());
}

// A class of plain request objects (TCPConnectWrap, GetAddrInfoReqWrap
// ...): lib/ creates one per operation and sets its `oncomplete`.
template <const JSClass* kClass>
bool NewRequestObject(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorASCII(cx,
                        "Class constructor %s cannot be invoked without "
                        "'new'",
                        kClass->name);
    return false;
  }
  JSObject* obj = JS_NewObjectForConstructor(cx, kClass, args);
  if (!obj) return false;
  args.rval().setObject(*obj);
  return true;
}

template <const JSClass* kClass>
bool DefineRequestClass(JSContext* cx, JS::HandleObject exports) {
  return JS_InitClass(cx, exports, kClass, nullptr, kClass->name,
                      NewRequestObject<kClass>, 0, nullptr, nullptr, nullptr,
                      nullptr) != nullptr;
}

}  // namespace eddy

#endif  // EDDY_BINDINGS_BINDING_UTIL_H_
