#ifndef EDDY_CORE_JOB_QUEUE_H_
#define EDDY_CORE_JOB_QUEUE_H_

#include <js/GCVector.h>
#include <js/Promise.h>
#include <jsapi.h>

namespace eddy {

class Environment;

// The microtask queue: promise jobs and queueMicrotask callbacks, run at each
// checkpoint in FIFO order. SpiderMonkey hands us its promise jobs here.
class JobQueue final : public JS::JobQueue {
 public:
  explicit JobQueue(JSContext* cx);
  ~JobQueue() override;

  // eddy has no HTML-style incumbent settings: a job runs in its function's
  // own realm, so there is no host data to carry.
  bool getHostDefinedData(JSContext* cx,
                          JS::MutableHandleObject data) const override;
  bool enqueuePromiseJob(JSContext* cx, JS::HandleObject promise,
                         JS::HandleObject job, JS::HandleObject allocation_site,
                         JS::HandleObject host_defined_data) override;
  void runJobs(JSContext* cx) override;
  bool empty() const override;
  bool isDrainingStopped() const override { return false; }

  [[nodiscard]] bool Enqueue(JSContext* cx, JS::HandleObject callable);
  // A microtask checkpoint: runs the jobs in FIFO order, those they queue
  // included, until the queue is empty. A job that throws goes to the
  // uncaught exception handler and the remaining jobs still run. Once
  // AsyncLocalStorage is in use, each job runs in the async context that
  // was current when it was queued.
  void Drain(Environment* env);
  // lib/internal/async_context.js's holder; from now on jobs carry frames.
  void SetAsyncContextHolder(JSObject* holder);
  // The async context current now (undefined before the holder is set).
  [[nodiscard]] bool CurrentFrame(JSContext* cx, JS::MutableHandleValue frame);
  // Drop the rooted storage before the context is destroyed.
  void Shutdown();

 private:
  js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext* cx) override;
  // Calls each queued job from C++ until the queue is empty.
  void RunQueued(Environment* env);
  // A long chain keeps appending while it runs: past this many jobs run,
  // the run ones are dropped from the front.
  static constexpr size_t kCompactAfter = 4096;

  using Vector = JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>;
  class Saved;
  JS::PersistentRooted<Vector> queue_;
  JS::PersistentRooted<JSObject*> context_holder_;
  JS::PersistentRooted<JS::GCVector<JS::Value, 0, js::SystemAllocPolicy>>
      frames_;
  size_t head_ = 0;
  bool draining_ = false;
  // JS::JobQueueIsEmpty is in force: the job running is the last one.
  bool last_job_running_ = false;
};

}  // namespace eddy

#endif  // EDDY_CORE_JOB_QUEUE_H_
