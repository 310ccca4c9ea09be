#ifndef EDDY_BASE_WRAPS_H_
#define EDDY_BASE_WRAPS_H_

// Lifetime of the C++ side of libuv requests and handles. While libuv owns a
// request or an open handle, its JS object is kept alive by the Environment
// (traced, never a bare pointer), so an in-flight operation is never
// collected; the link is dropped when the request completes or the handle
// closes.

#include <js/Object.h>
#include <js/RootingAPI.h>
#include <jsapi.h>
#include <uv.h>

#include "core/environment.h"

namespace eddy {

class ReqWrapBase {
 public:
  ReqWrapBase(Environment* env, JS::HandleObject object)
      : env_(env), object_(object) {
    env->AddReqWrap(this);
  }
  virtual ~ReqWrapBase() { env_->RemoveReqWrap(this); }
  ReqWrapBase(const ReqWrapBase&) = delete;
  ReqWrapBase& operator=(const ReqWrapBase&) = delete;

  Environment* env() const { return env_; }
  JSObject* object() const { return object_; }
  void Trace(JSTracer* trc) { JS::TraceEdge(trc, &object_, "ReqWrap"); }
  virtual uv_req_t* uv_req() = 0;

  ReqWrapBase* next = nullptr;
  ReqWrapBase* prev = nullptr;

 private:
  Environment* env_;
  JS::Heap<JSObject*> object_;
};

template <typename T>
class ReqWrap : public ReqWrapBase {
 public:
  ReqWrap(Environment* env, JS::HandleObject object)
      : ReqWrapBase(env, object) {
    req_.data = this;
  }
  T* req() { return &req_; }
  uv_req_t* uv_req() override { return reinterpret_cast<uv_req_t*>(&req_); }
  static ReqWrap* From(T* req) { return static_cast<ReqWrap*>(req->data); }

 private:
  T req_;
};

// A libuv handle owned by a JS object of a handle class (Pipe, Process,
// Signal, ...). The object's reserved slot 0 points at the wrap until the
// handle is closed; `handle.close(callback)` runs the callback once libuv
// has closed it, then the wrap is deleted.
class HandleWrapBase {
 public:
  HandleWrapBase(Environment* env, JS::HandleObject object);
  virtual ~HandleWrapBase();
  HandleWrapBase(const HandleWrapBase&) = delete;
  HandleWrapBase& operator=(const HandleWrapBase&) = delete;

  Environment* env() const { return env_; }
  JSObject* object() const { return object_; }
  void Trace(JSTracer* trc);
  virtual uv_handle_t* handle() = 0;
  // False while the libuv handle does not exist yet (a Process before spawn).
  virtual bool initialized() const { return true; }
  // Closes the handle; `callback` (may be undefined) runs when it is closed.
  void Close(JS::HandleValue callback);
  bool closing() const { return closing_; }

  // For JSClass definitions of handle classes: every one has slot 0 for the
  // wrap and these class ops.
  static const JSClassOps kClassOps;
  static constexpr uint32_t kClassFlags = JSCLASS_HAS_RESERVED_SLOTS(1);
  // The JSClass of a kind of handle object, named as in Node ("Signal").
  static constexpr JSClass Class(const char* name) {
    return {name, kClassFlags, &kClassOps, nullptr, nullptr, nullptr};
  }
  // The wrap behind `this` of a native call, or null with a TypeError.
  template <typename T>
  static T* Unwrap(JSContext* cx, const JS::CallArgs& args) {
    return static_cast<T*>(UnwrapBase(cx, args));
  }
  static HandleWrapBase* UnwrapBase(JSContext* cx, const JS::CallArgs& args);
  // close(cb), ref(), unref(), hasRef(): shared by every handle class.
  static const JSFunctionSpec kMethods[];

  // The constructor of a handle class whose wrap T takes (env, object):
  // `new Signal()` creates the object and its wrap.
  template <typename T, const JSClass* kClass>
  static bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, kClass, args));
    if (!obj) return false;
    new T(Environment::From(cx), obj);
    args.rval().setObject(*obj);
    return true;
  }
  // Defines a handle class on `exports`: its constructor, the shared
  // methods (kMethods) and its own. Returns the prototype, or null.
  static JSObject* InitClass(JSContext* cx, JS::HandleObject exports,
                             const JSClass* cls, JSNative constructor,
                             unsigned nargs, const JSFunctionSpec* methods);

  HandleWrapBase* next = nullptr;
  HandleWrapBase* prev = nullptr;

 protected:
  // For handles closed some other way than uv_close (a TCP reset): marks
  // the wrap as closing and keeps `callback`, as Close does. False when
  // nothing is left to close (already closing, or deleted: do not touch
  // the wrap); otherwise the caller starts the close with OnClosed.
  bool BeginClose(JS::HandleValue callback);
  static void OnClosed(uv_handle_t* handle);

 private:
  Environment* env_;
  JS::Heap<JSObject*> object_;
  JS::Heap<JSObject*> close_callback_;
  bool closing_ = false;
};

}  // namespace eddy

#endif  // EDDY_BASE_WRAPS_H_
