// internalBinding('messaging'): structuredClone on the engine's structured
// clone algorithm (the HTML one, which Node's also implements).

#include <js/StructuredClone.h>

#include "base/args.h"

namespace eddy::binding::messaging {

static bool StructuredClone(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  // Without callbacks the engine clones what the spec allows and throws a
  // DataCloneError for the rest; lib/ turns that into Node's DOMException.
  return JS_StructuredClone(cx, args.get(0), args.rval(), nullptr, nullptr);
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("structuredClone", StructuredClone, 1, 0), JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::messaging
