#ifndef EDDY_BASE_CALLBACK_SCOPE_H_
#define EDDY_BASE_CALLBACK_SCOPE_H_

// The one road into JS from libuv. Every callback enters through
// MakeCallback: enter the realm, call, send an exception to the uncaught
// exception handler, and when the outermost scope closes drain nextTicks and
// microtasks until both are empty.

#include <jsapi.h>

#include "core/environment.h"

namespace eddy {

class CallbackScope {
 public:
  explicit CallbackScope(Environment* env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

  // The callback threw and the error has been handled: the nextTicks and
  // microtasks it queued wait for the next callback that completes (Node
  // does this after a throwing immediate: the rest of the queue runs
  // first).
  void MarkAsFailed() { failed_ = true; }

 private:
  Environment* env_;
  JSAutoRealm realm_;
  bool failed_ = false;
};

// Calls `fn` with `args`; returns false when it threw (the exception has
// already been handled) or the environment is stopping.
bool MakeCallback(Environment* env, JS::HandleValue recv, JS::HandleValue fn,
                  const JS::HandleValueArray& args,
                  JS::MutableHandleValue rval);
// Same, calling `obj[name]`.
bool MakeCallback(Environment* env, JS::HandleObject obj, const char* name,
                  const JS::HandleValueArray& args,
                  JS::MutableHandleValue rval);

}  // namespace eddy

#endif  // EDDY_BASE_CALLBACK_SCOPE_H_
