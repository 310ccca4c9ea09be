#ifndef EDDY_BASE_WRAPS_H_
#define EDDY_BASE_WRAPS_H_

// Lifetime of the C++ side of libuv requests and handles. While libuv owns a
// request or an open handle, its JS object is kept alive by the Environment
// (traced, never a bare pointer), so an in-flight operation is never
// collected; the link is dropped when the request completes or the handle
// closes.

#include <js/RootingAPI.h>
#include <jsapi.h>
#include <uv.h>

#include "core/environment.h"

namespace eddy {

class ReqWrapBase {
 public:
  ReqWrapBase(Environment* env, JS::HandleObject object) : env_(env), object_(object) {
    env->AddReqWrap(this);
  }
  virtual ~ReqWrapBase() { env_->RemoveReqWrap(this); }
  ReqWrapBase(const ReqWrapBase&) = delete;
  ReqWrapBase& operator=(const ReqWrapBase&) = delete;

  Environment* env() const { return env_; }
  JSObject* object() const { return object_; }
  void Trace(JSTracer* trc) { JS::TraceEdge(trc, &object_, "ReqWrap"); }

  ReqWrapBase* next = nullptr;
  ReqWrapBase* prev = nullptr;

 private:
  Environment* env_;
  JS::Heap<JSObject*> object_;
};

template <typename T>
class ReqWrap : public ReqWrapBase {
 public:
  ReqWrap(Environment* env, JS::HandleObject object) : ReqWrapBase(env, object) {
    req_.data = this;
  }
  T* req() { return &req_; }
  static ReqWrap* From(T* req) { return static_cast<ReqWrap*>(req->data); }

 private:
  T req_;
};

class HandleWrapBase {
 public:
  HandleWrapBase(Environment* env, JS::HandleObject object)
      : env_(env), object_(object) {
    env->AddHandleWrap(this);
  }
  virtual ~HandleWrapBase() { env_->RemoveHandleWrap(this); }
  HandleWrapBase(const HandleWrapBase&) = delete;
  HandleWrapBase& operator=(const HandleWrapBase&) = delete;

  Environment* env() const { return env_; }
  JSObject* object() const { return object_; }
  void Trace(JSTracer* trc) { JS::TraceEdge(trc, &object_, "HandleWrap"); }
  virtual uv_handle_t* handle() = 0;
  // Closes the handle; the wrap deletes itself in the close callback.
  void Close() {
    if (closing_) return;
    closing_ = true;
    uv_close(handle(), [](uv_handle_t* h) {
      delete static_cast<HandleWrapBase*>(h->data);
    });
  }
  bool closing() const { return closing_; }

  HandleWrapBase* next = nullptr;
  HandleWrapBase* prev = nullptr;

 private:
  Environment* env_;
  JS::Heap<JSObject*> object_;
  bool closing_ = false;
};

}  // namespace eddy

#endif  // EDDY_BASE_WRAPS_H_
