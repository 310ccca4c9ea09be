// internalBinding('signal_wrap'): `new Signal()` over a libuv signal handle,
// behind process.on('SIGINT') and friends. The JS object gets
// `onsignal(signum)` when the signal arrives.

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "core/environment.h"

namespace eddy::binding::signal_wrap {

class SignalWrap final : public HandleWrapBase {
 public:
  SignalWrap(Environment* env, JS::HandleObject obj)
      : HandleWrapBase(env, obj) {
    uv_signal_init(env->loop(), &handle_);
    handle_.data = static_cast<HandleWrapBase*>(this);
  }
  uv_handle_t* handle() override {
    return reinterpret_cast<uv_handle_t*>(&handle_);
  }
  uv_signal_t* signal() { return &handle_; }

  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* w =
        static_cast<SignalWrap*>(static_cast<HandleWrapBase*>(handle->data));
    Environment* env = w->env();
    JSContext* cx = env->cx();
    JSAutoRealm ar(cx, env->global());
    JS::RootedObject obj(cx, w->object());
    JS::RootedValue arg(cx, JS::Int32Value(signum));
    JS::RootedValue rval(cx);
    MakeCallback(env, obj, "onsignal", JS::HandleValueArray(arg), &rval);
  }

 private:
  uv_signal_t handle_;
};

static constexpr JSClass kSignalClass = HandleWrapBase::Class("Signal");

static bool Start(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto* w = HandleWrapBase::Unwrap<SignalWrap>(cx, args);
  if (!w) return false;
  int err = uv_signal_start(w->signal(), SignalWrap::OnSignal,
                            static_cast<int>(IntArg(args, 0)));
  args.rval().setInt32(err);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {JS_FN("start", Start, 1, 0),
                                           JS_FS_END};
  return HandleWrapBase::InitClass(
             cx, exports, &kSignalClass,
             HandleWrapBase::New<SignalWrap, &kSignalClass>, 0,
             methods) != nullptr;
}

}  // namespace eddy::binding::signal_wrap
