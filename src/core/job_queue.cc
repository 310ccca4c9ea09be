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

bool JobQueue::CurrentFrame(JSContext* cx, JS::MutableHandleValue frame) {
  frame.setUndefined();
  return !context_holder_ ||
         JS_GetProperty(cx, context_holder_, "frame", frame);
}

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
  if (last_job_running_) {
    JS::JobQueueMayNotBeEmpty(cx);
    last_job_running_ = false;
  }
  if (context_holder_) {
    JS::RootedValue frame(cx);
    if (!CurrentFrame(cx, &frame)) return false;
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
  if (!empty()) {
    draining_ = true;
    RunQueued(env);
    draining_ = false;
  }
  // The end of a microtask checkpoint: WeakRef targets may be collected
  // from now on.
  JS::ClearKeptObjects(env->cx());
}

void JobQueue::RunQueued(Environment* env) {
  JSContext* cx = env->cx();
  JS::RootedObject job(cx);
  JS::RootedObject holder(cx);
  JS::RootedValue frame(cx);
  JS::RootedValue rval(cx);
  while (head_ < queue_.length() && !env->is_stopping()) {
    job = queue_[head_];
    queue_[head_].set(nullptr);
    frame.setUndefined();
    if (head_ < frames_.length()) std::swap(frame.get(), frames_[head_].get());
    head_++;
    // The last job: unless it queues another, the engine may run an
    // `await` of a settled value on at once instead of queueing the rest
    // of the async function, which no one can tell apart (nothing else is
    // waiting, and the engine does it only in an async function that no
    // script frame calls: which is why jobs are called from here and not
    // from JS). Enqueue turns it off again as soon as a job is queued.
    if (head_ == queue_.length()) {
      JS::JobQueueIsEmpty(cx);
      last_job_running_ = true;
    }
    holder = context_holder_;
    if (holder && !JS_SetProperty(cx, holder, "frame", frame)) {
      env->HandleUncaughtException();
    }
    {
      JSAutoRealm ar(cx, job);
      if (!JS::Call(cx, JS::UndefinedHandleValue, job,
                    JS::HandleValueArray::empty(), &rval)) {
        env->HandleUncaughtException();
      }
    }
    if (last_job_running_) {
      JS::JobQueueMayNotBeEmpty(cx);
      last_job_running_ = false;
    }
    if (head_ >= kCompactAfter && 2 * head_ >= queue_.length()) {
      queue_.erase(queue_.begin(), queue_.begin() + head_);
      if (frames_.length() > head_) {
        frames_.erase(frames_.begin(), frames_.begin() + head_);
      } else {
        frames_.clear();
      }
      head_ = 0;
    }
  }
  holder = context_holder_;
  frame.setUndefined();
  if (holder && !JS_SetProperty(cx, holder, "frame", frame)) {
    env->HandleUncaughtException();
  }
  if (head_ >= queue_.length()) {
    queue_.clear();
    frames_.clear();
    head_ = 0;
  }
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
