#include "base/callback_scope.h"
#include "base/wraps.h"
#include "core/errors.h"

namespace eddy {

HandleWrapBase::HandleWrapBase(Environment* env, JS::HandleObject object)
    : env_(env), object_(object) {
  env->AddHandleWrap(this);
  JS::SetReservedSlot(object, 0, JS::PrivateValue(this));
}

HandleWrapBase::~HandleWrapBase() {
  env_->RemoveHandleWrap(this);
  if (object_) JS::SetReservedSlot(object_, 0, JS::UndefinedValue());
}

void HandleWrapBase::Trace(JSTracer* trc) {
  JS::TraceEdge(trc, &object_, "HandleWrap");
  JS::TraceEdge(trc, &close_callback_, "HandleWrap close callback");
}

void HandleWrapBase::Close(JS::HandleValue callback) {
  if (BeginClose(callback)) uv_close(handle(), OnClosed);
}

bool HandleWrapBase::BeginClose(JS::HandleValue callback) {
  if (closing_) return false;
  closing_ = true;
  if (!initialized()) {
    delete this;
    return false;
  }
  if (callback.isObject() && JS::IsCallable(&callback.toObject())) {
    close_callback_ = &callback.toObject();
  }
  handle()->data = this;
  return true;
}

void HandleWrapBase::OnClosed(uv_handle_t* handle) {
  auto* w = static_cast<HandleWrapBase*>(handle->data);
  Environment* env = w->env();
  if (w->close_callback_ && !env->is_stopping()) {
    JSContext* cx = env->cx();
    JSAutoRealm ar(cx, env->global());
    JS::RootedValue fn(cx, JS::ObjectValue(*w->close_callback_));
    JS::RootedValue recv(cx, JS::ObjectValue(*w->object()));
    delete w;
    JS::RootedValue rval(cx);
    MakeCallback(env, recv, fn, JS::HandleValueArray::empty(), &rval);
    return;
  }
  delete w;
}

static void FinalizeHandle(JS::GCContext*, JSObject*) {
  // A handle object is kept alive until its handle is closed, and the wrap
  // clears slot 0 when it goes: nothing is left to free here.
}

const JSClassOps HandleWrapBase::kClassOps = {
    nullptr, nullptr,        nullptr, nullptr, nullptr,
    nullptr, FinalizeHandle, nullptr, nullptr, nullptr};

HandleWrapBase* HandleWrapBase::UnwrapBase(JSContext* cx,
                                           const JS::CallArgs& args) {
  if (!args.thisv().isObject() ||
      JS::GetClass(&args.thisv().toObject())->cOps != &kClassOps) {
    ThrowTypeError(cx, "ERR_INVALID_THIS", "Illegal invocation");
    return nullptr;
  }
  auto* w = JS::GetMaybePtrFromReservedSlot<HandleWrapBase>(
      &args.thisv().toObject(), 0);
  if (!w) ThrowError(cx, "ERR_INVALID_STATE", "The handle is closed");
  return w;
}

static bool HandleClose(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (!args.thisv().isObject()) return true;
  // Closing twice, or closing a closed handle, does nothing (as in Node).
  auto* w = JS::GetMaybePtrFromReservedSlot<HandleWrapBase>(
      &args.thisv().toObject(), 0);
  if (w) w->Close(args.get(0));
  return true;
}

static bool HandleRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HandleWrapBase* w = HandleWrapBase::UnwrapBase(cx, args);
  if (!w) return false;
  if (!w->closing()) uv_ref(w->handle());
  args.rval().setUndefined();
  return true;
}

static bool HandleUnref(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HandleWrapBase* w = HandleWrapBase::UnwrapBase(cx, args);
  if (!w) return false;
  if (!w->closing()) uv_unref(w->handle());
  args.rval().setUndefined();
  return true;
}

static bool HandleHasRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HandleWrapBase* w = HandleWrapBase::UnwrapBase(cx, args);
  if (!w) return false;
  args.rval().setBoolean(!w->closing() && uv_has_ref(w->handle()));
  return true;
}

JSObject* HandleWrapBase::InitClass(JSContext* cx, JS::HandleObject exports,
                                    const JSClass* cls, JSNative constructor,
                                    unsigned nargs,
                                    const JSFunctionSpec* methods) {
  JS::RootedObject proto(
      cx, JS_InitClass(cx, exports, cls, nullptr, cls->name, constructor, nargs,
                       nullptr, methods, nullptr, nullptr));
  if (!proto || !JS_DefineFunctions(cx, proto, kMethods)) return nullptr;
  return proto;
}

const JSFunctionSpec HandleWrapBase::kMethods[] = {
    JS_FN("close", HandleClose, 1, 0), JS_FN("ref", HandleRef, 0, 0),
    JS_FN("unref", HandleUnref, 0, 0), JS_FN("hasRef", HandleHasRef, 0, 0),
    JS_FS_END};

}  // namespace eddy
