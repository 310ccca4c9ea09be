// internalBinding('process_wrap'): `new Process()` over uv_process_t, the
// child behind child_process.spawn. spawn(options) starts it (stdio pipes
// are Pipe handles created by lib/); `onexit(exitCode, signal)` runs when
// it ends.

#include <js/Array.h>

#include <vector>

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "bindings/spawn_options.h"
#include "bindings/stream_wrap.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::process_wrap {

class ProcessWrap final : public HandleWrapBase {
 public:
  ProcessWrap(Environment* env, JS::HandleObject obj)
      : HandleWrapBase(env, obj) {
    process_.data = static_cast<HandleWrapBase*>(this);
  }
  uv_handle_t* handle() override {
    return reinterpret_cast<uv_handle_t*>(&process_);
  }
  uv_process_t* process() { return &process_; }
  bool initialized() const override { return spawned; }
  bool spawned = false;

  static void OnExit(uv_process_t* process, int64_t exit_status,
                     int term_signal) {
    auto* w =
        static_cast<ProcessWrap*>(static_cast<HandleWrapBase*>(process->data));
    Environment* env = w->env();
    if (env->is_stopping()) return;
    JSContext* cx = env->cx();
    JSAutoRealm ar(cx, env->global());
    JS::RootedObject obj(cx, w->object());
    JS::RootedValueArray<2> argv(cx);
    argv[0].setNumber(static_cast<double>(exit_status));
    argv[1].setInt32(term_signal);
    JS::RootedValue rval(cx);
    MakeCallback(env, obj, "onexit", argv, &rval);
  }

 private:
  uv_process_t process_{};
};

static constexpr JSClass kProcessClass = HandleWrapBase::Class("Process");

// Reads options.stdio ([{type, handle, fd}]) into libuv containers.
static bool ParseStdio(JSContext* cx, JS::HandleObject options,
                       std::vector<uv_stdio_container_t>* out) {
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, options, "stdio", &v)) return false;
  if (!v.isObject()) return true;
  JS::RootedObject list(cx, &v.toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  JS::RootedValue item(cx), type_value(cx), handle(cx), fd(cx);
  for (uint32_t i = 0; i < n; i++) {
    if (!JS_GetElement(cx, list, i, &item) || !item.isObject()) {
      return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                            "stdio entries must be objects");
    }
    JS::RootedObject entry(cx, &item.toObject());
    std::string type;
    if (!JS_GetProperty(cx, entry, "type", &type_value) ||
        !ToUtf8(cx, type_value, &type) ||
        !JS_GetProperty(cx, entry, "handle", &handle) ||
        !JS_GetProperty(cx, entry, "fd", &fd)) {
      return false;
    }
    uv_stdio_container_t c{};
    if (type == "ignore") {
      c.flags = UV_IGNORE;
    } else if (type == "pipe" || type == "wrap") {
      StreamWrap* stream = handle.isObject()
                               ? StreamWrap::FromObject(&handle.toObject())
                               : nullptr;
      if (!stream)
        return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                              "stdio handle must be a stream handle");
      c.flags = type == "pipe"
                    ? static_cast<uv_stdio_flags>(
                          UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE)
                    : UV_INHERIT_STREAM;
      c.data.stream = stream->stream();
    } else {
      c.flags = UV_INHERIT_FD;
      c.data.fd =
          fd.isNumber() ? static_cast<int>(fd.toNumber()) : static_cast<int>(i);
    }
    out->push_back(c);
  }
  return true;
}

static bool Spawn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto* w = HandleWrapBase::Unwrap<ProcessWrap>(cx, args);
  if (!w) return false;
  if (!args.get(0).isObject())
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "options must be an object");
  JS::RootedObject options(cx, &args[0].toObject());
  SpawnOptions spawn;
  std::vector<uv_stdio_container_t> stdio;
  if (!spawn.Parse(cx, options) || !ParseStdio(cx, options, &stdio))
    return false;
  uv_process_options_t uv_options{};
  spawn.Fill(&uv_options);
  uv_options.exit_cb = ProcessWrap::OnExit;
  uv_options.stdio = stdio.data();
  uv_options.stdio_count = static_cast<int>(stdio.size());
  int err = uv_spawn(w->env()->loop(), w->process(), &uv_options);
  // uv_spawn initialises the handle even when it fails, so it can be closed.
  w->spawned = true;
  w->process()->data = static_cast<HandleWrapBase*>(w);
  if (err == 0) {
    JS::RootedObject obj(cx, w->object());
    if (!SetNumberProperty(cx, obj, "pid", w->process()->pid)) return false;
  }
  args.rval().setInt32(err);
  return true;
}

static bool Kill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto* w = HandleWrapBase::Unwrap<ProcessWrap>(cx, args);
  if (!w) return false;
  int err =
      w->spawned && !w->closing()
          ? uv_process_kill(w->process(), static_cast<int>(IntArg(args, 0)))
          : UV_ESRCH;
  args.rval().setInt32(err);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("spawn", Spawn, 1, 0), JS_FN("kill", Kill, 1, 0), JS_FS_END};
  return HandleWrapBase::InitClass(
             cx, exports, &kProcessClass,
             HandleWrapBase::New<ProcessWrap, &kProcessClass>, 0,
             methods) != nullptr;
}

}  // namespace eddy::binding::process_wrap
