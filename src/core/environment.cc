#include "core/environment.h"

#include <js/CallAndConstruct.h>
#include <js/Exception.h>
#include <js/Promise.h>
#include <js/SavedFrameAPI.h>
#include <js/friend/ErrorMessages.h>

#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "bindings/registry.h"
#include "core/builtin_loader.h"
#include "core/engine.h"
#include "core/engine_tasks.h"
#include "core/errors.h"
#include "core/job_queue.h"
#include "util/strings.h"

namespace eddy {

enum RejectionEvent { kUnhandled = 0, kHandled = 1 };

static void RejectionTracker(JSContext* cx, bool /*muted_errors*/,
                             JS::HandleObject promise,
                             JS::PromiseRejectionHandlingState state,
                             void* data) {
  auto* env = static_cast<Environment*>(data);
  // Only recorded here: lib/internal/process/promises.js drains the events
  // after the microtask queue, as Node's processPromiseRejections does, in
  // the async context of the rejection ('unhandledRejection' listeners and
  // domains see it).
  JS::RootedValue frame(cx);
  if (!env->job_queue()->CurrentFrame(cx, &frame)) {
    JS_ClearPendingException(cx);
    frame.setUndefined();
  }
  if (!env->rejection_events.append(promise) ||
      !env->rejection_event_frames.append(frame)) {
    JS_ReportOutOfMemory(cx);
    return;
  }
  env->rejection_event_kinds.push_back(
      state == JS::PromiseRejectionHandlingState::Unhandled ? kUnhandled
                                                            : kHandled);
  env->tick_info()->fields[TickInfo::kHasRejectionToWarn] = 1;
}

Environment::Environment(JSContext* cx, uv_loop_t* loop, const Options& options)
    : rejection_events(cx),
      rejection_event_frames(cx),
      cx_(cx),
      loop_(loop),
      options_(options),
      job_queue_(std::make_unique<JobQueue>(cx)) {
  JS_SetContextPrivate(cx, this);
  JS_AddExtraGCRootsTracer(cx, TraceRoots, this);
  JS::SetJobQueue(cx, job_queue_.get());
  JS::SetPromiseRejectionTrackerCallback(cx, RejectionTracker, this);

  uv_timer_init(loop_, &timer_handle_);
  timer_handle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  uv_check_init(loop_, &immediate_check_);
  immediate_check_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_));
  uv_check_start(&immediate_check_, OnCheck);
  uv_idle_init(loop_, &immediate_idle_);
  engine_tasks_ = std::make_unique<EngineTasks>(this);
  uv_update_time(loop_);
  timer_base_ = static_cast<int64_t>(uv_now(loop_));
  // Idle time in the poll phase, for performance.eventLoopUtilization().
  uv_loop_configure(loop_, UV_METRICS_IDLE_TIME);
  milestones[kProcessStart] =
      options.start_hrtime ? options.start_hrtime : uv_hrtime();
  milestones[kEngineReady] = options.engine_ready_hrtime;
  milestones[kEnvironment] = uv_hrtime();
}

Environment::~Environment() {
  // Close every handle, let libuv run the close callbacks, then drop roots
  // while the context is still alive.
  engine_tasks_->Shutdown();
  for (HandleWrapBase* w = handle_wraps_; w;) {
    HandleWrapBase* next = w->next;  // Close may delete w
    w->Close(JS::UndefinedHandleValue);
    w = next;
  }
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&immediate_check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&immediate_idle_), nullptr);
  uv_run(loop_, UV_RUN_NOWAIT);
  // Requests still queued for the thread pool are cancelled; their
  // callbacks (which see is_stopping() and only free the wrap) run now. A
  // request a worker thread is executing cannot be stopped: its wrap is
  // left to the process exit rather than freed under the worker's feet.
  for (ReqWrapBase* w = req_wraps_; w; w = w->next) uv_cancel(w->uv_req());
  uv_run(loop_, UV_RUN_NOWAIT);
  job_queue_->Shutdown();
  rejection_events.reset();
  rejection_event_frames.reset();
  JS_RemoveExtraGCRootsTracer(cx_, TraceRoots, this);
  JS::SetJobQueue(cx_, nullptr);
  JS_SetContextPrivate(cx_, nullptr);
}

