// internalBinding('signal_wrap'): `new Signal()` over a libuv signal handle,
// behind process.on('SIGINT') and friends. The JS object gets
// `onsignal(signum)` when the signal arrives.

#include <js/Object.h>

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::signal_wrap {

class SignalWrap final : public HandleWrapBase {
 public:
  SignalWrap(Environment* env, JS::HandleObject obj) : HandleWrapBase(env, obj) {
    uv_signal_init(env->loop(), &handle_);
    handle_.data = static_cast<HandleWrapBase*>(this);
  }
  ~SignalWrap() override { JS::SetReservedSlot(object(), 0, JS::UndefinedValue()); }
  uv_handle_t* handle() override { return reinterpret_cast<uv_handle_t*>(&handle_); }
  uv_signal_t* signal() { return &handle_; }

  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* w = static_cast<SignalWrap*>(static_cast<HandleWrapBase*>(handle->data));
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

static const JSClass kSignalClass = {"Signal", JSCLASS_HAS_RESERVED_SLOTS(1), nullptr,
                                     nullptr, nullptr, nullptr};

static SignalWrap* Unwrap(JSContext* cx, const JS::CallArgs& args) {
  if (!args.thisv().isObject() || JS::GetClass(&args.thisv().toObject()) != &kSignalClass) {
    ThrowTypeError(cx, "ERR_INVALID_THIS", "Value of \"this\" must be of type Signal");
    return nullptr;
  }
  auto* w = JS::GetMaybePtrFromReservedSlot<SignalWrap>(&args.thisv().toObject(), 0);
  if (!w) ThrowError(cx, nullptr, "Signal handle is closed");
  return w;
}

static bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kSignalClass, args));
  if (!obj) return false;
  auto* w = new SignalWrap(Environment::From(cx), obj);
  JS::SetReservedSlot(obj, 0, JS::PrivateValue(w));
  args.rval().setObject(*obj);
  return true;
}

static bool Start(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignalWrap* w = Unwrap(cx, args);
  if (!w) return false;
  int err = uv_signal_start(w->signal(), SignalWrap::OnSignal, static_cast<int>(IntArg(args, 0)));
  args.rval().setInt32(err);
  return true;
}

static bool Close(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignalWrap* w = Unwrap(cx, args);
  if (!w) return false;
  w->Close();
  args.rval().setUndefined();
  return true;
}

static bool Ref(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignalWrap* w = Unwrap(cx, args);
  if (!w) return false;
  uv_ref(w->handle());
  args.rval().setUndefined();
  return true;
}

static bool Unref(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignalWrap* w = Unwrap(cx, args);
  if (!w) return false;
  uv_unref(w->handle());
  args.rval().setUndefined();
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("start", Start, 1, 0), JS_FN("close", Close, 0, 0),
      JS_FN("ref", Ref, 0, 0), JS_FN("unref", Unref, 0, 0), JS_FS_END};
  JS::RootedObject proto(cx, JS_InitClass(cx, exports, nullptr, &kSignalClass, New, 0,
                                          nullptr, methods, nullptr, nullptr));
  return proto != nullptr;
}

}  // namespace eddy::binding::signal_wrap
