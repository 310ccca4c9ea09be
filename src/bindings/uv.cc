// internalBinding('uv'): libuv error names and messages.

#include <js/MapAndSet.h>
#include <uv.h>

#include "base/args.h"

namespace eddy::binding::uv {

static bool ErrName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int err = static_cast<int>(IntArg(args, 0));
  JSString* s = JS_NewStringCopyZ(cx, uv_err_name(err));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static bool StrError(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int err = static_cast<int>(IntArg(args, 0));
  JSString* s = JS_NewStringCopyZ(cx, uv_strerror(err));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// Map of errno -> [name, message], as util.getSystemErrorMap() returns.
static bool GetErrorMap(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject map(cx, JS::NewMapObject(cx));
  if (!map) return false;
  JS::RootedValue key(cx), value(cx);
  JS::RootedObject pair(cx);
#define V(name, message)                                        \
  {                                                             \
    JS::RootedValueArray<2> parts(cx);                          \
    JSString* n = JS_NewStringCopyZ(cx, #name);                 \
    JSString* m = n ? JS_NewStringCopyZ(cx, message) : nullptr; \
    if (!m) return false;                                       \
    parts[0].setString(n);                                      \
    parts[1].setString(m);                                      \
    pair = JS::NewArrayObject(cx, parts);                       \
    if (!pair) return false;                                    \
    key.setInt32(UV_##name);                                    \
    value.setObject(*pair);                                     \
    if (!JS::MapSet(cx, map, key, value)) return false;         \
  }
  UV_ERRNO_MAP(V)
#undef V
  args.rval().setObject(*map);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("errname", ErrName, 1, 0), JS_FN("strerror", StrError, 1, 0),
      JS_FN("getErrorMap", GetErrorMap, 0, 0), JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
#define V(name, message) \
  if (!SetNumberProperty(cx, exports, "UV_" #name, UV_##name)) return false;
  UV_ERRNO_MAP(V)
#undef V
  return true;
}

}  // namespace eddy::binding::uv
