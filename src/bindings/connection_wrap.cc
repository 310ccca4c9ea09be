#include "bindings/connection_wrap.h"

#include <net/if.h>
#include <netinet/in.h>

#include <string>

#include "base/args.h"
#include "core/errors.h"

namespace eddy {

bool AddressToJS(JSContext* cx, const sockaddr* addr, JS::HandleObject out) {
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 1];
  int port;
  const char* family;
  if (addr->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    // A link-local address keeps its zone: "fe80::1%eth0".
    if (a6->sin6_scope_id != 0) {
      char zone[IF_NAMESIZE + 1];
      size_t size = sizeof(zone);
      if (uv_if_indextoname(a6->sin6_scope_id, zone, &size) == 0) {
        std::string full = std::string(ip) + "%" + zone;
        snprintf(ip, sizeof(ip), "%s", full.c_str());
      }
    }
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else {
    return true;  // Not an IP socket: nothing to report.
  }
  return SetStringProperty(cx, out, "address", ip) &&
         SetStringProperty(cx, out, "family", family) &&
         SetNumberProperty(cx, out, "port", port);
}

void AfterConnect(uv_connect_t* r, int status) {
  std::unique_ptr<ConnectWrap> req(ConnectWrap::From(r));
  Environment* env = req->env();
  if (env->is_stopping()) return;
  auto* handle = static_cast<HandleWrapBase*>(r->handle->data);
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  // Readable and writable as far as libuv can tell: a connected stream is
  // both.
  bool ok = status == 0;
  JS::RootedObject req_obj(cx, req->object());
  JS::RootedValueArray<5> argv(cx);
  argv[0].setInt32(status);
  argv[1].setObject(*handle->object());
  argv[2].setObject(*req_obj);
  argv[3].setBoolean(ok && uv_is_readable(r->handle));
  argv[4].setBoolean(ok && uv_is_writable(r->handle));
  // The request counts as active until its callback returns, as in Node.
  JS::RootedValue rval(cx);
  MakeCallback(env, req_obj, "oncomplete", argv, &rval);
}

namespace {

StreamWrap* ThisStream(JSContext* cx, const JS::CallArgs& args) {
  if (!args.thisv().isObject()) {
    ThrowTypeError(cx, "ERR_INVALID_THIS", "Illegal invocation");
    return nullptr;
  }
  return StreamWrap::FromObject(&args.thisv().toObject());
}

// A closed handle has no descriptor: -1, as in Node (EBADF from libuv).
bool GetFd(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.thisv().isObject()) {
    args.rval().setInt32(-1);
    return true;
  }
  StreamWrap* w = StreamWrap::FromObject(&args.thisv().toObject());
  uv_os_fd_t fd = -1;
  if (!w || w->closing() || uv_fileno(w->handle(), &fd) != 0) fd = -1;
  args.rval().setInt32(fd);
  return true;
}

bool GetWriteQueueSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = ThisStream(cx, args);
  if (!w && JS_IsExceptionPending(cx)) return false;
  size_t size =
      w && !w->closing() ? uv_stream_get_write_queue_size(w->stream()) : 0;
  args.rval().setNumber(static_cast<double>(size));
  return true;
}

}  // namespace

bool DefineStreamAccessors(JSContext* cx, JS::HandleObject proto) {
  static const JSPropertySpec props[] = {
      JS_PSG("fd", GetFd, JSPROP_ENUMERATE),
      JS_PSG("writeQueueSize", GetWriteQueueSize, JSPROP_ENUMERATE), JS_PS_END};
  return JS_DefineProperties(cx, proto, props);
}

}  // namespace eddy
