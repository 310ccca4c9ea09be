// internalBinding('pipe_wrap'): `new Pipe(type)` over uv_pipe_t, the stdio
// pipes of child processes (and later Unix sockets for net).

#include <fcntl.h>

#include <cerrno>

#include "base/args.h"
#include "bindings/stream_wrap.h"
#include "core/environment.h"

namespace eddy::binding::pipe_wrap {

class PipeWrap final : public StreamWrap {
 public:
  PipeWrap(Environment* env, JS::HandleObject obj, bool ipc)
      : StreamWrap(env, obj), ipc_(ipc) {
    uv_pipe_init(env->loop(), &pipe_, ipc ? 1 : 0);
    pipe_.data = static_cast<HandleWrapBase*>(this);
  }
  uv_stream_t* stream() override {
    return reinterpret_cast<uv_stream_t*>(&pipe_);
  }
  uv_pipe_t* pipe() { return &pipe_; }
  bool ipc() const { return ipc_; }

 private:
  uv_pipe_t pipe_;
  bool ipc_;
};

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

static constexpr JSClass kPipeClass = HandleWrapBase::Class("Pipe");

static bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kPipeClass, args));
  if (!obj) return false;
  new PipeWrap(Environment::From(cx), obj, IntArg(args, 0) == kIPC);
  args.rval().setObject(*obj);
  return true;
}

static bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto* w = HandleWrapBase::Unwrap<PipeWrap>(cx, args);
  if (!w) return false;
  auto fd = static_cast<uv_file>(IntArg(args, 0));
  int err = uv_pipe_open(w->pipe(), fd);
  // The IPC channel a parent handed over is this process's alone: the
  // processes it starts must not inherit it.
  if (err == 0 && w->ipc() && fcntl(fd, F_SETFD, FD_CLOEXEC) == -1) {
    err = uv_translate_sys_error(errno);
  }
  args.rval().setInt32(err);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {JS_FN("open", Open, 1, 0),
                                           JS_FS_END};
  JS::RootedObject proto(
      cx, HandleWrapBase::InitClass(cx, exports, &kPipeClass, New, 1, methods));
  if (!proto || !StreamWrap::DefineMethods(cx, proto)) return false;
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  return constants && SetNumberProperty(cx, constants, "SOCKET", kSocket) &&
         SetNumberProperty(cx, constants, "SERVER", kServer) &&
         SetNumberProperty(cx, constants, "IPC", kIPC) &&
         SetObjectProperty(cx, exports, "constants", constants);
}

}  // namespace eddy::binding::pipe_wrap