void Environment::TraceRoots(JSTracer* trc, void* data) {
  auto* env = static_cast<Environment*>(data);
  JS::TraceEdge(trc, &env->global_, "env global");
  JS::TraceEdge(trc, &env->process_, "env process");
  JS::TraceEdge(trc, &env->tick_callback, "tick callback");
  JS::TraceEdge(trc, &env->timers_callback, "timers callback");
  JS::TraceEdge(trc, &env->immediate_callback, "immediate callback");
  JS::TraceEdge(trc, &env->builtin_require, "builtin require");
  JS::TraceEdge(trc, &env->binding_cache, "binding cache");
  JS::TraceEdge(trc, &env->emit_process_exit, "emit exit");
  JS::TraceEdge(trc, &env->emit_before_exit, "emit beforeExit");
  JS::TraceEdge(trc, &env->module_callbacks, "module callbacks");
  for (ReqWrapBase* w = env->req_wraps_; w; w = w->next) w->Trace(trc);
  for (HandleWrapBase* w = env->handle_wraps_; w; w = w->next) w->Trace(trc);
}

template <typename T>
static void ListAdd(T** head, T* w) {
  w->next = *head;
  w->prev = nullptr;
  if (*head) (*head)->prev = w;
  *head = w;
}

template <typename T>
static void ListRemove(T** head, T* w) {
  if (w->prev)
    w->prev->next = w->next;
  else
    *head = w->next;
  if (w->next) w->next->prev = w->prev;
  w->next = w->prev = nullptr;
}

void Environment::AddReqWrap(ReqWrapBase* w) { ListAdd(&req_wraps_, w); }
void Environment::RemoveReqWrap(ReqWrapBase* w) { ListRemove(&req_wraps_, w); }
void Environment::AddHandleWrap(HandleWrapBase* w) {
  ListAdd(&handle_wraps_, w);
}
void Environment::RemoveHandleWrap(HandleWrapBase* w) {
  ListRemove(&handle_wraps_, w);
}

bool Environment::Bootstrap() {
  JS::RootedObject global(cx_, engine::NewGlobal(cx_));
  if (!global) return false;
  global_ = global;
  JSAutoRealm ar(cx_, global);
  JS::RootedObject cache(cx_, JS_NewPlainObject(cx_));
  JS::RootedObject process(cx_, JS_NewPlainObject(cx_));
  if (!cache || !process) return false;
  binding_cache = cache;
  process_ = process;

  // realm.js returns the require() of lib/ modules; node.js then sets up
  // the globals and process.
  JS::RootedObject realm(cx_, CompileBuiltin(cx_, "internal/bootstrap/realm"));
  if (!realm) return false;
  JSFunction* binding_fn =
      JS_NewFunction(cx_, InternalBinding, 1, 0, "internalBinding");
  if (!binding_fn) return false;
  JS::RootedObject module(cx_, JS_NewPlainObject(cx_));
  JS::RootedObject exports(cx_, JS_NewPlainObject(cx_));
  if (!module || !exports ||
      !SetObjectProperty(cx_, module, "exports", exports)) {
    return false;
  }
  JS::RootedValueArray<5> args(cx_);
  args[0].setObject(*exports);
  args[1].setUndefined();
  args[2].setObject(*module);
  args[3].setObject(*process);
  args[4].setObject(*JS_GetFunctionObject(binding_fn));
  JS::RootedValue fn(cx_, JS::ObjectValue(*realm));
  JS::RootedValue rval(cx_);
  if (!JS::Call(cx_, JS::UndefinedHandleValue, fn, args, &rval)) return false;
  JS::RootedValue require(cx_);
  if (!JS_GetProperty(cx_, module, "exports", &require) ||
      !require.isObject()) {
    return false;
  }
  builtin_require = &require.toObject();
  JS::RootedValue id(
      cx_, JS::StringValue(JS_NewStringCopyZ(cx_, "internal/bootstrap/node")));
  bool ok = JS::Call(cx_, JS::UndefinedHandleValue, require,
                     JS::HandleValueArray(id), &rval);
  milestones[kBootstrapComplete] = uv_hrtime();
  return ok;
}

