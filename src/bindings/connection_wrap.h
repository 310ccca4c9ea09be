#ifndef EDDY_BINDINGS_CONNECTION_WRAP_H_
#define EDDY_BINDINGS_CONNECTION_WRAP_H_

// What TCP and Pipe handles share as connection-oriented streams: a server
// accepts into a new handle of its own class and hands it to
// `handle.onconnection(status, client)`; a connect request completes with
// `req.oncomplete(status, handle, req, readable, writable)`, the shape
// lib/net.js expects of both.

#include <sys/socket.h>
#include <uv.h>

#include <memory>

#include "base/callback_scope.h"
#include "bindings/stream_wrap.h"
#include "core/environment.h"

namespace eddy {

using ConnectWrap = ReqWrap<uv_connect_t>;

// {address, family: 'IPv4' | 'IPv6', port} of a socket address into `out`.
[[nodiscard]] bool AddressToJS(JSContext* cx, const sockaddr* addr,
                               JS::HandleObject out);

// The connect callback of both handle kinds: the request's oncomplete runs
// (unless the environment is stopping), then the request is freed.
void AfterConnect(uv_connect_t* req, int status);

// The `fd` accessor and `writeQueueSize` of a stream handle, defined on the
// prototype of TCP and Pipe.
[[nodiscard]] bool DefineStreamAccessors(JSContext* cx, JS::HandleObject proto);

// The uv_connection_cb of a server handle whose wrap is `Wrap`. Wrap has
// `static Wrap* NewClient(Environment*, JS::HandleObject proto,
// JS::MutableHandleObject obj)`, which creates an unconnected handle with
// the server's prototype (null with an exception pending).
template <typename Wrap>
void OnConnection(uv_stream_t* server, int status) {
  auto* w = static_cast<Wrap*>(static_cast<HandleWrapBase*>(server->data));
  Environment* env = w->env();
  if (env->is_stopping()) return;
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedObject server_obj(cx, w->object());
  JS::RootedValueArray<2> argv(cx);
  argv[0].setInt32(status);
  if (status == 0) {
    JS::RootedObject proto(cx);
    JS::RootedObject client_obj(cx);
    Wrap* client = nullptr;
    if (JS_GetPrototype(cx, server_obj, &proto)) {
      client = Wrap::NewClient(env, proto, &client_obj);
    }
    if (!client) {
      env->HandleUncaughtException();
      return;
    }
    int err = uv_accept(server, client->stream());
    if (err) {
      client->Close(JS::UndefinedHandleValue);
      argv[0].setInt32(err);
    } else {
      argv[1].setObject(*client_obj);
    }
  }
  JS::RootedValue rval(cx);
  MakeCallback(env, server_obj, "onconnection", argv, &rval);
}

}  // namespace eddy

#endif  // EDDY_BINDINGS_CONNECTION_WRAP_H_
