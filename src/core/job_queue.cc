#include "core/job_queue.h"

#include <js/Array.h>
#include <js/CallAndConstruct.h>

#include <utility>

#include "core/environment.h"

namespace eddy {

JobQueue::JobQueue(JSContext* cx)
    : queue_(cx), context_holder_(cx), frames_(cx) {}

void JobQueue::SetAsyncContextHolder(JSObject* holder) {
  context_holder_ = holder;
}
JobQueue::~JobQueue() = default;

bool JobQueue::getHostDefinedData(JSContext*,
                                  JS::MutableHandleObject data) const {
  data.set(nullptr);
  return true;
}

bool JobQueue::enqueuePromiseJob(JSContext* cx, JS::HandleObject,
                                 JS::HandleObject job, JS::HandleObject,
                                 JS::HandleObject) {
  return Enqueue(cx, job);
}

bool JobQueue::Enqueue(JSContext* cx, JS::HandleObject callable) {
  if (context_holder_) {
    JS::RootedValue frame(cx);
    if (!JS_GetProperty(cx, context_holder_, "frame", &frame)) return false;
    // Keep frames_ aligned with the queue (entries before head_ are gone).
    while (frames_.length() < queue_.length()) {
      if (!frames_.append(JS::UndefinedValue())) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
    }
    if (!frames_.append(frame)) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
  }
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
  JSContext* cx = env->cx();
  if (empty()) {
    // The end of a microtask checkpoint even when JS drained the queue
    // itself (runMicrotasks): WeakRef targets may be collected from now on.
    JS::ClearKeptObjects(cx);
    return;
  }
  draining_ = true;
  if (env->microtask_runner) {
    JSAutoRealm ar(cx, env->global());
    JS::RootedValue fn(cx, JS::ObjectValue(*env->microtask_runner));
    JS::RootedValue rval(cx);
    if (!JS::Call(cx, JS::UndefinedHandleValue, fn,
                  JS::HandleValueArray::empty(), &rval)) {
      env->HandleUncaughtException();
    }
  } else {
    // Before lib/ has registered its runner (early bootstrap).
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
    frames_.clear();
    head_ = 0;
  }
  draining_ = false;
  JS::ClearKeptObjects(cx);  // WeakRef targets may be collected from now on
}

bool JobQueue::TakeJobs(JSContext* cx, JS::MutableHandleValue out) {
  size_t n = queue_.length() - head_;
  if (n == 0) {
    out.setNull();
    return true;
  }
  bool with_frames = context_holder_ != nullptr;
  JS::RootedObject array(cx, JS::NewArrayObject(cx, with_frames ? 2 * n : n));
  if (!array) return false;
  JS::RootedValue job(cx), frame(cx);
  for (size_t i = 0; i < n; i++) {
    job.setObject(*queue_[head_ + i]);
    if (with_frames) {
      size_t at = head_ + i;
      frame = at < frames_.length() ? frames_[at] : JS::UndefinedValue();
      if (!JS_SetElement(cx, array, static_cast<uint32_t>(2 * i), job) ||
          !JS_SetElement(cx, array, static_cast<uint32_t>(2 * i + 1), frame)) {
        return false;
      }
    } else if (!JS_SetElement(cx, array, static_cast<uint32_t>(i), job)) {
      return false;
    }
  }
  queue_.clear();
  frames_.clear();
  head_ = 0;
  out.setObject(*array);
  return true;
}

void JobQueue::Shutdown() {
  queue_.reset();
  frames_.reset();
  context_holder_.reset();
}

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
