#include "base/callback_scope.h"

#include <js/CallAndConstruct.h>
#include <js/GCAPI.h>

namespace eddy {

CallbackScope::CallbackScope(Environment* env)
    : env_(env), realm_(env->cx(), env->global()) {
  if (env->callback_depth++ == 0 && env->options().gc_stress) {
    // A compacting GC at every entry moves every movable object: a missing
    // root shows up as a crash in tests instead of once a month in prod.
    JS::NonIncrementalGC(env->cx(), JS::GCOptions::Shrink, JS::GCReason::API);
  }
}

CallbackScope::~CallbackScope() {
  if (--env_->callback_depth == 0 && !failed_) env_->DrainTaskQueues();
}

bool MakeCallback(Environment* env, JS::HandleValue recv, JS::HandleValue fn,
                  const JS::HandleValueArray& args,
                  JS::MutableHandleValue rval) {
  if (env->is_stopping()) return false;
  CallbackScope scope(env);
  if (!JS::Call(env->cx(), recv, fn, args, rval)) {
    env->HandleUncaughtException();
    return false;
  }
  return true;
}

bool MakeCallback(Environment* env, JS::HandleObject obj, const char* name,
                  const JS::HandleValueArray& args,
                  JS::MutableHandleValue rval) {
  if (env->is_stopping()) return false;
  CallbackScope scope(env);
  JSContext* cx = env->cx();
  JS::RootedValue fn(cx);
  JS::RootedValue recv(cx, JS::ObjectValue(*obj));
  if (!JS_GetProperty(cx, obj, name, &fn) ||
      !JS::Call(cx, recv, fn, args, rval)) {
    env->HandleUncaughtException();
    return false;
  }
  return true;
}

}  // namespace eddy
