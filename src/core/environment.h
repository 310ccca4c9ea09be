#ifndef EDDY_CORE_ENVIRONMENT_H_
#define EDDY_CORE_ENVIRONMENT_H_

#include <js/GCVector.h>
#include <js/RootingAPI.h>
#include <jsapi.h>
#include <uv.h>

#include <cstdint>
#include <memory>
#include <string>

#include "core/options.h"

namespace eddy {

class EngineTasks;
class JobQueue;
class ReqWrapBase;
class HandleWrapBase;

// Counters shared with JS through external ArrayBuffers (no call needed to
// read them on hot paths). The indices are mirrored in lib/internal/.
struct TickInfo {
  enum { kHasTickScheduled, kHasRejectionToWarn, kFields };
  int32_t fields[kFields] = {0, 0};
};
struct ImmediateInfo {
  enum { kCount, kRefCount, kHasOutstanding, kFields };
  uint32_t fields[kFields] = {0, 0, 0};
};

// All state of one JavaScript thread: the engine context, its global, the
// libuv loop and everything the bindings keep. Nothing lives in file-level
// statics so that a worker thread can own an Environment of its own.
class Environment {
 public:
  Environment(JSContext* cx, uv_loop_t* loop, const Options& options);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* From(JSContext* cx) {
    return static_cast<Environment*>(JS_GetContextPrivate(cx));
  }

  // Creates the global, runs the bootstrap JS. False: error already printed.
  [[nodiscard]] bool Bootstrap();
  // Runs the entry point and the event loop; returns the exit code.
  int Run();

  JSContext* cx() const { return cx_; }
  uv_loop_t* loop() const { return loop_; }
  JSObject* global() const { return global_; }
  JSObject* process_object() const { return process_; }
  const Options& options() const { return options_; }
  JobQueue* job_queue() const { return job_queue_.get(); }
  EngineTasks* engine_tasks() const { return engine_tasks_.get(); }
  TickInfo* tick_info() { return &tick_info_; }
  ImmediateInfo* immediate_info() { return &immediate_info_; }

  // Callbacks registered by the bootstrap JS.
  JS::Heap<JSObject*> tick_callback;       // processTicksAndRejections
  JS::Heap<JSObject*> timers_callback;     // processTimers(now)
  JS::Heap<JSObject*> immediate_callback;  // processImmediate()
  JS::Heap<JSObject*> builtin_require;     // require for lib/ modules
  JS::Heap<JSObject*> binding_cache;       // internalBinding results
  JS::Heap<JSObject*> emit_process_exit;   // (code) -> code after 'exit'
  JS::Heap<JSObject*> emit_before_exit;    // () -> emits 'beforeExit'
  JS::Heap<JSObject*> module_callbacks;    // the ES module loader's hooks

  // Rejection events collected by the engine's tracker, drained by JS:
  // the promise, the kind, and the async context current at the event.
  JS::PersistentRooted<JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>>
      rejection_events;
  std::vector<int> rejection_event_kinds;
  JS::PersistentRooted<JS::GCVector<JS::Value, 0, js::SystemAllocPolicy>>
      rejection_event_frames;

  // Timers and setImmediate, driven from lib/internal/timers.js.
  void ScheduleTimer(int64_t duration_ms);
  void ToggleTimerRef(bool ref);
  void ToggleImmediateRef(bool ref);
  uint64_t LoopNow();

  // Enters JS after a libuv callback failed: runs 'uncaughtException' or
  // prints the error and exits. Returns when the error was handled.
  void HandleUncaughtException(bool from_promise = false);
  // Prints the pending exception like Node's fatal error report.
  void PrintUncaughtException(JS::HandleValue error, JS::HandleObject stack);

  // Ends the thread's JS: stops the loop; the caller then returns false
  // without a pending exception, which unwinds all JS (uncatchable).
  void Stop(int exit_code);
  bool is_stopping() const { return stopping_; }
  int exit_code() const { return exit_code_; }
  // Node's exit sequence: sets process.exitCode, emits 'exit', returns the
  // final code.
  int EmitProcessExit(int code);
  // Drains nextTicks and microtasks until both are empty (Node's
  // InternalCallbackScope::Close).
  void DrainTaskQueues();
  int64_t timer_base() const { return timer_base_; }
  int callback_depth = 0;

  // Start-up milestones for performance.nodeTiming, as uv_hrtime() values
  // (0 until reached). process.uptime() counts from process_start.
  enum Milestone {
    kProcessStart,
    kEngineReady,
    kEnvironment,
    kBootstrapComplete,
    kLoopStart,
    kLoopExit,
    kMilestoneCount
  };
  uint64_t milestones[kMilestoneCount] = {};

  // Wraps whose JS object must stay alive while libuv owns them.
  void AddReqWrap(ReqWrapBase* w);
  void RemoveReqWrap(ReqWrapBase* w);
  void AddHandleWrap(HandleWrapBase* w);
  void RemoveHandleWrap(HandleWrapBase* w);
  ReqWrapBase* req_wraps() const { return req_wraps_; }
  HandleWrapBase* handle_wraps() const { return handle_wraps_; }

 private:
  static void TraceRoots(JSTracer* trc, void* data);
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  void RunTimers();
  void RunImmediates();
  void EmitBeforeExit();

  JSContext* cx_;
  uv_loop_t* loop_;
  Options options_;
  JS::Heap<JSObject*> global_;
  JS::Heap<JSObject*> process_;
  std::unique_ptr<JobQueue> job_queue_;
  std::unique_ptr<EngineTasks> engine_tasks_;
  TickInfo tick_info_;
  ImmediateInfo immediate_info_;
  uv_timer_t timer_handle_;
  uv_check_t immediate_check_;
  uv_idle_t immediate_idle_;
  bool stopping_ = false;
  int exit_code_ = 0;
  int64_t timer_base_ = 0;
  ReqWrapBase* req_wraps_ = nullptr;
  HandleWrapBase* handle_wraps_ = nullptr;
};

}  // namespace eddy

#endif  // EDDY_CORE_ENVIRONMENT_H_
