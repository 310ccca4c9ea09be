// internalBinding('fs_event_wrap'): `new FSEvent()` over uv_fs_event_t,
// behind fs.watch. start(path, persistent) begins watching;
// `onchange(status, eventType, filename)` reports each event.

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::fs_event_wrap {

class FSEventWrap final : public HandleWrapBase {
 public:
  FSEventWrap(Environment* env, JS::HandleObject obj)
      : HandleWrapBase(env, obj) {
    uv_fs_event_init(env->loop(), &handle_);
    handle_.data = static_cast<HandleWrapBase*>(this);
  }
  uv_handle_t* handle() override {
    return reinterpret_cast<uv_handle_t*>(&handle_);
  }
  uv_fs_event_t* event() { return &handle_; }

  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events,
                      int status) {
    auto* w =
        static_cast<FSEventWrap*>(static_cast<HandleWrapBase*>(handle->data));
    Environment* env = w->env();
    if (env->is_stopping()) return;
    JSContext* cx = env->cx();
    JSAutoRealm ar(cx, env->global());
    JS::RootedValueArray<3> argv(cx);
    argv[0].setInt32(status);
    // A rename event wins when both bits are set, as in Node.
    const char* type = (events & UV_RENAME) ? "rename" : "change";
    JSString* type_str = JS_NewStringCopyZ(cx, type);
    if (!type_str) {
      env->HandleUncaughtException();
      return;
    }
    argv[1].setString(type_str);
    if (filename) {
      JSString* name = NewStringUtf8(cx, filename);
      if (!name) {
        env->HandleUncaughtException();
        return;
      }
      argv[2].setString(name);
    } else {
      argv[2].setNull();
    }
    JS::RootedObject obj(cx, w->object());
    JS::RootedValue rval(cx);
    MakeCallback(env, obj, "onchange", argv, &rval);
  }

 private:
  uv_fs_event_t handle_;
};

static constexpr JSClass kFSEventClass = HandleWrapBase::Class("FSEvent");

// start(path, persistent) -> 0 or a libuv error
static bool Start(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto* w = HandleWrapBase::Unwrap<FSEventWrap>(cx, args);
  if (!w) return false;
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int err =
      uv_fs_event_start(w->event(), FSEventWrap::OnEvent, path.c_str(), 0);
  if (err == 0 && !JS::ToBoolean(args.get(1))) uv_unref(w->handle());
  args.rval().setInt32(err);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {JS_FN("start", Start, 2, 0),
                                           JS_FS_END};
  return HandleWrapBase::InitClass(
             cx, exports, &kFSEventClass,
             HandleWrapBase::New<FSEventWrap, &kFSEventClass>, 0,
             methods) != nullptr;
}

}  // namespace eddy::binding::fs_event_wrap
