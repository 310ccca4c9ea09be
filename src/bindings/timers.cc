// internalBinding('timers'): the single libuv timer and the check/idle
// handles behind lib/internal/timers.js.

#include "bindings/binding_util.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::timers {

static bool SetupTimers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!IsFunction(args.get(0)) || !IsFunction(args.get(1))) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "callbacks must be functions");
  }
  Environment* env = Environment::From(cx);
  env->immediate_callback = &args[0].toObject();
  env->timers_callback = &args[1].toObject();
  args.rval().setUndefined();
  return true;
}

static bool ScheduleTimer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double ms = args.get(0).isNumber() ? args[0].toNumber() : 1;
  Environment::From(cx)->ScheduleTimer(static_cast<int64_t>(ms));
  args.rval().setUndefined();
  return true;
}

static bool ToggleTimerRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::From(cx)->ToggleTimerRef(JS::ToBoolean(args.get(0)));
  args.rval().setUndefined();
  return true;
}

static bool ToggleImmediateRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::From(cx)->ToggleImmediateRef(JS::ToBoolean(args.get(0)));
  args.rval().setUndefined();
  return true;
}

static bool GetLibuvNow(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(Environment::From(cx)->LoopNow()));
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("setupTimers", SetupTimers, 2, 0),
      JS_FN("scheduleTimer", ScheduleTimer, 1, 0),
      JS_FN("toggleTimerRef", ToggleTimerRef, 1, 0),
      JS_FN("toggleImmediateRef", ToggleImmediateRef, 1, 0),
      JS_FN("getLibuvNow", GetLibuvNow, 0, 0),
      JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
  Environment* env = Environment::From(cx);
  JS::RootedObject info(
      cx, NewExternalUint32Array(cx, env->immediate_info()->fields,
                                 ImmediateInfo::kFields));
  if (!info) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*info));
  return JS_SetProperty(cx, exports, "immediateInfo", v);
}

}  // namespace eddy::binding::timers
