// internalBinding('task_queue'): the nextTick and microtask machinery that
// lib/internal/process/task_queues.js drives (Node's
// processTicksAndRejections).

#include <js/Array.h>

#include "bindings/binding_util.h"
#include "core/engine_tasks.h"
#include "core/environment.h"
#include "core/errors.h"
#include "core/job_queue.h"

namespace eddy::binding::task_queue {

static bool SetTickCallback(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!IsFunction(args.get(0))) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "callback must be a function");
  }
  Environment::From(cx)->tick_callback = &args[0].toObject();
  args.rval().setUndefined();
  return true;
}

static bool RunMicrotasks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::From(cx);
  env->job_queue()->Drain(env);
  args.rval().setUndefined();
  // process.exit() inside a microtask unwinds the caller too.
  return !env->is_stopping();
}

// Keep the loop alive while JS awaits an off-thread engine task
// (WebAssembly.compile/instantiate), see src/core/engine_tasks.h.
static bool RefEngineTask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::From(cx)->engine_tasks()->Ref();
  args.rval().setUndefined();
  return true;
}

static bool UnrefEngineTask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::From(cx)->engine_tasks()->Unref();
  args.rval().setUndefined();
  return true;
}

static bool SetAsyncContextHolder(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "holder must be an object");
  }
  Environment::From(cx)->job_queue()->SetAsyncContextHolder(
      &args[0].toObject());
  args.rval().setUndefined();
  return true;
}

static bool EnqueueMicrotask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!IsFunction(args.get(0))) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "callback must be a function");
  }
  JS::RootedObject fn(cx, &args[0].toObject());
  args.rval().setUndefined();
  return Environment::From(cx)->job_queue()->Enqueue(cx, fn);
}

// Returns [kind, promise, kind, promise, ...] recorded since the last call
// (kind 0: rejected without handler, 1: handler added after rejection).
// takeRejectionEvents() -> [kind, promise, frame, kind, promise, frame, ...]
static bool TakeRejectionEvents(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::From(cx);
  size_t n = env->rejection_events.length();
  JS::RootedObject out(cx, JS::NewArrayObject(cx, n * 3));
  if (!out) return false;
  for (size_t i = 0; i < n; i++) {
    JS::RootedValue kind(cx, JS::Int32Value(env->rejection_event_kinds[i]));
    JS::RootedValue promise(cx, JS::ObjectValue(*env->rejection_events[i]));
    JS::RootedValue frame(cx, env->rejection_event_frames[i]);
    uint32_t at = static_cast<uint32_t>(3 * i);
    if (!JS_SetElement(cx, out, at, kind) ||
        !JS_SetElement(cx, out, at + 1, promise) ||
        !JS_SetElement(cx, out, at + 2, frame)) {
      return false;
    }
  }
  env->rejection_events.clear();
  env->rejection_event_kinds.clear();
  env->rejection_event_frames.clear();
  args.rval().setObject(*out);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("setTickCallback", SetTickCallback, 1, 0),
      JS_FN("runMicrotasks", RunMicrotasks, 0, 0),
      JS_FN("refEngineTask", RefEngineTask, 0, 0),
      JS_FN("setAsyncContextHolder", SetAsyncContextHolder, 1, 0),
      JS_FN("unrefEngineTask", UnrefEngineTask, 0, 0),
      JS_FN("enqueueMicrotask", EnqueueMicrotask, 1, 0),
      JS_FN("takeRejectionEvents", TakeRejectionEvents, 0, 0),
      JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
  Environment* env = Environment::From(cx);
  JS::RootedObject tick_info(
      cx,
      NewExternalInt32Array(cx, env->tick_info()->fields, TickInfo::kFields));
  if (!tick_info) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*tick_info));
  return JS_SetProperty(cx, exports, "tickInfo", v);
}

}  // namespace eddy::binding::task_queue
