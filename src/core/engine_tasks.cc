#include "core/engine_tasks.h"

#include <js/CallAndConstruct.h>
#include <js/GCAPI.h>

#include "base/callback_scope.h"
#include "core/environment.h"

namespace eddy {

EngineTasks::EngineTasks(Environment* env) : env_(env), cleanups_(env->cx()) {
  uv_async_init(env->loop(), &dispatch_async_, OnDispatch);
  dispatch_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&dispatch_async_));
  uv_idle_init(env->loop(), &cleanup_idle_);
  cleanup_idle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&cleanup_idle_));
  JS::InitDispatchsToEventLoop(env->cx(), Dispatch, DispatchDelayed, this);
  JS::SetHostCleanupFinalizationRegistryCallback(env->cx(), OnCleanupRequested,
                                                 this);
}

EngineTasks::~EngineTasks() { Shutdown(); }

void EngineTasks::Shutdown() {
  if (closed_) return;
  closed_ = true;
  JSContext* cx = env_->cx();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    shutting_down_ = true;
  }
  JS::ShutdownAsyncTasks(cx);
  std::vector<js::UniquePtr<JS::Dispatchable>> queue;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue.swap(queue_);
  }
  for (auto& task : queue) {
    JS::Dispatchable::Run(cx, std::move(task), JS::Dispatchable::ShuttingDown);
  }
  JS::SetHostCleanupFinalizationRegistryCallback(cx, nullptr, nullptr);
  cleanups_.reset();
  uv_close(reinterpret_cast<uv_handle_t*>(&dispatch_async_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&cleanup_idle_), nullptr);
}

void EngineTasks::Ref() {
  if (refs_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&dispatch_async_));
}

void EngineTasks::Unref() {
  if (refs_ > 0 && --refs_ == 0) {
    uv_unref(reinterpret_cast<uv_handle_t*>(&dispatch_async_));
  }
}

// Any thread.
bool EngineTasks::Dispatch(void* closure,
                           js::UniquePtr<JS::Dispatchable>&& dispatchable) {
  auto* self = static_cast<EngineTasks*>(closure);
  std::lock_guard<std::mutex> lock(self->mutex_);
  if (self->shutting_down_) return false;
  self->queue_.push_back(std::move(dispatchable));
  uv_async_send(&self->dispatch_async_);
  return true;
}

// Only Atomics.waitAsync timeouts come here, and that feature is behind a
// pref Debian's build leaves off; refusing lets the engine clean up.
bool EngineTasks::DispatchDelayed(void*, js::UniquePtr<JS::Dispatchable>&&,
                                  uint32_t) {
  return false;
}

void EngineTasks::OnDispatch(uv_async_t* handle) {
  auto* self = static_cast<EngineTasks*>(handle->data);
  std::vector<js::UniquePtr<JS::Dispatchable>> queue;
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    queue.swap(self->queue_);
  }
  Environment* env = self->env_;
  for (auto& task : queue) {
    if (env->is_stopping()) {
      JS::Dispatchable::Run(env->cx(), std::move(task),
                            JS::Dispatchable::ShuttingDown);
      continue;
    }
    CallbackScope scope(env);
    JS::Dispatchable::Run(env->cx(), std::move(task),
                          JS::Dispatchable::NotShuttingDown);
  }
}

// Called during GC: it may not run JS or allocate GC things, so the cleanup
// function is kept and called from the loop.
void EngineTasks::OnCleanupRequested(JSFunction* cleanup, JSObject*,
                                     void* data) {
  auto* self = static_cast<EngineTasks*>(data);
  if (self->closed_ || !self->cleanups_.append(cleanup)) return;
  uv_idle_start(&self->cleanup_idle_, OnIdle);
}

void EngineTasks::OnIdle(uv_idle_t* handle) {
  auto* self = static_cast<EngineTasks*>(handle->data);
  uv_idle_stop(handle);
  Environment* env = self->env_;
  JSContext* cx = env->cx();
  JS::RootedValue fn(cx);
  JS::RootedValue rval(cx);
  while (!self->cleanups_.empty() && !env->is_stopping()) {
    fn.setObject(*JS_GetFunctionObject(self->cleanups_.back()));
    self->cleanups_.popBack();
    MakeCallback(env, JS::UndefinedHandleValue, fn,
                 JS::HandleValueArray::empty(), &rval);
  }
}

}  // namespace eddy
