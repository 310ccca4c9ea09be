// internalBinding('tcp_wrap'): `new TCP(type)` over uv_tcp_t, the handle
// behind net.Socket and net.Server. It is a stream like Pipe (readStart,
// writeBuffer, shutdown ...) plus what sockets have: bind/listen, connect
// through a TCPConnectWrap-style request object, the addresses of both
// ends, Nagle and keep-alive, and closing with a reset. Every call returns
// a libuv status; lib/net.js turns failures into Node's errors.

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

#include "base/args.h"
#include "bindings/binding_util.h"
#include "bindings/connection_wrap.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::tcp_wrap {

enum TCPType { kSocket = 0, kServer = 1 };
// bind() flags, as Node numbers them. libuv 1.44 has no UV_TCP_REUSEPORT:
// the socket is made here with SO_REUSEPORT before libuv binds it.
constexpr int kIPv6Only = 1;
constexpr int kReusePort = 2;

static constexpr JSClass kTCPClass = HandleWrapBase::Class("TCP");
static constexpr JSClass kConnectWrapClass = {
    "TCPConnectWrap", 0, nullptr, nullptr, nullptr, nullptr};

class TCPWrap final : public StreamWrap {
 public:
  TCPWrap(Environment* env, JS::HandleObject obj) : StreamWrap(env, obj) {
    uv_tcp_init(env->loop(), &tcp_);
    tcp_.data = static_cast<HandleWrapBase*>(this);
  }
  uv_stream_t* stream() override {
    return reinterpret_cast<uv_stream_t*>(&tcp_);
  }
  uv_tcp_t* tcp() { return &tcp_; }

  // An accepted connection: a new handle with the server's prototype.
  static TCPWrap* NewClient(Environment* env, JS::HandleObject proto,
                            JS::MutableHandleObject obj) {
    obj.set(JS_NewObjectWithGivenProto(env->cx(), &kTCPClass, proto));
    return obj ? new TCPWrap(env, obj) : nullptr;
  }

  // Closes with an RST instead of a FIN. When libuv refuses (a shutdown is
  // in progress), the handle is closed normally and the error returned.
  int Reset(JS::HandleValue callback) {
    if (!BeginClose(callback)) return 0;
    int err = uv_tcp_close_reset(&tcp_, OnClosed);
    if (err) uv_close(handle(), OnClosed);
    return err;
  }

 private:
  uv_tcp_t tcp_;
};

namespace {

// The TCP wrap behind `this`, or null with a TypeError (not a TCP handle)
// or an ERR_INVALID_STATE error (closed).
TCPWrap* ThisTCP(JSContext* cx, const JS::CallArgs& args) {
  if (!args.thisv().isObject() ||
      JS::GetClass(&args.thisv().toObject()) != &kTCPClass) {
    ThrowTypeError(cx, "ERR_INVALID_THIS", "Illegal invocation");
    return nullptr;
  }
  return HandleWrapBase::Unwrap<TCPWrap>(cx, args);
}

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    return ThrowTypeError(cx, "ERR_CONSTRUCT_CALL_REQUIRED",
                          "Class constructor TCP cannot be invoked without "
                          "'new'");
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kTCPClass, args));
  if (!obj) return false;
  new TCPWrap(Environment::From(cx), obj);
  args.rval().setObject(*obj);
  return true;
}

bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  args.rval().setInt32(
      uv_tcp_open(w->tcp(), static_cast<uv_os_sock_t>(IntArg(args, 0))));
  return true;
}

// A socket of `family` with SO_REUSEPORT, given to the handle before bind.
int OpenReusePort(uv_tcp_t* tcp, int family) {
  int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return uv_translate_sys_error(errno);
  int on = 1;
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0) {
    int err = uv_translate_sys_error(errno);
    close(fd);
    return err;
  }
  int err = uv_tcp_open(tcp, fd);
  if (err) close(fd);
  return err;
}

// bind(address, port, flags) / bind6(...): the address is an IP literal
// (lib/net.js resolved names already).
bool DoBind(JSContext* cx, unsigned argc, JS::Value* vp, int family) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  std::string ip;
  if (!ToUtf8(cx, args.get(0), &ip)) return false;
  int port = static_cast<int>(IntArg(args, 1));
  int flags = static_cast<int>(IntArg(args, 2));
  sockaddr_storage addr;
  int err = family == AF_INET6
                ? uv_ip6_addr(ip.c_str(), port,
                              reinterpret_cast<sockaddr_in6*>(&addr))
                : uv_ip4_addr(ip.c_str(), port,
                              reinterpret_cast<sockaddr_in*>(&addr));
  if (err == 0 && (flags & kReusePort)) err = OpenReusePort(w->tcp(), family);
  if (err == 0) {
    unsigned uv_flags = (flags & kIPv6Only) ? UV_TCP_IPV6ONLY : 0;
    err = uv_tcp_bind(w->tcp(), reinterpret_cast<sockaddr*>(&addr), uv_flags);
  }
  // libuv 1.44 keeps EADDRINUSE for the next listen/connect; Node reports
  // it from bind. getsockname hands out that pending error.
  if (err == 0) {
    sockaddr_storage bound;
    int len = sizeof(bound);
    if (uv_tcp_getsockname(w->tcp(), reinterpret_cast<sockaddr*>(&bound),
                           &len) == UV_EADDRINUSE) {
      err = UV_EADDRINUSE;
    }
  }
  args.rval().setInt32(err);
  return true;
}

