// internalBinding('pipe_wrap'): `new Pipe(type)` over uv_pipe_t, the stdio
// pipes of child processes (and later Unix sockets for net).

#include <fcntl.h>

#include <cerrno>
#include <string>

#include "base/args.h"
#include "bindings/binding_util.h"
#include "bindings/connection_wrap.h"
#include "bindings/stream_wrap.h"
#include "core/environment.h"
#include "core/errors.h"

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

  // An accepted connection of a Unix socket server (net.Server with a
  // path): a new handle with the server's prototype, not IPC.
  static PipeWrap* NewClient(Environment* env, JS::HandleObject proto,
                             JS::MutableHandleObject obj);

 private:
  uv_pipe_t pipe_;
  bool ipc_;
};

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

static constexpr JSClass kPipeClass = HandleWrapBase::Class("Pipe");
static constexpr JSClass kConnectWrapClass = {
    "PipeConnectWrap", 0, nullptr, nullptr, nullptr, nullptr};

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

PipeWrap* PipeWrap::NewClient(Environment* env, JS::HandleObject proto,
                              JS::MutableHandleObject obj) {
  obj.set(JS_NewObjectWithGivenProto(env->cx(), &kPipeClass, proto));
  return obj ? new PipeWrap(env, obj, false) : nullptr;
}

// The pipe wrap behind `this` when it is a Pipe, else null with a TypeError.
static PipeWrap* ThisPipe(JSContext* cx, const JS::CallArgs& args) {
  if (!args.thisv().isObject() ||
      JS::GetClass(&args.thisv().toObject()) != &kPipeClass) {
    ThrowTypeError(cx, "ERR_INVALID_THIS", "Illegal invocation");
    return nullptr;
  }
  return HandleWrapBase::Unwrap<PipeWrap>(cx, args);
}

// bind(path): a Unix socket server's address.
static bool Bind(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = ThisPipe(cx, args);
  if (!w) return false;
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  args.rval().setInt32(uv_pipe_bind(w->pipe(), name.c_str()));
  return true;
}

static bool Listen(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = ThisPipe(cx, args);
  if (!w) return false;
  args.rval().setInt32(uv_listen(w->stream(), static_cast<int>(IntArg(args, 0)),
                                 OnConnection<PipeWrap>));
  return true;
}

// connect(req, path): req.oncomplete(status, handle, req, readable,
// writable) runs when connected or failed (libuv reports every error
// there).
static bool Connect(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = ThisPipe(cx, args);
  if (!w) return false;
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "req must be an object");
  }
  JS::RootedObject req(cx, &args[0].toObject());
  std::string name;
  if (!ToUtf8(cx, args.get(1), &name)) return false;
  auto* cw = new ConnectWrap(w->env(), req);
  uv_pipe_connect(cw->req(), w->pipe(), name.c_str(), AfterConnect);
  args.rval().setInt32(0);
  return true;
}

// fchmod(mode): UV_READABLE / UV_WRITABLE for the socket file of a server
// (readableAll / writableAll).
static bool Fchmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = ThisPipe(cx, args);
  if (!w) return false;
  args.rval().setInt32(
      uv_pipe_chmod(w->pipe(), static_cast<int>(IntArg(args, 0))));
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("open", Open, 1, 0),     JS_FN("bind", Bind, 1, 0),
      JS_FN("listen", Listen, 1, 0), JS_FN("connect", Connect, 2, 0),
      JS_FN("fchmod", Fchmod, 1, 0), JS_FS_END};
  JS::RootedObject proto(
      cx, HandleWrapBase::InitClass(cx, exports, &kPipeClass, New, 1, methods));
  if (!proto || !StreamWrap::DefineMethods(cx, proto) ||
      !DefineStreamAccessors(cx, proto) ||
      !DefineRequestClass<&kConnectWrapClass>(cx, exports)) {
    return false;
  }
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  return constants && SetNumberProperty(cx, constants, "SOCKET", kSocket) &&
         SetNumberProperty(cx, constants, "SERVER", kServer) &&
         SetNumberProperty(cx, constants, "IPC", kIPC) &&
         SetNumberProperty(cx, constants, "UV_READABLE", UV_READABLE) &&
         SetNumberProperty(cx, constants, "UV_WRITABLE", UV_WRITABLE) &&
         SetObjectProperty(cx, exports, "constants", constants);
}

}  // namespace eddy::binding::pipe_wrap