int Environment::Run() {
  {
    CallbackScope scope(this);
    JS::RootedValue require(cx_, JS::ObjectValue(*builtin_require));
    JS::RootedValue id(
        cx_, JS::StringValue(JS_NewStringCopyZ(cx_, "internal/main/run_main")));
    JS::RootedValue rval(cx_);
    if (!JS::Call(cx_, JS::UndefinedHandleValue, require,
                  JS::HandleValueArray(id), &rval)) {
      HandleUncaughtException();
    }
  }
  milestones[kLoopStart] = uv_hrtime();
  while (!stopping_) {
    uv_run(loop_, UV_RUN_DEFAULT);
    if (stopping_) break;
    EmitBeforeExit();
    if (stopping_ || !uv_loop_alive(loop_)) break;
  }
  milestones[kLoopExit] = uv_hrtime();
  if (!stopping_) Stop(EmitProcessExit(-1));
  return exit_code_;
}

void Environment::EmitBeforeExit() {
  if (!emit_before_exit) return;
  JS::RootedValue fn(cx_, JS::ObjectValue(*emit_before_exit));
  JS::RootedValue rval(cx_);
  MakeCallback(this, JS::UndefinedHandleValue, fn,
               JS::HandleValueArray::empty(), &rval);
}

int Environment::EmitProcessExit(int code) {
  if (!emit_process_exit) return code < 0 ? 0 : code;
  JSAutoRealm ar(cx_, global_);
  JS::RootedValue fn(cx_, JS::ObjectValue(*emit_process_exit));
  JS::RootedValue arg(cx_,
                      code < 0 ? JS::UndefinedValue() : JS::Int32Value(code));
  JS::RootedValue rval(cx_);
  if (!JS::Call(cx_, JS::UndefinedHandleValue, fn, JS::HandleValueArray(arg),
                &rval)) {
    if (stopping_) return exit_code_;  // process.exit() inside 'exit'
    HandleUncaughtException();
    if (stopping_) return exit_code_;
    // An 'uncaughtException' listener took the error: the exit code is
    // process.exitCode, as in Node.
    JS::RootedObject process(cx_, process_);
    JS::RootedValue exit_code(cx_);
    if (!process || !JS_GetProperty(cx_, process, "exitCode", &exit_code)) {
      JS_ClearPendingException(cx_);
      return 0;
    }
    return exit_code.isInt32() ? exit_code.toInt32() : 0;
  }
  return rval.isInt32() ? rval.toInt32() : 0;
}

void Environment::Stop(int exit_code) {
  if (stopping_) return;
  stopping_ = true;
  exit_code_ = exit_code;
  uv_stop(loop_);
}

void Environment::DrainTaskQueues() {
  TickInfo& tick = tick_info_;
  while (!stopping_) {
    if (!tick.fields[TickInfo::kHasTickScheduled] &&
        !tick.fields[TickInfo::kHasRejectionToWarn]) {
      job_queue_->Drain(this);
    }
    if (!tick.fields[TickInfo::kHasTickScheduled] &&
        !tick.fields[TickInfo::kHasRejectionToWarn]) {
      return;
    }
    if (!tick_callback) {
      job_queue_->Drain(this);
      return;
    }
    JS::RootedValue fn(cx_, JS::ObjectValue(*tick_callback));
    JS::RootedValue recv(cx_, JS::ObjectValue(*process_));
    JS::RootedValue rval(cx_);
    callback_depth++;
    bool ok = JS::Call(cx_, recv, fn, JS::HandleValueArray::empty(), &rval);
    callback_depth--;
    if (!ok) HandleUncaughtException();
  }
}

