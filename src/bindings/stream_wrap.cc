#include "bindings/stream_wrap.h"

#include <js/ArrayBuffer.h>
#include <js/experimental/TypedData.h>

#include <cstring>
#include <memory>
#include <string>

#include "base/args.h"
#include "base/callback_scope.h"
#include "core/errors.h"

namespace eddy {

namespace {

constexpr size_t kReadSize = 64 * 1024;

// A write or shutdown in flight: owns a copy of the bytes (a JS buffer may
// move during a GC) and keeps the JS request object alive.
class WriteWrap final : public ReqWrap<uv_write_t> {
 public:
  WriteWrap(Environment* env, JS::HandleObject req, std::string data)
      : ReqWrap(env, req), data_(std::move(data)) {}
  uv_buf_t buf() {
    return uv_buf_init(data_.data(), static_cast<unsigned>(data_.size()));
  }
  size_t size() const { return data_.size(); }

 private:
  std::string data_;
};

using ShutdownWrap = ReqWrap<uv_shutdown_t>;

void CallOnComplete(ReqWrapBase* w, int status) {
  Environment* env = w->env();
  if (env->is_stopping()) return;
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedObject req(cx, w->object());
  JS::RootedValue arg(cx, JS::Int32Value(status));
  JS::RootedValue rval(cx);
  MakeCallback(env, req, "oncomplete", JS::HandleValueArray(arg), &rval);
}

StreamWrap* UnwrapStream(JSContext* cx, const JS::CallArgs& args) {
  return HandleWrapBase::Unwrap<StreamWrap>(cx, args);
}

bool ReadStart(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  args.rval().setInt32(w->closing()
                           ? UV_EBADF
                           : uv_read_start(w->stream(), StreamWrap::OnAlloc,
                                           StreamWrap::OnRead));
  return true;
}

// Writes `data` for request object `req`: tries a synchronous write first;
// what is left goes to libuv. Sets req.async and req.bytes as Node does.
bool DoWrite(JSContext* cx, const JS::CallArgs& args, StreamWrap* w,
             std::string data) {
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "req must be an object");
  }
  JS::RootedObject req(cx, &args[0].toObject());
  size_t total = data.size();
  if (w->closing()) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  uv_buf_t buf = uv_buf_init(data.data(), static_cast<unsigned>(data.size()));
  int written = total ? uv_try_write(w->stream(), &buf, 1) : 0;
  if (written == UV_EAGAIN || written == UV_ENOSYS) written = 0;
  if (written < 0) {
    args.rval().setInt32(written);
    return true;
  }
  bool async = static_cast<size_t>(written) < total;
  if (!SetNumberProperty(cx, req, "bytes", static_cast<double>(total)))
    return false;
  JS::RootedValue async_value(cx, JS::BooleanValue(async));
  if (!JS_SetProperty(cx, req, "async", async_value)) return false;
  if (async) {
    auto* ww = new WriteWrap(w->env(), req, data.substr(written));
    uv_buf_t rest = ww->buf();
    int err = uv_write(ww->req(), w->stream(), &rest, 1,
                       [](uv_write_t* r, int status) {
                         std::unique_ptr<WriteWrap> ww(
                             static_cast<WriteWrap*>(WriteWrap::From(r)));
                         CallOnComplete(ww.get(), status);
                       });
    if (err) {
      delete ww;
      args.rval().setInt32(err);
      return true;
    }
  }
  args.rval().setInt32(0);
  return true;
}

bool WriteBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  if (!args.get(1).isObject() ||
      !JS_IsArrayBufferViewObject(&args[1].toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "data must be a buffer");
  }
  std::string data;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    JSObject* view = &args[1].toObject();
    auto* bytes =
        static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    data.assign(bytes, JS_GetArrayBufferViewByteLength(view));
  }
  return DoWrite(cx, args, w, std::move(data));
}

bool WriteUtf8String(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  if (!args.get(1).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "data must be a string");
  }
  JS::RootedString str(cx, args[1].toString());
  std::string data;
  if (!StringToUtf8(cx, str, &data)) return false;
  return DoWrite(cx, args, w, std::move(data));
}

// writev(req, chunks): chunks are buffers (strings were encoded in JS).
bool Writev(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  if (!args.get(1).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "chunks must be an array");
  }
  JS::RootedObject list(cx, &args[1].toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  std::string data;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < n; i++) {
    if (!JS_GetElement(cx, list, i, &item)) return false;
    if (item.isString()) {
      JS::RootedString s(cx, item.toString());
      std::string part;
      if (!StringToUtf8(cx, s, &part)) return false;
      data += part;
      continue;
    }
    if (!item.isObject() || !JS_IsArrayBufferViewObject(&item.toObject())) {
      return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                            "chunks must be buffers");
    }
    JS::AutoCheckCannotGC nogc;
    bool shared;
    JSObject* view = &item.toObject();
    data.append(
        static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc)),
        JS_GetArrayBufferViewByteLength(view));
  }
  return DoWrite(cx, args, w, std::move(data));
}

