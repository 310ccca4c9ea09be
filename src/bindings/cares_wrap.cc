// internalBinding('cares_wrap'): the part of Node's DNS binding behind
// dns.lookup and dns.lookupService, the system resolver (getaddrinfo and
// getnameinfo) on libuv's thread pool. Both take a request object whose
// `oncomplete` gets (status, addresses) or (status, hostname, service).
// The c-ares resolver (dns.resolve*) is not here.

#include <netdb.h>
#include <sys/socket.h>

#include <memory>
#include <string>
#include <vector>

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "bindings/binding_util.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::cares_wrap {

// How getaddrinfo's answers are ordered (dns.lookup's `order`).
enum Order { kVerbatim = 0, kIPv4First = 1, kIPv6First = 2 };

static constexpr JSClass kGetAddrInfoClass = {
    "GetAddrInfoReqWrap", 0, nullptr, nullptr, nullptr, nullptr};
static constexpr JSClass kGetNameInfoClass = {
    "GetNameInfoReqWrap", 0, nullptr, nullptr, nullptr, nullptr};

namespace {

class GetAddrInfoWrap final : public ReqWrap<uv_getaddrinfo_t> {
 public:
  GetAddrInfoWrap(Environment* env, JS::HandleObject obj, int order)
      : ReqWrap(env, obj), order_(order) {}
  int order() const { return order_; }

 private:
  int order_;
};

using GetNameInfoWrap = ReqWrap<uv_getnameinfo_t>;

// The addresses of `res` as text, in the requested order.
std::vector<std::string> AddressList(const addrinfo* res, int order) {
  std::vector<std::string> v4, v6, all;
  for (const addrinfo* p = res; p; p = p->ai_next) {
    char ip[INET6_ADDRSTRLEN];
    if (p->ai_family == AF_INET) {
      uv_ip4_name(reinterpret_cast<const sockaddr_in*>(p->ai_addr), ip,
                  sizeof(ip));
      v4.push_back(ip);
    } else if (p->ai_family == AF_INET6) {
      uv_ip6_name(reinterpret_cast<const sockaddr_in6*>(p->ai_addr), ip,
                  sizeof(ip));
      v6.push_back(ip);
    } else {
      continue;
    }
    all.push_back(ip);
  }
  if (order == kVerbatim) return all;
  std::vector<std::string>& first = order == kIPv4First ? v4 : v6;
  std::vector<std::string>& second = order == kIPv4First ? v6 : v4;
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

void AfterGetAddrInfo(uv_getaddrinfo_t* r, int status, addrinfo* res) {
  std::unique_ptr<GetAddrInfoWrap> req(
      static_cast<GetAddrInfoWrap*>(GetAddrInfoWrap::From(r)));
  std::vector<std::string> addresses;
  if (status == 0) addresses = AddressList(res, req->order());
  uv_freeaddrinfo(res);
  Environment* env = req->env();
  if (env->is_stopping()) return;
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedObject req_obj(cx, req->object());
  JS::RootedValueArray<2> argv(cx);
  // No address of the asked family is "not found" too.
  if (status == 0 && addresses.empty()) status = UV_EAI_NODATA;
  argv[0].setInt32(status);
  if (status == 0) {
    JS::RootedObject list(cx, JS::NewArrayObject(cx, addresses.size()));
    if (!list) {
      env->HandleUncaughtException();
      return;
    }
    JS::RootedValue item(cx);
    for (size_t i = 0; i < addresses.size(); i++) {
      JSString* s = NewStringUtf8(cx, addresses[i]);
      if (!s) {
        env->HandleUncaughtException();
        return;
      }
      item.setString(s);
      if (!JS_SetElement(cx, list, i, item)) {
        env->HandleUncaughtException();
        return;
      }
    }
    argv[1].setObject(*list);
  }
  JS::RootedValue rval(cx);
  MakeCallback(env, req_obj, "oncomplete", argv, &rval);
}

// getaddrinfo(req, hostname, family, hints, order): family 0, 4 or 6;
// hints are AI_* flags. Returns a libuv status.
bool GetAddrInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "req must be an object");
  }
  JS::RootedObject req_obj(cx, &args[0].toObject());
  std::string hostname;
  if (!ToUtf8(cx, args.get(1), &hostname)) return false;
  int family;
  switch (IntArg(args, 2)) {
    case 4:
      family = AF_INET;
      break;
    case 6:
      family = AF_INET6;
      break;
    default:
      family = AF_UNSPEC;
  }
  addrinfo hints = {};
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = static_cast<int>(IntArg(args, 3));
  Environment* env = Environment::From(cx);
  auto* req =
      new GetAddrInfoWrap(env, req_obj, static_cast<int>(IntArg(args, 4)));
  int err = uv_getaddrinfo(env->loop(), req->req(), AfterGetAddrInfo,
                           hostname.c_str(), nullptr, &hints);
  if (err) delete req;
  args.rval().setInt32(err);
  return true;
}