// The text of the file a stack frame or error names: a path, a file: URL
// (ES modules), a builtin ("node:...") or the -e/-p script ("[eval]").
static bool ReadNamedSource(const std::string& name,
                            const std::string& eval_source, std::string* text) {
  if (name == "[eval]") {
    *text = eval_source;
    return true;
  }
  if (StartsWith(name, "node:")) {
    const BuiltinSource* b = FindBuiltin(name.substr(5));
    if (!b) return false;
    text->assign(b->source, b->length);
    return true;
  }
  std::string path = name;
  if (StartsWith(name, "file://")) {
    path.clear();
    for (size_t i = 7; i < name.size(); i++) {
      if (name[i] == '%' && i + 2 < name.size() &&
          std::isxdigit(static_cast<unsigned char>(name[i + 1])) &&
          std::isxdigit(static_cast<unsigned char>(name[i + 2]))) {
        path +=
            static_cast<char>(std::stoi(name.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else if (name[i] == '?' || name[i] == '#') {
        break;
      } else {
        path += name[i];
      }
    }
  }
  return ReadFileToString(path.c_str(), text);
}

// The arrow for an uncaught `error`: at the offending token of a syntax
// error in user code, else at the top frame of `stack` (`is_error`: the
// stack where the error was created, `thrown`: and thrown synchronously).
static std::string ErrorArrow(JSContext* cx, JS::HandleValue error,
                              JS::HandleObject stack, bool is_error,
                              bool thrown, const std::string& eval_source) {
  if (error.isObject()) {
    JS::RootedObject obj(cx, &error.toObject());
    JSErrorReport* report = JS_ErrorFromException(cx, obj);
    if (report && report->exnType == JSEXN_SYNTAXERR && report->filename &&
        !StartsWith(report->filename.c_str(), "node:")) {
      std::string name = report->filename.c_str();
      std::string text;
      if (!ReadNamedSource(name, eval_source, &text)) return "";
      return SourceArrow(name, text, report->lineno,
                         report->column.oneOriginValue(), false);
    }
  }
  if (!stack) return "";
  JS::RootedString source(cx);
  uint32_t line = 0;
  JS::TaggedColumnNumberOneOrigin tagged_column;
  if (JS::GetSavedFrameSource(cx, nullptr, stack, &source) !=
          JS::SavedFrameResult::Ok ||
      JS::GetSavedFrameLine(cx, nullptr, stack, &line) !=
          JS::SavedFrameResult::Ok ||
      JS::GetSavedFrameColumn(cx, nullptr, stack, &tagged_column) !=
          JS::SavedFrameResult::Ok ||
      !source || tagged_column.isWasmFunctionIndex()) {
    return "";
  }
  JS::UniqueChars file = JS_EncodeStringToUTF8(cx, source);
  if (!file) {
    JS_ClearPendingException(cx);
    return "";
  }
  std::string name = file.get();
  // A value without its own creation stack, last seen in eddy's lib/ (a
  // `finally` on the way up re-captured it there): the user's throw site
  // is lost, and an arrow into lib/ would mislead.
  if (!is_error && StartsWith(name, "node:")) return "";
  std::string text;
  if (!ReadNamedSource(name, eval_source, &text)) return "";
  return SourceArrow(name, text, line, tagged_column.oneOriginValue(),
                     is_error && thrown);
}

void Environment::HandleUncaughtException(bool from_promise) {
  if (!JS_IsExceptionPending(cx_)) {
    // An uncatchable exception: process.exit() unwinding JS, or the engine
    // giving up (out of memory, too much recursion in a native).
    if (!stopping_) {
      fprintf(stderr, "eddy: uncatchable exception (out of memory?)\n");
      Stop(1);
    }
    return;
  }
  if (!global_) {
    fprintf(stderr, "eddy: could not create the global object\n");
    JS_ClearPendingException(cx_);
    Stop(1);
    return;
  }
  JSAutoRealm ar(cx_, global_);
  JS::ExceptionStack exn(cx_);
  if (!JS::StealPendingExceptionStack(cx_, &exn)) {
    Stop(1);
    return;
  }
  JS::RootedValue error(cx_, exn.exception());
  JS::RootedObject stack(cx_, exn.stack());
  bool has_creation_stack = false;
  if (error.isObject()) {
    // Point at where the error was created: a rejection is reported far
    // from where it happened, and a `finally` on the way up re-captures
    // the throw site.
    JS::RootedObject obj(cx_, &error.toObject());
    if (JSObject* created = JS::ExceptionStackOrNull(obj)) {
      stack = created;
      has_creation_stack = true;
    }
  }
  // process._fatalException, looked up each time as in Node: a program
  // that replaces it with a non-function gets exit code 6.
  JS::RootedValue fn(cx_);
  JS::RootedObject process(cx_, process_);
  if (process && !JS_GetProperty(cx_, process, "_fatalException", &fn)) {
    JS_ClearPendingException(cx_);
    fn.setUndefined();
  }
  if (fn.isObject() && JS::IsCallable(&fn.toObject())) {
    std::string arrow = ErrorArrow(cx_, error, stack, has_creation_stack,
                                   !from_promise, options_.script);
    // vm already put the arrow at the head of the stack (displayErrors).
    if (!arrow.empty() && error.isObject()) {
      JS::RootedObject obj(cx_, &error.toObject());
      JS::RootedValue stack_value(cx_);
      std::string stack_text;
      if (JS_GetProperty(cx_, obj, "stack", &stack_value) &&
          stack_value.isString() && ToUtf8(cx_, stack_value, &stack_text) &&
          StartsWith(stack_text, arrow)) {
        arrow.clear();
      }
      JS_ClearPendingException(cx_);
    }
    JS::RootedString arrow_str(cx_, NewStringUtf8(cx_, arrow));
    if (!arrow_str) {
      Stop(1);
      return;
    }
    JS::RootedValueArray<3> args(cx_);
    args[0].set(error);
    args[1].setBoolean(from_promise);
    args[2].setString(arrow_str);
    JS::RootedValue handled(cx_);
    if (JS::Call(cx_, JS::UndefinedHandleValue, fn, args, &handled)) {
      // true: a listener handled it. Otherwise JS ran 'exit', printed the
      // error and returned the exit code.
      if (handled.isTrue()) return;
      Stop(handled.isInt32() ? handled.toInt32() : 1);
      return;
    }
    if (stopping_) return;  // process.exit() in a handler
    // The handler itself threw: Node prints that error and exits with 7.
    JS::ExceptionStack inner(cx_);
    if (JS::StealPendingExceptionStack(cx_, &inner)) {
      error.set(inner.exception());
      stack.set(inner.stack());
    }
    PrintUncaughtException(error, stack);
    Stop(7);
    return;
  }
  PrintUncaughtException(error, stack);
  Stop(6);  // Node's kInvalidFatalExceptionMonkeyPatching
}

void Environment::PrintUncaughtException(JS::HandleValue error,
                                         JS::HandleObject stack) {
  std::string arrow =
      ErrorArrow(cx_, error, stack, false, false, options_.script);
  std::string text;
  if (error.isObject()) {
    JS::RootedObject obj(cx_, &error.toObject());
    JS::RootedValue s(cx_);
    if (JS_GetProperty(cx_, obj, "stack", &s) && s.isString()) {
      if (!ToUtf8(cx_, s, &text)) text.clear();
    }
  }
  if (text.empty() && !ToUtf8(cx_, error, &text)) text = "(unprintable error)";
  JS_ClearPendingException(cx_);
  fflush(stdout);
  fprintf(stderr, "%s\n%s\n", arrow.c_str(), text.c_str());
  fflush(stderr);
}

uint64_t Environment::LoopNow() {
  uv_update_time(loop_);
  return uv_now(loop_) - static_cast<uint64_t>(timer_base_);
}

void Environment::ScheduleTimer(int64_t duration_ms) {
  if (stopping_) return;
  uv_timer_start(&timer_handle_, OnTimer,
                 static_cast<uint64_t>(duration_ms < 1 ? 1 : duration_ms), 0);
}

void Environment::ToggleTimerRef(bool ref) {
  if (ref)
    uv_ref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  else
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
}

void Environment::ToggleImmediateRef(bool ref) {
  // An active idle handle keeps the loop from blocking in poll while
  // referenced immediates are waiting for the check phase.
  if (ref)
    uv_idle_start(&immediate_idle_, [](uv_idle_t*) {});
  else
    uv_idle_stop(&immediate_idle_);
}

void Environment::OnTimer(uv_timer_t* handle) {
  static_cast<Environment*>(handle->data)->RunTimers();
}

void Environment::RunTimers() {
  if (!timers_callback || stopping_) return;
  // One scope around the call and the re-arming below: the nextTicks and
  // microtasks of the last timer run when it closes, after the libuv timer
  // is set for the next expiry, so a timer they create can set it earlier.
  CallbackScope scope(this);
  JS::RootedValue fn(cx_, JS::ObjectValue(*timers_callback));
  JS::RootedValue recv(cx_, JS::ObjectValue(*process_));
  JS::RootedValue now(cx_, JS::NumberValue(static_cast<double>(LoopNow())));
  JS::RootedValue rval(cx_);
  // A timer that throws leaves the lists consistent: once the error has
  // been handled ('uncaughtException'), run the remaining timers, as Node.
  while (!JS::Call(cx_, recv, fn, JS::HandleValueArray(now), &rval)) {
    HandleUncaughtException();
    if (stopping_) return;
  }
  // processTimers returns the next expiry: positive when a referenced timer
  // is waiting, negative when only unreferenced ones are, 0 when none.
  double next = rval.isNumber() ? rval.toNumber() : 0;
  if (next == 0 || stopping_) return;
  int64_t expiry = static_cast<int64_t>(next < 0 ? -next : next);
  ScheduleTimer(expiry - static_cast<int64_t>(LoopNow()));
  ToggleTimerRef(next > 0);
}

void Environment::OnCheck(uv_check_t* handle) {
  static_cast<Environment*>(handle->data)->RunImmediates();
}

void Environment::RunImmediates() {
  if (immediate_info_.fields[ImmediateInfo::kCount] == 0 ||
      !immediate_callback || stopping_) {
    return;
  }
  JS::RootedValue fn(cx_, JS::ObjectValue(*immediate_callback));
  JS::RootedValue recv(cx_, JS::ObjectValue(*process_));
  JS::RootedValue rval(cx_);
  // An immediate that throws leaves the rest of the queue outstanding: run
  // it once the error has been handled, before the nextTicks the throwing
  // one queued, as Node does.
  do {
    CallbackScope scope(this);
    if (!JS::Call(cx_, recv, fn, JS::HandleValueArray::empty(), &rval)) {
      HandleUncaughtException();
      scope.MarkAsFailed();
    }
  } while (immediate_info_.fields[ImmediateInfo::kHasOutstanding] &&
           !stopping_);
  if (immediate_info_.fields[ImmediateInfo::kRefCount] == 0) {
    ToggleImmediateRef(false);
  }
}

}  // namespace eddy
