#include "core/job_queue.h"

#include <js/CallAndConstruct.h>

#include <utility>

#include "core/environment.h"

namespace eddy {

JobQueue::JobQueue(JSContext* cx) : queue_(cx) {}
JobQueue::~JobQueue() = default;

JSObject* JobQueue::getIncumbentGlobal(JSContext* cx) {
  return JS::CurrentGlobalOrNull(cx);
}

bool JobQueue::enqueuePromiseJob(JSContext* cx, JS::HandleObject,
                                 JS::HandleObject job, JS::HandleObject,
                                 JS::HandleObject) {
  return Enqueue(cx, job);
}

bool JobQueue::Enqueue(JSContext* cx, JS::HandleObject callable) {
  if (!queue_.append(callable)) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  return true;
}

void JobQueue::runJobs(JSContext* cx) { Drain(Environment::From(cx)); }

bool JobQueue::empty() const { return head_ >= queue_.length(); }

void JobQueue::Drain(Environment* env) {
  if (draining_) return;
  draining_ = true;
  JSContext* cx = env->cx();
  JS::RootedObject job(cx);
  JS::RootedValue rval(cx);
  while (head_ < queue_.length() && !env->is_stopping()) {
    job = queue_[head_];
    queue_[head_].set(nullptr);
    head_++;
    JSAutoRealm ar(cx, job);
    if (!JS::Call(cx, JS::UndefinedHandleValue, job,
                  JS::HandleValueArray::empty(), &rval)) {
      env->HandleUncaughtException();
    }
  }
  queue_.clear();
  head_ = 0;
  draining_ = false;
  JS::ClearKeptObjects(cx);  // WeakRef targets may be collected from now on
}

void JobQueue::Shutdown() { queue_.reset(); }

// Debugger-style nested event loops save and restore the queue.
class JobQueue::Saved final : public JS::JobQueue::SavedJobQueue {
 public:
  Saved(JSContext* cx, JobQueue* q)
      : queue_(q), saved_(cx), head_(q->head_), draining_(q->draining_) {
    std::swap(saved_.get(), q->queue_.get());
    q->head_ = 0;
    q->draining_ = false;
  }
  ~Saved() override {
    std::swap(saved_.get(), queue_->queue_.get());
    queue_->head_ = head_;
    queue_->draining_ = draining_;
  }

 private:
  JobQueue* queue_;
  JS::PersistentRooted<Vector> saved_;
  size_t head_;
  bool draining_;
};

js::UniquePtr<JS::JobQueue::SavedJobQueue> JobQueue::saveJobQueue(
    JSContext* cx) {
  auto saved = js::MakeUnique<Saved>(cx, this);
  if (!saved) JS_ReportOutOfMemory(cx);
  return saved;
}

}  // namespace eddy
