// internalBinding('errors'): the exit sequence handlers, and the way to send
// a value down the uncaught exception path (lib/internal/process/execution.js;
// uncaught exceptions themselves go to process._fatalException).

#include "core/errors.h"

#include <string>

#include "base/args.h"
#include "bindings/binding_util.h"
#include "core/environment.h"

namespace eddy::binding::errors {

static bool SetHandler(JSContext* cx, const JS::CallArgs& args,
                       JS::Heap<JSObject*>* slot) {
  if (!IsFunction(args.get(0))) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "handler must be a function");
  }
  *slot = &args[0].toObject();
  args.rval().setUndefined();
  return true;
}

static bool SetEmitProcessExit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  return SetHandler(cx, args, &Environment::From(cx)->emit_process_exit);
}

static bool SetEmitBeforeExit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  return SetHandler(cx, args, &Environment::From(cx)->emit_before_exit);
}

// Sends `err` through the uncaught exception path right away (used for
// unhandled rejections in throw/strict mode).
static bool TriggerUncaughtException(JSContext* cx, unsigned argc,
                                     JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::From(cx);
  JS_SetPendingException(cx, args.get(0));
  env->HandleUncaughtException(JS::ToBoolean(args.get(1)));
  args.rval().setUndefined();
  return !env->is_stopping();
}

// sourceArrow(name, text, line, column, thrown) -> the arrow node prints
// for that position of `text` (see SourceArrow); vm decorates stacks
// with it.
static bool SourceArrowFn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  std::string text;
  if (!ToUtf8(cx, args.get(0), &name) || !ToUtf8(cx, args.get(1), &text)) {
    return false;
  }
  std::string arrow =
      SourceArrow(name, text, static_cast<uint32_t>(IntArg(args, 2)),
                  static_cast<uint32_t>(IntArg(args, 3)), args.get(4).isTrue());
  JSString* str = NewStringUtf8(cx, arrow);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("setEmitProcessExit", SetEmitProcessExit, 1, 0),
      JS_FN("setEmitBeforeExit", SetEmitBeforeExit, 1, 0),
      JS_FN("triggerUncaughtException", TriggerUncaughtException, 2, 0),
      JS_FN("sourceArrow", SourceArrowFn, 5, 0), JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::errors