bool ReadStop(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  args.rval().setInt32(w->closing() ? 0 : uv_read_stop(w->stream()));
  return true;
}

// Bytes handed to libuv and not yet written: a sender (the IPC channel)
// uses it to tell its caller to back off.
bool GetWriteQueueSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  args.rval().setNumber(
      w->closing()
          ? 0.0
          : static_cast<double>(uv_stream_get_write_queue_size(w->stream())));
  return true;
}

// handle.fd: the descriptor, or -1 once the handle is closed.
bool GetFd(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = args.thisv().isObject()
                      ? StreamWrap::FromObject(&args.thisv().toObject())
                      : nullptr;
  uv_os_fd_t fd = -1;
  if (!w || w->closing() || uv_fileno(w->handle(), &fd) != 0) fd = -1;
  args.rval().setInt32(fd);
  return true;
}

bool Shutdown(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = UnwrapStream(cx, args);
  if (!w) return false;
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "req must be an object");
  }
  JS::RootedObject req(cx, &args[0].toObject());
  auto* sw = new ShutdownWrap(w->env(), req);
  int err =
      uv_shutdown(sw->req(), w->stream(), [](uv_shutdown_t* r, int status) {
        std::unique_ptr<ShutdownWrap> sw(ShutdownWrap::From(r));
        CallOnComplete(sw.get(), status);
      });
  if (err) delete sw;
  args.rval().setInt32(err);
  return true;
}

}  // namespace

void StreamWrap::OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  buf->base = static_cast<char*>(malloc(kReadSize));
  buf->len = buf->base ? kReadSize : 0;
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread,
                        const uv_buf_t* buf) {
  auto* w =
      static_cast<StreamWrap*>(static_cast<HandleWrapBase*>(stream->data));
  Environment* env = w->env();
  if (nread == 0 || env->is_stopping()) {
    free(buf->base);
    return;
  }
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedValueArray<2> argv(cx);
  argv[0].setNumber(static_cast<double>(nread));
  if (nread > 0) {
    // The bytes move into an ArrayBuffer the engine owns.
    mozilla::UniquePtr<uint8_t[], JS::FreePolicy> bytes(
        js_pod_arena_malloc<uint8_t>(js::ArrayBufferContentsArena, nread));
    if (bytes) memcpy(bytes.get(), buf->base, nread);
    free(buf->base);
    if (!bytes) JS_ReportOutOfMemory(cx);
    JSObject* ab =
        bytes ? JS::NewArrayBufferWithContents(cx, nread, std::move(bytes))
              : nullptr;
    if (!ab) {
      env->HandleUncaughtException();
      return;
    }
    argv[1].setObject(*ab);
  } else {
    free(buf->base);
    argv[1].setUndefined();
  }
  JS::RootedObject obj(cx, w->object());
  JS::RootedValue rval(cx);
  MakeCallback(env, obj, "onread", argv, &rval);
}

StreamWrap* StreamWrap::FromObject(JSObject* obj) {
  if (JS::GetClass(obj)->cOps != &HandleWrapBase::kClassOps) return nullptr;
  auto* w = JS::GetMaybePtrFromReservedSlot<HandleWrapBase>(obj, 0);
  return w ? dynamic_cast<StreamWrap*>(w) : nullptr;
}

bool StreamWrap::DefineMethods(JSContext* cx, JS::HandleObject proto) {
  static const JSFunctionSpec methods[] = {
      JS_FN("readStart", ReadStart, 0, 0),
      JS_FN("readStop", ReadStop, 0, 0),
      JS_FN("writeBuffer", WriteBuffer, 2, 0),
      JS_FN("writeUtf8String", WriteUtf8String, 2, 0),
      JS_FN("writev", Writev, 2, 0),
      JS_FN("shutdown", Shutdown, 1, 0),
      JS_FN("getWriteQueueSize", GetWriteQueueSize, 0, 0),
      JS_FS_END};
  static const JSPropertySpec properties[] = {JS_PSG("fd", GetFd, 0),
                                              JS_PS_END};
  return JS_DefineFunctions(cx, proto, methods) &&
         JS_DefineProperties(cx, proto, properties);
}

}  // namespace eddy
