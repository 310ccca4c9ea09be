#ifndef EDDY_CORE_ENGINE_TASKS_H_
#define EDDY_CORE_ENGINE_TASKS_H_

// Work the engine hands to the embedder: results of off-thread tasks
// (WebAssembly.compile/instantiate finish on helper threads) and
// FinalizationRegistry cleanups. Both run on the event loop, through the
// callback scope like any other callback.

#include <js/GCVector.h>
#include <js/Promise.h>
#include <jsapi.h>
#include <uv.h>

#include <mutex>
#include <vector>

namespace eddy {

class Environment;

class EngineTasks {
 public:
  explicit EngineTasks(Environment* env);
  ~EngineTasks();
  EngineTasks(const EngineTasks&) = delete;
  EngineTasks& operator=(const EngineTasks&) = delete;

  // While JS awaits an off-thread result the loop must stay alive; the
  // engine gives no count of its pending tasks, so lib/ brackets each
  // WebAssembly.compile/instantiate with Ref/Unref.
  void Ref();
  void Unref();
  // Before the context goes: cancels pending tasks, frees queued results.
  void Shutdown();

 private:
  static bool Dispatch(void* closure,
                       js::UniquePtr<JS::Dispatchable>&& dispatchable);
  static bool DispatchDelayed(void* closure,
                              js::UniquePtr<JS::Dispatchable>&& dispatchable,
                              uint32_t delay_ms);
  static void OnDispatch(uv_async_t* handle);
  static void OnCleanupRequested(JSFunction* cleanup, JSObject* global,
                                 void* data);
  static void OnIdle(uv_idle_t* handle);

  Environment* env_;
  uv_async_t dispatch_async_;
  uv_idle_t cleanup_idle_;
  std::mutex mutex_;  // guards queue_ and shutting_down_ (helper threads)
  std::vector<js::UniquePtr<JS::Dispatchable>> queue_;
  bool shutting_down_ = false;
  bool closed_ = false;
  int refs_ = 0;
  JS::PersistentRooted<JS::GCVector<JSFunction*, 0, js::SystemAllocPolicy>>
      cleanups_;
};

}  // namespace eddy

#endif  // EDDY_CORE_ENGINE_TASKS_H_