bool Bind(JSContext* cx, unsigned argc, JS::Value* vp) {
  return DoBind(cx, argc, vp, AF_INET);
}

bool Bind6(JSContext* cx, unsigned argc, JS::Value* vp) {
  return DoBind(cx, argc, vp, AF_INET6);
}

bool Listen(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  args.rval().setInt32(uv_listen(w->stream(), static_cast<int>(IntArg(args, 0)),
                                 OnConnection<TCPWrap>));
  return true;
}

// connect(req, address, port) / connect6(...): `req.oncomplete(status,
// handle, req, readable, writable)` runs when the connection is made or
// has failed.
bool DoConnect(JSContext* cx, unsigned argc, JS::Value* vp, int family) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "req must be an object");
  }
  JS::RootedObject req(cx, &args[0].toObject());
  std::string ip;
  if (!ToUtf8(cx, args.get(1), &ip)) return false;
  int port = static_cast<int>(IntArg(args, 2));
  sockaddr_storage addr;
  int err = family == AF_INET6
                ? uv_ip6_addr(ip.c_str(), port,
                              reinterpret_cast<sockaddr_in6*>(&addr))
                : uv_ip4_addr(ip.c_str(), port,
                              reinterpret_cast<sockaddr_in*>(&addr));
  if (err == 0) {
    auto* cw = new ConnectWrap(w->env(), req);
    err = uv_tcp_connect(cw->req(), w->tcp(),
                         reinterpret_cast<sockaddr*>(&addr), AfterConnect);
    if (err) delete cw;
  }
  args.rval().setInt32(err);
  return true;
}

bool Connect(JSContext* cx, unsigned argc, JS::Value* vp) {
  return DoConnect(cx, argc, vp, AF_INET);
}

bool Connect6(JSContext* cx, unsigned argc, JS::Value* vp) {
  return DoConnect(cx, argc, vp, AF_INET6);
}

// getsockname(out) / getpeername(out): fills out.address, out.family and
// out.port; returns a libuv status.
template <int (*Get)(const uv_tcp_t*, sockaddr*, int*)>
bool GetName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "out must be an object");
  }
  JS::RootedObject out(cx, &args[0].toObject());
  sockaddr_storage addr;
  int len = sizeof(addr);
  int err = Get(w->tcp(), reinterpret_cast<sockaddr*>(&addr), &len);
  if (err == 0 &&
      !AddressToJS(cx, reinterpret_cast<const sockaddr*>(&addr), out)) {
    return false;
  }
  args.rval().setInt32(err);
  return true;
}

bool SetNoDelay(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  args.rval().setInt32(uv_tcp_nodelay(w->tcp(), JS::ToBoolean(args.get(0))));
  return true;
}

// setKeepAlive(enable, initialDelaySeconds).
bool SetKeepAlive(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  args.rval().setInt32(
      uv_tcp_keepalive(w->tcp(), JS::ToBoolean(args.get(0)),
                       static_cast<unsigned>(IntArg(args, 1))));
  return true;
}

// reset(callback): closes the connection with an RST; the callback runs
// once the handle is closed, as with close().
bool Reset(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TCPWrap* w = ThisTCP(cx, args);
  if (!w) return false;
  args.rval().setInt32(w->Reset(args.get(0)));
  return true;
}

}  // namespace

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("open", Open, 1, 0),
      JS_FN("bind", Bind, 3, 0),
      JS_FN("listen", Listen, 1, 0),
      JS_FN("connect", Connect, 3, 0),
      JS_FN("bind6", Bind6, 3, 0),
      JS_FN("connect6", Connect6, 3, 0),
      JS_FN("getsockname", GetName<uv_tcp_getsockname>, 1, 0),
      JS_FN("getpeername", GetName<uv_tcp_getpeername>, 1, 0),
      JS_FN("setNoDelay", SetNoDelay, 1, 0),
      JS_FN("setKeepAlive", SetKeepAlive, 2, 0),
      JS_FN("reset", Reset, 1, 0),
      JS_FS_END};
  JS::RootedObject proto(
      cx, HandleWrapBase::InitClass(cx, exports, &kTCPClass, New, 1, methods));
  if (!proto || !StreamWrap::DefineMethods(cx, proto) ||
      !DefineStreamAccessors(cx, proto) ||
      !DefineRequestClass<&kConnectWrapClass>(cx, exports)) {
    return false;
  }
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  return constants && SetNumberProperty(cx, constants, "SOCKET", kSocket) &&
         SetNumberProperty(cx, constants, "SERVER", kServer) &&
         SetNumberProperty(cx, constants, "UV_TCP_IPV6ONLY", kIPv6Only) &&
         SetNumberProperty(cx, constants, "UV_TCP_REUSEPORT", kReusePort) &&
         SetObjectProperty(cx, exports, "constants", constants);
}

}  // namespace eddy::binding::tcp_wrap
