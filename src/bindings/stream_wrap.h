#ifndef EDDY_BINDINGS_STREAM_WRAP_H_
#define EDDY_BINDINGS_STREAM_WRAP_H_

// A libuv stream handle (pipe, and later TCP and TTY) as a JS handle object:
// readStart/readStop deliver `handle.onread(nread, arrayBuffer)`; writes and
// shutdown complete through `req.oncomplete(status)`. lib/net.js builds the
// Duplex stream (net.Socket) on top, as Node does.

#include <uv.h>

#include "base/wraps.h"

namespace eddy {

class StreamWrap : public HandleWrapBase {
 public:
  StreamWrap(Environment* env, JS::HandleObject obj)
      : HandleWrapBase(env, obj) {}
  virtual uv_stream_t* stream() = 0;
  uv_handle_t* handle() override {
    return reinterpret_cast<uv_handle_t*>(stream());
  }

  // readStart, readStop, writeBuffer, writeUtf8String, writev and shutdown,
  // added to the prototype of a handle class (HandleWrapBase::InitClass).
  static bool DefineMethods(JSContext* cx, JS::HandleObject proto);
  // The stream wrap behind a handle object, or null (not a stream, closed).
  static StreamWrap* FromObject(JSObject* obj);

  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
};

}  // namespace eddy

#endif  // EDDY_BINDINGS_STREAM_WRAP_H_