void AfterGetNameInfo(uv_getnameinfo_t* r, int status, const char* hostname,
                      const char* service) {
  std::unique_ptr<GetNameInfoWrap> req(GetNameInfoWrap::From(r));
  Environment* env = req->env();
  if (env->is_stopping()) return;
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedObject req_obj(cx, req->object());
  JS::RootedValueArray<3> argv(cx);
  argv[0].setInt32(status);
  if (status == 0) {
    JSString* host = NewStringUtf8(cx, hostname);
    JSString* serv = host ? NewStringUtf8(cx, service) : nullptr;
    if (!serv) {
      env->HandleUncaughtException();
      return;
    }
    argv[1].setString(host);
    argv[2].setString(serv);
  }
  JS::RootedValue rval(cx);
  MakeCallback(env, req_obj, "oncomplete", argv, &rval);
}

// getnameinfo(req, address, port): the host and service names of a socket
// address (an IP literal, validated in JS).
bool GetNameInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "req must be an object");
  }
  JS::RootedObject req_obj(cx, &args[0].toObject());
  std::string ip;
  if (!ToUtf8(cx, args.get(1), &ip)) return false;
  int port = static_cast<int>(IntArg(args, 2));
  sockaddr_storage addr;
  int err =
      uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr));
  if (err) {
    err = uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr));
  }
  if (err == 0) {
    Environment* env = Environment::From(cx);
    auto* req = new GetNameInfoWrap(env, req_obj);
    err = uv_getnameinfo(env->loop(), req->req(), AfterGetNameInfo,
                         reinterpret_cast<sockaddr*>(&addr), NI_NAMEREQD);
    if (err) delete req;
  }
  args.rval().setInt32(err);
  return true;
}

}  // namespace

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec functions[] = {
      JS_FN("getaddrinfo", GetAddrInfo, 5, 0),
      JS_FN("getnameinfo", GetNameInfo, 3, 0), JS_FS_END};
  return JS_DefineFunctions(cx, exports, functions) &&
         DefineRequestClass<&kGetAddrInfoClass>(cx, exports) &&
         DefineRequestClass<&kGetNameInfoClass>(cx, exports) &&
         SetNumberProperty(cx, exports, "AI_ADDRCONFIG", AI_ADDRCONFIG) &&
         SetNumberProperty(cx, exports, "AI_ALL", AI_ALL) &&
         SetNumberProperty(cx, exports, "AI_V4MAPPED", AI_V4MAPPED) &&
         SetNumberProperty(cx, exports, "DNS_ORDER_VERBATIM", kVerbatim) &&
         SetNumberProperty(cx, exports, "DNS_ORDER_IPV4_FIRST", kIPv4First) &&
         SetNumberProperty(cx, exports, "DNS_ORDER_IPV6_FIRST", kIPv6First);
}

}  // namespace eddy::binding::cares_wrap
